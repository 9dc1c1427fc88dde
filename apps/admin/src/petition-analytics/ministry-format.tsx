import { Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n';
import type { EquityMeasure, MinistryMeasure } from '../graphql/generated/graphql';
import { days, pct } from './month-range';

/** The comparison's measures in the order the ministry screens list them. */
export const MINISTRY_MEASURES: readonly MinistryMeasure[] = [
  'RECEIVED',
  'RECEIVED_PER_1000',
  'WITHIN_TARGET',
  'WITHIN_STATUTORY',
  'MEDIAN_DAYS',
  'SPEED',
  'KINDNESS',
  'FAIRNESS',
  'CONVENIENCE',
];

/** The survey items of the comparison (1–5 each). */
export const SATISFACTION_MEASURES: readonly MinistryMeasure[] = [
  'SPEED',
  'KINDNESS',
  'FAIRNESS',
  'CONVENIENCE',
];

/** The areas of a published conformance summary, in the screens' column order. */
export const CONFORMANCE_AREAS = [
  'CUSTOM_FIELD',
  'CATEGORY',
  'PERIOD',
  'SETTING',
  'WORKFLOW',
  'TERMINOLOGY',
  'INDICATOR',
] as const;

/** A measure's value as the screens show it. */
export function showMeasure(measure: MinistryMeasure, v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (measure === 'RECEIVED') return String(v);
  if (measure === 'RECEIVED_PER_1000') return v.toFixed(3);
  if (measure === 'WITHIN_TARGET' || measure === 'WITHIN_STATUTORY') return pct(v);
  if (measure === 'MEDIAN_DAYS') return days(v);
  return v.toFixed(2);
}

/**
 * The top of a measure's chart axis: shares end at 100 %, survey items at 5; counts, days and rates per 1,000
 * residents a tenth above their largest value (a rate per 1,000 is often far below 1).
 */
export function measureAxisTop(measure: MinistryMeasure, values: readonly (number | null)[]): number {
  if (measure === 'WITHIN_TARGET' || measure === 'WITHIN_STATUTORY') return 1;
  if (measure === 'RECEIVED' || measure === 'RECEIVED_PER_1000' || measure === 'MEDIAN_DAYS') {
    const largest = Math.max(0, ...values.filter((v): v is number => v !== null));
    return largest > 0 ? largest * 1.1 : 1;
  }
  return 5;
}

/** A gap as the screens show it: signed, in the measure's unit. */
export function showGap(measure: EquityMeasure, v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  const sign = v > 0 ? '+' : v < 0 ? '−' : '';
  const size = Math.abs(v);
  if (measure === 'WITHIN_STATUTORY') return `${sign}${pct(size)}`;
  if (measure === 'SATISFACTION') return `${sign}${size.toFixed(2)}`;
  return `${sign}${days(size)}`;
}

/** The path of a tenant's detail screen, keeping the month range the analyst is looking at. */
export function tenantDetailPath(tenantId: string, range?: { from: string; to: string }): string {
  const query = range ? `?${new URLSearchParams({ from: range.from, to: range.to })}` : '';
  return `/app/ministry-tenants/${encodeURIComponent(tenantId)}${query}`;
}

/** A tenant's name linking to its detail screen (every ministry screen's tenant column). */
export function TenantLink({
  tenantId,
  name,
  range,
}: {
  tenantId: string;
  name: string;
  range?: { from: string; to: string };
}) {
  return <Link to={tenantDetailPath(tenantId, range)}>{name}</Link>;
}

/** The dash of a value not shown, saying why: a group under k (suppressed) or no data at all. */
export function NoValue({ suppressed }: { suppressed: boolean }) {
  const { t } = useI18n();
  const why = suppressed ? t('ministry.suppressed') : t('ministry.noData');
  return (
    <Tooltip title={why}>
      <span tabIndex={0} aria-label={why}>
        —
      </span>
    </Tooltip>
  );
}
