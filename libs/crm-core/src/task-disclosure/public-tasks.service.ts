import { Inject, Injectable } from '@nestjs/common';
import { Cursor, RequestContexts, TenantDatabase, badInput, recordAudit, run, type Sql } from '@pcrm/tenancy';
import { loadNotificationConfig, NotificationOutbox } from '../notifications';
import { ConsentPurpose } from '../customers';
import {
  followTokenHash,
  isFollowTokenShape,
  newFollowToken,
  publicTaskPath,
  unfollowPath,
} from './follow-token';
import { koreanToday, publicTaskView, TASK_STATUS_KO, type PublicTaskView } from './public-task-view';
import { TaskDisclosureQueries as Q, type PublishedKey } from './task-disclosure.sql';

export const PUBLIC_TASK_PAGE = { default: 20, max: 50 } as const;

/** What a follower is told they agree to: stored with the address. */
export const FOLLOW_CONSENT_TEXT =
  '과업의 진행 상황이 바뀔 때 알림을 받기 위해 전자우편 주소를 수집·이용하는 데 동의합니다. 알림을 해지하면 주소는 바로 지워집니다.';

export interface PublicTaskPage {
  items: PublicTaskView[];
  /** Give it back as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}

export type FollowOutcome = 'followed' | 'task-not-found';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MANAGEMENT_NO = /^[\p{L}\p{N}-]{1,40}$/u;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}\.[^\s@]{2,}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The e-mail address as stored (trimmed, lower case), or null when it cannot be one. */
export function followAddress(value: string | undefined): string | null {
  const v = (value ?? '').normalize('NFKC').trim().toLowerCase();
  return v.length <= 254 && EMAIL.test(v) && !/[\p{C}]/u.test(v) ? v : null;
}

/**
 * The public side of tasks for the resident pages and their JSON (docs/adr/0029), in the page tenant's scope
 * as the web resident: only `is_public` tasks and only their public fields; following and unfollowing.
 */
@Injectable()
export class PublicTasks {
  private readonly publicUrl = loadNotificationConfig().publicUrl;

  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(NotificationOutbox) private readonly outbox: NotificationOutbox,
  ) {}

  static statuses(): { code: string; nameKo: string }[] {
    return Object.entries(TASK_STATUS_KO).map(([code, nameKo]) => ({ code, nameKo }));
  }

  async page(status: string | null, after: string | null, first: number): Promise<PublicTaskPage> {
    if (status !== null && !(status in TASK_STATUS_KO))
      throw badInput('status', '상태 값이 올바르지 않습니다.', 'Unknown status.');
    const limit = Math.min(Math.max(1, Math.trunc(first) || PUBLIC_TASK_PAGE.default), PUBLIC_TASK_PAGE.max);
    let key: PublishedKey | null = null;
    if (after) {
      const [publishedAt, id] = Cursor.decode(after, 2);
      if (
        typeof publishedAt !== 'string' ||
        !ISO.test(publishedAt) ||
        typeof id !== 'string' ||
        !UUID.test(id)
      )
        throw badInput(
          'after',
          '페이지 커서(after)가 올바르지 않습니다.',
          'The page cursor (after) is invalid.',
        );
      key = { publishedAt, id };
    }
    const sql = this.db.request();
    const rows = await run(sql, Q.publicPage(status, key, limit + 1));
    const shown = rows.slice(0, limit);
    const steps = shown.length ? await run(sql, Q.steps(shown.map((r) => r.id))) : [];
    const today = koreanToday();
    const last = shown.at(-1);
    return {
      items: shown.map((r) =>
        publicTaskView(
          r,
          steps.filter((s) => s.task_id === r.id),
          today,
        ),
      ),
      nextCursor: rows.length > limit && last ? Cursor.encode([last.published_key, last.id]) : null,
    };
  }

  /** A public task by management number or id; null for an unknown, non-public or other tenant's task alike. */
  async one(key: string): Promise<PublicTaskView | null> {
    const sql = this.db.request();
    const row = await this.find(sql, key);
    if (!row) return null;
    return publicTaskView(row, await run(sql, Q.steps([row.id])), koreanToday());
  }

  /**
   * Follows a public task by e-mail, with the consent given. A repeated follow changes nothing and answers
   * the same (the page reveals no one's subscription); a new one gets a confirmation with its unsubscribe link.
   */
  async follow(key: string, email: string, consented: boolean): Promise<FollowOutcome> {
    const address = followAddress(email);
    if (!address)
      throw badInput(
        'email',
        '전자우편 주소를 name@example.com 형식으로 입력해 주세요.',
        'Enter a valid e-mail address.',
      );
    if (!consented)
      throw badInput(
        'consent',
        '알림을 받으려면 개인정보 수집·이용에 동의해 주세요.',
        'Consent is required to receive notices.',
      );
    const sql = this.db.request();
    const task = await this.find(sql, key);
    if (!task) return 'task-not-found';
    const [created] = await run(sql, Q.follow(task.id, address, FOLLOW_CONSENT_TEXT, task.version));
    if (!created) return 'followed';
    await recordAudit(sql, {
      action: 'create',
      entity: 'task_follower',
      entityId: created.id,
      after: { taskId: task.id, channel: 'EMAIL' },
    });
    await this.tell(sql, {
      followerId: created.id,
      address,
      taskId: task.id,
      managementNo: task.management_no,
      title: task.title,
      templateKey: 'task.followed',
      variables: {},
    });
    return 'followed';
  }

  /** Stops a follow and forgets its address; false for an unknown or already used token. */
  async unfollow(token: string): Promise<boolean> {
    if (!isFollowTokenShape(token)) return false;
    const sql = this.db.request();
    const [gone] = await run(sql, Q.unfollow(followTokenHash(token)));
    if (!gone) return false;
    await recordAudit(sql, {
      action: 'delete',
      entity: 'task_follower',
      entityId: gone.id,
      before: { taskId: gone.task_id, channel: 'EMAIL' },
    });
    return true;
  }

  /** One message to one follower with a fresh unsubscribe link, in the caller's transaction. */
  async tell(
    sql: Sql,
    m: {
      followerId: string;
      address: string;
      taskId: string;
      managementNo: string;
      title: string;
      templateKey: 'task.followed' | 'task.updated';
      variables: Record<string, string>;
    },
  ): Promise<void> {
    const token = newFollowToken();
    await run(sql, Q.issueToken(m.followerId, followTokenHash(token)));
    const tenantId = RequestContexts.require().principal.tenantId ?? '';
    await this.outbox.enqueue({
      subjectType: 'task',
      subjectId: m.taskId,
      purpose: ConsentPurpose.ADMIN_NOTICE,
      channel: 'EMAIL',
      recipient: m.address,
      templateKey: m.templateKey,
      variables: {
        managementNumber: m.managementNo,
        taskTitle: m.title,
        taskLink: `${this.publicUrl}${publicTaskPath(tenantId, m.managementNo)}`,
        unsubscribeLink: `${this.publicUrl}${unfollowPath(tenantId, token)}`,
        ...m.variables,
      },
    });
  }

  private async find(sql: Sql, key: string) {
    const k = key.normalize('NFKC').trim();
    if (UUID.test(k)) return (await run(sql, Q.publicById(k)))[0];
    if (!MANAGEMENT_NO.test(k)) return undefined;
    return (await run(sql, Q.publicByNo(k.toUpperCase())))[0] ?? (await run(sql, Q.publicByNo(k)))[0];
  }
}
