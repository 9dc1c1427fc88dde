import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Form, Input, InputNumber, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { TrendChart } from '../charts/TrendChart';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import type { CourtesyMonthlyQuery } from '../graphql/generated/graphql';
import { useI18n, type MessageKey } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { MonthRangeFilter, useMonthRange } from '../petition-analytics/month-range';
import { COURTESY_QUERY, RECORD_COURTESY } from './queries';
import { DepartmentField, FormModal, oneDecimal, RequiredItem, useDepartments, useMay } from './shared';

type Row = CourtesyMonthlyQuery['courtesyMonthly'][number];
const ITEMS = ['greeting', 'promptness', 'kindness', 'accuracy', 'closing'] as const;
const CHART_DEPARTMENTS = 6;

interface CheckForm {
  departmentId: string;
  checkedOn: string;
  callsChecked: number;
  greeting: number;
  promptness: number;
  kindness: number;
  accuracy: number;
  closing: number;
  note?: string;
}

/** Phone-courtesy monitoring: monthly averages per department (weighted by calls checked) and result entry. */
export function CourtesyTab() {
  const { t } = useI18n();
  const range = useMonthRange();
  const { nameOf } = useDepartments();
  const mayRecord = useMay('recordCourtesyCheck');
  const { data, previousData, loading, error, refetch } = useQuery(COURTESY_QUERY, {
    variables: { from: range.from, to: range.to },
    skip: !range.valid,
  });
  const [recordCheck] = useMutation(RECORD_COURTESY);
  const [open, setOpen] = useState(false);
  const rows = useMemo(() => (data ?? previousData)?.courtesyMonthly ?? [], [data, previousData]);

  const chart = useMemo(() => {
    const months = [...new Set(rows.map((r) => r.month))].sort();
    const departments = [...new Set(rows.map((r) => r.departmentId))].slice(0, CHART_DEPARTMENTS);
    return {
      months,
      series: departments.map((d) => ({
        key: d,
        label: nameOf(d),
        values: months.map((m) => rows.find((r) => r.departmentId === d && r.month === m)?.value ?? null),
      })),
    };
  }, [rows, nameOf]);

  const columns: TableColumnsType<Row> = [
    { title: t('ss.courtesy.col.month'), dataIndex: 'month', key: 'month' },
    { title: t('ss.courtesy.col.department'), key: 'dept', render: (_, r) => nameOf(r.departmentId) },
    { title: t('ss.courtesy.col.calls'), dataIndex: 'denominator', key: 'calls', align: 'right' },
    {
      title: t('ss.courtesy.col.average'),
      key: 'avg',
      align: 'right',
      render: (_, r) => oneDecimal(r.value),
    },
  ];

  return (
    <>
      <MonthRangeFilter range={range} idPrefix="ss-courtesy" />
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      <Card
        className="pcrm-table-card"
        extra={
          mayRecord && (
            <Button type="primary" onClick={() => setOpen(true)}>
              {t('ss.courtesy.add')}
            </Button>
          )
        }
      >
        {chart.series.length > 0 && (
          <TrendChart
            title={t('ss.courtesy.chart')}
            xLabels={chart.months}
            series={chart.series}
            yMax={100}
          />
        )}
        <KeyboardScroll label={t('ss.tab.courtesy')}>
          <Table<Row>
            rowKey={(r) => `${r.month}/${r.departmentId}`}
            columns={columns}
            dataSource={rows}
            loading={loading && rows.length === 0}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={t('ss.courtesy.empty')} /> }}
            scroll={{ x: 'max-content' }}
            size="middle"
          />
        </KeyboardScroll>
      </Card>
      <FormModal<CheckForm>
        title={t('ss.courtesy.add')}
        open={open}
        onClose={() => setOpen(false)}
        initialValues={{ checkedOn: new Date().toISOString().slice(0, 10) }}
        onSubmit={async (v) => {
          await recordCheck({ variables: { input: { ...v, note: v.note || null } } });
          await refetch();
        }}
      >
        {() => (
          <>
            <DepartmentField label={t('ss.courtesy.col.department')} />
            <Space wrap>
              <RequiredItem name="checkedOn" label={t('ss.field.checkedOn')}>
                <Input type="date" style={{ width: 170 }} />
              </RequiredItem>
              <RequiredItem name="callsChecked" label={t('ss.field.callsChecked')}>
                <InputNumber min={1} precision={0} />
              </RequiredItem>
            </Space>
            <Space wrap>
              {ITEMS.map((item) => (
                <RequiredItem key={item} name={item} label={t(`ss.field.${item}` as MessageKey)}>
                  <InputNumber min={0} max={20} step={0.5} precision={1} />
                </RequiredItem>
              ))}
            </Space>
            <Form.Item name="note" label={t('ss.field.note')} rules={[{ max: 1000 }]}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
