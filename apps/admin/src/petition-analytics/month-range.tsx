import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Space } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../i18n';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_MONTHS = 24;

const monthOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5)) - Number(from.slice(5)) + 1;

/** The last twelve months up to this one. */
function defaultRange(): { from: string; to: string } {
  const now = new Date();
  return { from: monthOf(new Date(now.getFullYear(), now.getMonth() - 11, 1)), to: monthOf(now) };
}

/** The month range of an analytics screen, kept in the URL (`from`, `to`, YYYY-MM), with its other parameters. */
export function useMonthRange() {
  const [params, setParams] = useSearchParams();
  const fallback = defaultRange();
  const from = MONTH.test(params.get('from') ?? '') ? params.get('from')! : fallback.from;
  const to = MONTH.test(params.get('to') ?? '') ? params.get('to')! : fallback.to;
  const n = monthsBetween(from, to);
  const setParam = (next: Record<string, string | undefined>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: true });
  };
  return { from, to, valid: n >= 1 && n <= MAX_MONTHS, params, setParam };
}

/** The filter card: two month inputs and the screen's own controls. */
export function MonthRangeFilter({
  range,
  idPrefix,
  children,
}: {
  range: ReturnType<typeof useMonthRange>;
  idPrefix: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ from: range.from, to: range.to });
  useEffect(() => setDraft({ from: range.from, to: range.to }), [range.from, range.to]);
  return (
    <Card className="pcrm-filter-card">
      <form
        className="pcrm-filter-bar"
        role="search"
        aria-label={t('analytics.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          range.setParam({ from: draft.from, to: draft.to });
        }}
      >
        <div className="pcrm-filter-field">
          <label htmlFor={`${idPrefix}-from`}>{t('analytics.from')}</label>
          <Input
            id={`${idPrefix}-from`}
            type="month"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            style={{ width: 170 }}
          />
        </div>
        <div className="pcrm-filter-field">
          <label htmlFor={`${idPrefix}-to`}>{t('analytics.to')}</label>
          <Input
            id={`${idPrefix}-to`}
            type="month"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            style={{ width: 170 }}
          />
        </div>
        {children}
        <Space className="pcrm-filter-actions">
          <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
            {t('analytics.apply')}
          </Button>
        </Space>
      </form>
      {!range.valid && (
        <Alert type="warning" showIcon message={t('analytics.badRange')} style={{ marginTop: 12 }} />
      )}
    </Card>
  );
}

/** A share (0–1) as a percentage with one decimal, or a dash. */
export const pct = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : `${Math.round(v * 1000) / 10}%`;

/** Days with one decimal, or a dash. */
export const days = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : (Math.round(v * 10) / 10).toFixed(1);
