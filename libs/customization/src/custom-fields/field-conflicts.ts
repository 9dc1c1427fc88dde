import { run, type Sql } from '@pcrm/tenancy';
import type { CustomizableEntity } from '../entities/customizable-entity';
import { CustomFieldType as T, type CustomFieldSpec } from './custom-field.types';
import { CustomFieldQueries as Q, type RecordTable, type RecordValueRow } from './custom-fields.sql';
import { fieldSchema, problemOf, valueAjv } from './value-schema';

export const CONFLICT_SAMPLES = 20;
const PAGE = 1000;

export interface ConflictSample {
  recordId: string;
  recordLabel: string;
  value: unknown;
  problemKo: string;
  problemEn: string;
}

export interface ConflictReport {
  conflictCount: number;
  samples: ConflictSample[];
}

/** The entity whose records a reference type names. */
export const REFERENCED_ENTITY: Partial<Record<string, string>> = {
  [T.CUSTOMER_REF]: 'crm-core.customers',
  [T.DEPARTMENT_REF]: 'crm-core.department',
};

const recordTable = (entity: CustomizableEntity): RecordTable => ({
  table: entity.table,
  labelColumn: entity.labelColumn ?? 'id',
});

/**
 * The records of `entity` whose value of `key` the new `spec` would refuse: a value of another type or
 * outside its rules, a reference to a record that is gone, or (when required) no value at all. Records are
 * read a page at a time by id, only those holding a value, so the check costs what the field holds.
 */
export async function findConflicts(
  sql: Sql,
  entity: CustomizableEntity,
  key: string,
  spec: CustomFieldSpec,
  entityById: (id: string) => CustomizableEntity | undefined,
): Promise<ConflictReport> {
  const table = recordTable(entity);
  const validate = valueAjv().compile(fieldSchema(spec));
  const referenced = REFERENCED_ENTITY[spec.type];
  const refTable = referenced ? entityById(referenced)?.table : undefined;
  const report: ConflictReport = { conflictCount: 0, samples: [] };
  const add = (row: RecordValueRow, ko: string, en: string) => {
    report.conflictCount += 1;
    if (report.samples.length < CONFLICT_SAMPLES)
      report.samples.push({
        recordId: row.id,
        recordLabel: row.label,
        value: row.value,
        problemKo: ko,
        problemEn: en,
      });
  };
  let after: string | null = null;
  for (;;) {
    const rows: RecordValueRow[] = await run(sql, Q.recordsWithValue(table, key, after, PAGE));
    const valid: RecordValueRow[] = [];
    for (const row of rows) {
      if (validate(row.value)) valid.push(row);
      else {
        const problem = problemOf({ ...validate.errors![0], instancePath: `/${key}` }, () => key);
        add(row, problem.ko, problem.en);
      }
    }
    if (refTable && valid.length) {
      const found = new Set(
        (
          await run(
            sql,
            Q.existingIds(
              refTable,
              valid.map((r) => String(r.value)),
            ),
          )
        ).map((r) => r.id),
      );
      for (const row of valid)
        if (!found.has(String(row.value)))
          add(
            row,
            '참조하는 레코드가 이 시·도에 없습니다.',
            'The referenced record does not exist in this tenant.',
          );
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1].id;
  }
  if (spec.required) {
    const missing = await run(sql, Q.recordsWithoutValue(table, key, CONFLICT_SAMPLES));
    report.conflictCount += missing[0]?.total ?? 0;
    for (const row of missing)
      if (report.samples.length < CONFLICT_SAMPLES)
        report.samples.push({
          recordId: row.id,
          recordLabel: row.label,
          value: null,
          problemKo: '값이 없습니다 (필수 항목).',
          problemEn: 'No value (the field is required).',
        });
  }
  return report;
}
