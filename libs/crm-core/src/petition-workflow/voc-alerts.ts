import { Inject, Injectable } from '@nestjs/common';
import { RequestContexts, TenantDatabase, notFound, type Sql, type TenantSchedule } from '@pcrm/tenancy';
import { PetitionEvents } from '../petitions';
import { LifecycleSql as Q, type AlertRow, type NoticeRow } from './lifecycle.sql';
import { toAlert, type VocAlert } from './lifecycle.model';

/** Finds late and long-open petitions of a tenant and alerts the staff who handle them; a job, hourly. */
export const VOC_ALERTS_JOB = 'voc-alerts';

/** Every hour on the hour, Korean time: a target passed at 09:10 is on the officer's list by 10:00. */
export const VOC_ALERTS_SCHEDULE: TenantSchedule = {
  kind: VOC_ALERTS_JOB,
  cron: '0 * * * *',
  timezone: 'Asia/Seoul',
};

export interface VocAlertsRun {
  alerts: number;
  notices: number;
}

@Injectable()
export class VocAlertService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(PetitionEvents) private readonly events: PetitionEvents,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  /**
   * One run for the current tenant: alerts the officer and the department's managers of each open case past
   * its target (AT_RISK) or statutory due date (OVERDUE), and publishes 'at-risk' / 'overdue' and
   * 'progress-notice' once per case. Reruns add nothing already there.
   */
  async run(): Promise<VocAlertsRun> {
    const sql = this.sql;
    const alerts = await sql.query(Q.insertAlerts);
    const notices = [
      ...(await sql.query<NoticeRow>(Q.insertLateNotices)),
      ...(await sql.query<NoticeRow>(Q.insertProgressNotices)),
    ];
    const [{ now }] = await sql.query<{ now: Date }>('SELECT now() AS now');
    for (const n of notices)
      await this.events.publish({
        type: n.kind,
        vocId: n.voc_id,
        receiptNo: n.receipt_no,
        status: n.status,
        occurredAt: now,
      });
    return { alerts: alerts.length, notices: notices.length };
  }

  private async callerStaffId(sql: Sql): Promise<string | null> {
    const [row] = await sql.query<{ id: string }>(Q.staffBySubject, [
      RequestContexts.require().principal.subject,
    ]);
    return row?.id ?? null;
  }

  /** The caller's alerts, unread first; empty for a caller who is no staff member (a service account). */
  async mine(first: number, includeRead: boolean): Promise<VocAlert[]> {
    const sql = this.sql;
    const staffId = await this.callerStaffId(sql);
    if (!staffId) return [];
    return (await sql.query<AlertRow>(Q.myAlerts, [staffId, includeRead, first])).map(toAlert);
  }

  /** Marks one of the caller's own alerts read (idempotent); another's alert is NOT_FOUND. */
  async markRead(id: string): Promise<VocAlert> {
    const sql = this.sql;
    const staffId = await this.callerStaffId(sql);
    const marked = staffId ? await sql.query(Q.markAlertRead, [id, staffId]) : [];
    if (!marked.length) throw notFound('알림', 'Alert');
    const [row] = await sql.query<AlertRow>(Q.alertById, [id]);
    return toAlert(row);
  }
}
