import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import type { RecognitionKind, RecognitionRankingQuery, SurveyPeriod } from '../graphql/generated/graphql';
import { useI18n, type MessageKey } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { ToneTag } from '../layout/ToneTag';
import { PERIODS } from './CsiTab';
import { AWARD_RECOGNITION, RANKING_QUERY } from './queries';
import { FormModal, oneDecimal, useDepartments, useMay } from './shared';

type Rank = RecognitionRankingQuery['recognitionRanking'][number];
const KINDS: readonly RecognitionKind[] = ['EXCELLENT_DEPARTMENT', 'COURTESY_DEPARTMENT', 'MOST_IMPROVED'];

/** Departments ranked by CSI, phone courtesy and standards attainment; the tenant admin designates recognition. */
export function RecognitionTab() {
  const { t } = useI18n();
  const { nameOf } = useDepartments();
  const mayAward = useMay('awardRecognition');
  const [year, setYear] = useState(new Date().getFullYear());
  const [period, setPeriod] = useState<SurveyPeriod>('YEAR');
  const { data, previousData, loading, error, refetch } = useQuery(RANKING_QUERY, {
    variables: { year, period },
  });
  const [award] = useMutation(AWARD_RECOGNITION);
  const [awarding, setAwarding] = useState<Rank | null>(null);
  const result = data ?? previousData;
  const awardsOf = (departmentId: string) =>
    (result?.recognitionAwards ?? []).filter((a) => a.departmentId === departmentId);

  const columns: TableColumnsType<Rank> = [
    { title: t('ss.rank.col.rank'), dataIndex: 'rank', key: 'rank', align: 'right' },
    { title: t('ss.rank.col.department'), key: 'dept', render: (_, r) => nameOf(r.departmentId) },
    { title: t('ss.rank.col.csi'), key: 'csi', align: 'right', render: (_, r) => oneDecimal(r.csiIndex) },
    {
      title: t('ss.rank.col.courtesy'),
      key: 'courtesy',
      align: 'right',
      render: (_, r) => oneDecimal(r.courtesy),
    },
    {
      title: t('ss.rank.col.attainment'),
      key: 'attainment',
      align: 'right',
      render: (_, r) => (r.attainment === null ? '—' : `${oneDecimal(r.attainment)}%`),
    },
    {
      title: t('ss.rank.col.combined'),
      key: 'combined',
      align: 'right',
      render: (_, r) => oneDecimal(r.combined),
    },
    {
      title: t('ss.rank.col.awards'),
      key: 'awards',
      render: (_, r) => (
        <Space wrap>
          {awardsOf(r.departmentId).map((a) => (
            <ToneTag key={a.id} tone="good">
              {t(`ss.award.${a.kind}` as MessageKey)}
            </ToneTag>
          ))}
          {mayAward && (
            <Button size="small" onClick={() => setAwarding(r)}>
              {t('ss.rank.award')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Card className="pcrm-filter-card">
        <div className="pcrm-filter-bar">
          <div className="pcrm-filter-field">
            <label htmlFor="ss-rank-year">{t('ss.filter.year')}</label>
            <InputNumber
              id="ss-rank-year"
              min={2000}
              max={2999}
              precision={0}
              value={year}
              onChange={(v) => v && setYear(v)}
            />
          </div>
          <div className="pcrm-filter-field">
            <span id="ss-rank-period-label" className="pcrm-filter-label">
              {t('ss.filter.period')}
            </span>
            <Select
              aria-labelledby="ss-rank-period-label"
              style={{ width: 120 }}
              value={period}
              onChange={setPeriod}
              options={PERIODS.map((p) => ({ value: p, label: t(`ss.period.${p}` as MessageKey) }))}
            />
          </div>
        </div>
      </Card>
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      <Card className="pcrm-table-card">
        <KeyboardScroll label={t('ss.tab.recognition')}>
          <Table<Rank>
            rowKey="departmentId"
            columns={columns}
            dataSource={result?.recognitionRanking ?? []}
            loading={loading && !result}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={t('ss.rank.empty')} /> }}
            scroll={{ x: 'max-content' }}
            size="middle"
          />
        </KeyboardScroll>
      </Card>
      <FormModal<{ kind: RecognitionKind; note?: string }>
        title={`${t('ss.rank.award')}: ${awarding ? nameOf(awarding.departmentId) : ''}`}
        open={awarding !== null}
        onClose={() => setAwarding(null)}
        initialValues={{ kind: 'EXCELLENT_DEPARTMENT' }}
        onSubmit={async (v) => {
          await award({
            variables: {
              input: {
                departmentId: awarding!.departmentId,
                year,
                period,
                kind: v.kind,
                note: v.note || null,
              },
            },
          });
          await refetch();
        }}
      >
        {() => (
          <>
            <Form.Item name="kind" label={t('ss.field.kindAward')}>
              <Select options={KINDS.map((k) => ({ value: k, label: t(`ss.award.${k}` as MessageKey) }))} />
            </Form.Item>
            <Form.Item name="note" label={t('ss.field.note')} rules={[{ max: 1000 }]}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
