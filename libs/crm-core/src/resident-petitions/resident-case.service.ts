import { Inject, Injectable } from '@nestjs/common';
import { TenantDatabase, run } from '@pcrm/tenancy';
import { STANDARD_VOC_CATEGORIES, VOC_STATUS_LABELS, VocStatus } from '../petitions';
import { ResidentQueries as Q } from './resident.sql';

/** What 나의 민원보기 shows of one's own case: no name, phone, address or body. */
export interface ResidentCaseView {
  receiptNo: string;
  status: string;
  statusKo: string;
  receivedAt: Date;
  dueAt: Date;
  answeredAt: Date | null;
  closedAt: Date | null;
  departmentName: string | null;
  answer: string | null;
}

const RECEIPT = /^[A-Z]{2,20}-[0-9]{4}-[0-9]{6,12}$/;

/** The resident pages' reads and the categories of the submission form, in the page tenant's scope. */
@Injectable()
export class ResidentCases {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  /** The receipt number as residents type it (lower case, spaces), or null when it cannot be one. */
  static receiptNo(value: string | undefined): string | null {
    const v = (value ?? '').replace(/\s/g, '').toUpperCase();
    return RECEIPT.test(v) ? v : null;
  }

  static phoneLast4(value: string | undefined): string | null {
    const v = (value ?? '').trim();
    return /^[0-9]{4}$/.test(v) ? v : null;
  }

  /** The case, or null for a wrong number, wrong digits or another tenant's case alike. */
  async ownCase(receiptNo: string, phoneLast4: string): Promise<ResidentCaseView | null> {
    const [row] = await run(this.db.request(), Q.ownCase(receiptNo, phoneLast4));
    if (!row) return null;
    const answerShown = row.answered_at !== null;
    return {
      receiptNo: row.receipt_no,
      status: row.status,
      statusKo: VOC_STATUS_LABELS[row.status as VocStatus]?.ko ?? row.status,
      receivedAt: row.received_at,
      dueAt: row.due_at,
      answeredAt: row.answered_at,
      closedAt: row.closed_at,
      departmentName: row.department_name,
      answer: answerShown ? row.answer : null,
    };
  }

  /** The tenant's active categories; the standard list until the tenant has its own. */
  async categories(): Promise<{ code: string; nameKo: string }[]> {
    const rows = await run(this.db.request(), Q.categories());
    if (rows.length) return rows.map((r) => ({ code: r.code, nameKo: r.name_ko }));
    return STANDARD_VOC_CATEGORIES.map((c) => ({ code: c.code, nameKo: c.nameKo }));
  }
}
