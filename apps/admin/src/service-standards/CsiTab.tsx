import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { TrendChart } from '../charts/TrendChart';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import type { CsiRoundsQuery, SurveyPeriod } from '../graphql/generated/graphql';
import { useI18n, type MessageKey } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { CSI_QUERY, RECORD_CSI } from './queries';
import { DepartmentField, FormModal, oneDecimal, RequiredItem, useDepartments, useMay } from './shared';

type Round = CsiRoundsQuery['csiRounds']['edges'][number]['node'];
export const PERIODS: readonly SurveyPeriod[] = ['YEAR', 'FIRST_HALF', 'SECOND_HALF'];
const PAGE = 50;
/** Departments drawn in the chart (the most recently surveyed). */
const CHART_DEPARTMENTS = 6;

interface RoundForm {
  departmentId: string;
  year: number;
  period: SurveyPeriod;
  surveyedOn: string;
  respondents: number;
  means: Record<string, number>;
}

/** CSI rounds per department on the fixed questionnaire, their index and the change against the year before. */
export function CsiTab() {
  const { t, lang } = useI18n();
  const { nameOf } = useDepartments();
  const mayRecord = useMay('recordCsiRound');
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(CSI_QUERY, {
    variables: { first: PAGE },
  });
  const [recordRound] = useMutation(RECORD_CSI);
  const [open, setOpen] = useState(false);
  const result = data ?? previousData;
  const rounds = useMemo(() => result?.csiRounds.edges.map((e) => e.node) ?? [], [result]);
  const design = result?.csiDesign;

  const chart = useMemo(() => {
    const yearly = rounds.filter((r) => r.period === 'YEAR' || r.period === 'SECOND_HALF');
    const years = [...new Set(yearly.map((r) => r.year))].sort();
    const departments = [...new Set(yearly.map((r) => r.departmentId))].slice(0, CHART_DEPARTMENTS);
    return {
      xLabels: years.map(String),
      series: departments.map((d) => ({
        key: d,
        label: nameOf(d),
        values: years.map((y) => {
          const r = yearly.find((x) => x.departmentId === d && x.year === y);
          return r ? r.csiIndex : null;
        }),
      })),
    };
  }, [rounds, nameOf]);

  const columns: TableColumnsType<Round> = [
    { title: t('ss.csi.col.year'), dataIndex: 'year', key: 'year' },
    {
      title: t('ss.csi.col.period'),
      key: 'period',
      render: (_, r) => t(`ss.period.${r.period}` as MessageKey),
    },
    { title: t('ss.csi.col.department'), key: 'dept', render: (_, r) => nameOf(r.departmentId) },
    { title: t('ss.csi.col.respondents'), dataIndex: 'respondents', key: 'respondents', align: 'right' },
    { title: t('ss.csi.col.index'), key: 'index', align: 'right', render: (_, r) => oneDecimal(r.csiIndex) },
    {
      title: t('ss.csi.col.change'),
      key: 'change',
      align: 'right',
      render: (_, r) => (r.change === null ? '—' : `${r.change > 0 ? '+' : ''}${oneDecimal(r.change)}`),
    },
  ];

  return (
    <>
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      <Card
        className="pcrm-table-card"
        extra={
          mayRecord && (
            <Button type="primary" onClick={() => setOpen(true)}>
              {t('ss.csi.add')}
            </Button>
          )
        }
      >
        {design && (
          <Typography.Paragraph type="secondary">
            {t('ss.csi.design', { version: design.version, scale: design.scale })}
          </Typography.Paragraph>
        )}
        {chart.series.length > 0 && (
          <TrendChart title={t('ss.csi.chart')} xLabels={chart.xLabels} series={chart.series} yMax={100} />
        )}
        <KeyboardScroll label={t('ss.tab.csi')}>
          <Table<Round>
            rowKey="id"
            columns={columns}
            dataSource={rounds}
            loading={loading && !result}
            pagination={false}
            locale={{ emptyText: <Empty description={t('ss.csi.empty')} /> }}
            scroll={{ x: 'max-content' }}
            size="middle"
          />
        </KeyboardScroll>
        {result?.csiRounds.pageInfo.hasNextPage && (
          <Button
            style={{ marginTop: 12 }}
            onClick={() => void fetchMore({ variables: { after: result.csiRounds.pageInfo.endCursor } })}
          >
            {t('ss.csi.more')}
          </Button>
        )}
      </Card>
      <FormModal<RoundForm>
        title={t('ss.csi.add')}
        open={open}
        onClose={() => setOpen(false)}
        initialValues={{ year: new Date().getFullYear(), period: 'YEAR' }}
        onSubmit={async (v) => {
          await recordRound({
            variables: {
              input: {
                departmentId: v.departmentId,
                year: v.year,
                period: v.period,
                surveyedOn: v.surveyedOn,
                respondents: v.respondents,
                items: (design?.items ?? []).map((i) => ({
                  code: i.code,
                  mean: v.means[i.code],
                  respondents: v.respondents,
                })),
              },
            },
          });
          await refetch();
        }}
      >
        {() => (
          <>
            <DepartmentField label={t('ss.csi.col.department')} />
            <Space wrap>
              <RequiredItem name="year" label={t('ss.field.year')}>
                <InputNumber min={2000} max={2999} precision={0} />
              </RequiredItem>
              <Form.Item name="period" label={t('ss.field.period')}>
                <Select
                  style={{ width: 120 }}
                  options={PERIODS.map((p) => ({ value: p, label: t(`ss.period.${p}` as MessageKey) }))}
                />
              </Form.Item>
              <RequiredItem name="surveyedOn" label={t('ss.field.surveyedOn')}>
                <Input type="date" style={{ width: 170 }} />
              </RequiredItem>
              <RequiredItem name="respondents" label={t('ss.field.respondents')}>
                <InputNumber min={1} precision={0} />
              </RequiredItem>
            </Space>
            {(design?.items ?? []).map((i) => (
              <RequiredItem
                key={i.code}
                name={['means', i.code]}
                label={t('ss.field.itemMean', {
                  label: lang === 'ko' ? i.labelKo : i.labelEn,
                  weight: i.weight,
                })}
              >
                <InputNumber min={1} max={design?.scale} step={0.1} precision={2} />
              </RequiredItem>
            ))}
          </>
        )}
      </FormModal>
    </>
  );
}
