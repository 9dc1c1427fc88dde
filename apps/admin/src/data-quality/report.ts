import type { DataQualityField } from '../graphql/generated/graphql';
import type { TrendSeries } from '../charts/TrendChart';
import type { QualityRow } from './queries';

export interface QualityGroup {
  /** null: the whole tenant, or (by batch) customers registered directly. */
  key: string | null;
  source: string | null;
  rows: QualityRow[];
}

/** The report's rows (six per group, groups in key order) as groups. */
export function groupRows(rows: readonly QualityRow[]): QualityGroup[] {
  const groups: QualityGroup[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.key === row.key) last.rows.push(row);
    else groups.push({ key: row.key, source: row.source, rows: [row] });
  }
  return groups;
}

interface Point {
  date: string;
  field: DataQualityField;
  completeness: number | null;
  accuracy: number | null;
}

/** Dated points as chart lines: one series per field, one value per date (dates ascending). */
export function historySeries(
  points: readonly Point[],
  measure: 'completeness' | 'accuracy',
  fields: readonly DataQualityField[],
  label: (field: DataQualityField) => string,
): { dates: string[]; series: TrendSeries[] } {
  const dates = [...new Set(points.map((p) => p.date))].sort();
  const at = new Map(points.map((p) => [`${p.field}|${p.date}`, p[measure]]));
  return {
    dates,
    series: fields.map((field) => ({
      key: field,
      label: label(field),
      values: dates.map((d) => at.get(`${field}|${d}`) ?? null),
    })),
  };
}
