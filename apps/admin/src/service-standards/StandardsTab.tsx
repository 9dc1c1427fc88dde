import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Form, Input, InputNumber, Radio, Select, Space, Switch, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import type {
  ServiceStandardsQuery,
  StandardUnit,
  TargetDirection,
  Touchpoint,
} from '../graphql/generated/graphql';
import { useI18n, type MessageKey } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { ToneTag } from '../layout/ToneTag';
import { MonthRangeFilter, useMonthRange } from '../petition-analytics/month-range';
import {
  ATTAINMENT_QUERY,
  CREATE_SERVICE_STANDARD,
  RECORD_MEASUREMENT,
  SERVICE_STANDARDS_QUERY,
  UPDATE_SERVICE_STANDARD,
} from './queries';
import { DepartmentField, FormModal, oneDecimal, RequiredItem, useDepartments, useMay } from './shared';

type Standard = ServiceStandardsQuery['serviceStandards']['standards'][number];
const TOUCHPOINTS: readonly Touchpoint[] = ['VISIT', 'PHONE', 'INTERNET', 'FIELD', 'MAIL'];
const UNITS: readonly StandardUnit[] = ['MINUTES', 'DAYS', 'WORKING_DAYS', 'RINGS', 'PERCENT'];
const DIRECTIONS: readonly TargetDirection[] = ['AT_MOST', 'AT_LEAST'];

interface StandardForm {
  kind: 'touchpoint' | 'service';
  touchpoint?: Touchpoint;
  coreService?: string;
  name: string;
  commitment: string;
  targetValue: number;
  unit: StandardUnit;
  direction: TargetDirection;
  departmentId: string;
  active: boolean;
}

