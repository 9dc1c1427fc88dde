import { sql } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';

interface VocItemsColumns {
  id: string;
  receipt_no: string;
  parent_id: string | null;
  status: string;
  received_at: Date;
  due_at: Date;
  answered_at: Date | null;
  closed_at: Date | null;
  department_id: string | null;
  contact_phone: string | null;
  answer: string | null;
}

interface DepartmentsColumns {
  id: string;
  name: string;
}

interface VocCategoriesColumns {
  code: string;
  name_ko: string;
  sort_order: number;
  active: boolean;
}

const db = queryBuilder<{
  voc_items: VocItemsColumns;
  departments: DepartmentsColumns;
  voc_categories: VocCategoriesColumns;
}>();

/** What a resident's own case page reads; RLS keeps it to the tenant of the page's path. */
export const ResidentQueries = {
  /** One case by its receipt number and the last four digits of the phone it was filed with. */
  ownCase: (receiptNo: string, phoneLast4: string) =>
    db
      .selectFrom('voc_items as v')
      .leftJoin('departments as d', 'd.id', 'v.department_id')
      .select([
        'v.receipt_no',
        'v.status',
        'v.received_at',
        'v.due_at',
        'v.answered_at',
        'v.closed_at',
        'd.name as department_name',
        'v.answer',
      ])
      .where('v.receipt_no', '=', receiptNo)
      .where('v.parent_id', 'is', null)
      .where(sql<boolean>`right(v.contact_phone, 4) = ${phoneLast4}`),

  categories: () =>
    db
      .selectFrom('voc_categories')
      .select(['code', 'name_ko'])
      .where('active', '=', true)
      .orderBy('sort_order')
      .orderBy('code'),
};

export const RESIDENT_STATEMENTS: { [K in keyof typeof ResidentQueries]: StatementExamples[string] } = {
  ownCase: { one: ResidentQueries.ownCase('BUSAN-2026-000123', '4211') },
  categories: { all: ResidentQueries.categories() },
};