interface MeasurementForm {
  month: string;
  sampleSize: number;
  mode: 'count' | 'value';
  metCount?: number;
  measuredValue?: number;
  note?: string;
}

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** The standards with their attainment over the chosen months; the admin edits, managers record results. */
export function StandardsTab() {
  const { t } = useI18n();
  const range = useMonthRange();
  const { nameOf } = useDepartments();
  const mayEdit = useMay('updateServiceStandard');
  const mayRecord = useMay('recordStandardMeasurement');
  const maySeeAttainment = useMay('standardAttainment');
  const standards = useQuery(SERVICE_STANDARDS_QUERY);
  const attainment = useQuery(ATTAINMENT_QUERY, {
    variables: { from: range.from, to: range.to },
    skip: !range.valid || !maySeeAttainment,
  });
  const [create] = useMutation(CREATE_SERVICE_STANDARD);
  const [update] = useMutation(UPDATE_SERVICE_STANDARD);
  const [record] = useMutation(RECORD_MEASUREMENT);
  const [editing, setEditing] = useState<Standard | 'new' | null>(null);
  const [recording, setRecording] = useState<Standard | null>(null);
  const settings = standards.data?.serviceStandards;

  const attained = (id: string) => {
    const rows = (attainment.data?.standardAttainment ?? []).filter((a) => a.standardId === id);
    const checks = rows.reduce((n, r) => n + r.checks, 0);
    return checks ? (100 * rows.reduce((n, r) => n + r.checksMet, 0)) / checks : null;
  };

  const save = async (v: StandardForm) => {
    const input = {
      touchpoint: v.kind === 'touchpoint' ? v.touchpoint : null,
      coreService: v.kind === 'service' ? v.coreService : null,
      name: v.name,
      commitment: v.commitment,
      targetValue: v.targetValue,
      unit: v.unit,
      direction: v.direction,
      departmentId: v.departmentId,
      active: v.active,
    };
    const expectedVersion = settings?.version ?? 0;
    if (editing === 'new') await create({ variables: { input, expectedVersion } });
    else if (editing) await update({ variables: { id: editing.id, input, expectedVersion } });
    await standards.refetch();
  };

  const attainmentColumn: TableColumnsType<Standard>[number] = {
    title: t('ss.col.attainment', { from: range.from, to: range.to }),
    key: 'attainment',
    align: 'right',
    render: (_, s) => {
      const v = attained(s.id);
      return v === null ? '—' : `${oneDecimal(v)}%`;
    },
  };
  const columns: TableColumnsType<Standard> = [
    { title: t('ss.col.name'), dataIndex: 'name', key: 'name', fixed: 'left', width: 180 },
    {
      title: t('ss.col.subject'),
      key: 'subject',
      render: (_, s) => (s.touchpoint ? t(`ss.touchpoint.${s.touchpoint}` as MessageKey) : s.coreService),
    },
    { title: t('ss.col.commitment'), dataIndex: 'commitment', key: 'commitment', width: 280 },
    {
      title: t('ss.col.target'),
      key: 'target',
      render: (_, s) =>
        `${s.targetValue} ${t(`ss.unit.${s.unit}` as MessageKey)} ${t(`ss.direction.${s.direction}` as MessageKey)}`,
    },
    { title: t('ss.col.department'), key: 'dept', render: (_, s) => nameOf(s.departmentId) },
    {
      title: t('ss.col.active'),
      key: 'active',
      render: (_, s) => (
        <ToneTag tone={s.active ? 'good' : 'quiet'}>{s.active ? t('ss.active') : t('ss.inactive')}</ToneTag>
      ),
    },
    ...(maySeeAttainment ? [attainmentColumn] : []),
    {
      title: '',
      key: 'actions',
      render: (_, s) => (
        <Space>
          {mayRecord && s.active && (
            <Button size="small" onClick={() => setRecording(s)}>
              {t('ss.record')}
            </Button>
          )}
          {mayEdit && (
            <Button size="small" onClick={() => setEditing(s)}>
              {t('ss.edit')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const initial = (s: Standard | 'new' | null): Partial<StandardForm> =>
    s && s !== 'new'
      ? {
          kind: s.touchpoint ? 'touchpoint' : 'service',
          touchpoint: s.touchpoint ?? undefined,
          coreService: s.coreService ?? undefined,
          name: s.name,
          commitment: s.commitment,
          targetValue: s.targetValue,
          unit: s.unit,
          direction: s.direction,
          departmentId: s.departmentId,
          active: s.active,
        }
      : { kind: 'touchpoint', touchpoint: 'PHONE', unit: 'MINUTES', direction: 'AT_MOST', active: true };

  return (
    <>
      {maySeeAttainment && <MonthRangeFilter range={range} idPrefix="ss-range" />}
      {standards.error && <LoadErrorAlert error={standards.error} onRetry={standards.refetch} />}
      <Card
        className="pcrm-table-card"
        extra={
          mayEdit && (
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('ss.add')}
            </Button>
          )
        }
      >
        <KeyboardScroll label={t('ss.tab.standards')}>
          <Table<Standard>
            rowKey="id"
            columns={columns}
            dataSource={settings?.standards ?? []}
            loading={standards.loading}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={t('ss.empty')} /> }}
            scroll={{ x: 'max-content' }}
            size="middle"
          />
        </KeyboardScroll>
      </Card>
      <FormModal<StandardForm>
        title={editing === 'new' ? t('ss.add') : t('ss.edit')}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSubmit={save}
        initialValues={initial(editing)}
      >
        {() => (
          <>
            <Form.Item name="kind" label={t('ss.field.kind')}>
              <Radio.Group
                options={[
                  { value: 'touchpoint', label: t('ss.kind.touchpoint') },
                  { value: 'service', label: t('ss.kind.service') },
                ]}
              />
            </Form.Item>
            <Form.Item noStyle dependencies={['kind']}>
              {({ getFieldValue }) =>
                getFieldValue('kind') === 'service' ? (
                  <Form.Item
                    name="coreService"
                    label={t('ss.field.coreService')}
                    rules={[{ required: true, whitespace: true, message: t('ss.required') }, { max: 100 }]}
                  >
                    <Input maxLength={100} />
                  </Form.Item>
                ) : (
                  <Form.Item name="touchpoint" label={t('ss.field.touchpoint')}>
                    <Select
                      options={TOUCHPOINTS.map((v) => ({
                        value: v,
                        label: t(`ss.touchpoint.${v}` as MessageKey),
                      }))}
                    />
                  </Form.Item>
                )
              }
            </Form.Item>
            <Form.Item
              name="name"
              label={t('ss.field.name')}
              rules={[{ required: true, whitespace: true, message: t('ss.required') }, { max: 100 }]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name="commitment"
              label={t('ss.field.commitment')}
              rules={[{ required: true, whitespace: true, message: t('ss.required') }, { max: 1000 }]}
            >
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
            <Space wrap>
              <RequiredItem name="targetValue" label={t('ss.field.targetValue')}>
                <InputNumber min={0} step={0.5} precision={2} />
              </RequiredItem>
              <Form.Item name="unit" label={t('ss.field.unit')}>
                <Select
                  style={{ width: 130 }}
                  options={UNITS.map((v) => ({ value: v, label: t(`ss.unit.${v}` as MessageKey) }))}
                />
              </Form.Item>
              <Form.Item name="direction" label={t('ss.field.direction')}>
                <Select
                  style={{ width: 110 }}
                  options={DIRECTIONS.map((v) => ({ value: v, label: t(`ss.direction.${v}` as MessageKey) }))}
                />
              </Form.Item>
            </Space>
            <DepartmentField label={t('ss.field.department')} />
            <Form.Item name="active" label={t('ss.field.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<MeasurementForm>
        title={`${t('ss.record')}: ${recording?.name ?? ''}`}
        open={recording !== null}
        onClose={() => setRecording(null)}
        initialValues={{ month: thisMonth(), mode: 'count' }}
        onSubmit={async (v) => {
          await record({
            variables: {
              input: {
                standardId: recording!.id,
                month: v.month,
                sampleSize: v.sampleSize,
                metCount: v.mode === 'count' ? v.metCount : null,
                measuredValue: v.mode === 'value' ? v.measuredValue : null,
                note: v.note || null,
              },
            },
          });
          await attainment.refetch();
        }}
      >
        {() => (
          <>
            <RequiredItem name="month" label={t('ss.field.month')}>
              <Input type="month" style={{ width: 170 }} />
            </RequiredItem>
            <RequiredItem name="sampleSize" label={t('ss.field.sampleSize')}>
              <InputNumber min={1} precision={0} />
            </RequiredItem>
            <Form.Item name="mode" label={t('ss.field.mode')}>
              <Radio.Group
                options={[
                  { value: 'count', label: t('ss.mode.count') },
                  { value: 'value', label: t('ss.mode.value') },
                ]}
              />
            </Form.Item>
            <Form.Item noStyle dependencies={['mode']}>
              {({ getFieldValue }) =>
                getFieldValue('mode') === 'value' ? (
                  <RequiredItem
                    name="measuredValue"
                    label={`${t('ss.field.measuredValue')} (${recording ? t(`ss.unit.${recording.unit}` as MessageKey) : ''})`}
                  >
                    <InputNumber min={0} precision={2} />
                  </RequiredItem>
                ) : (
                  <RequiredItem name="metCount" label={t('ss.field.metCount')}>
                    <InputNumber min={0} precision={0} />
                  </RequiredItem>
                )
              }
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
