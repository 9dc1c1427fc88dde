import { useMutation, useQuery } from '@apollo/client/react';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useAuth, mayRun } from '../auth';
import { TrendChart } from '../charts/TrendChart';
import '../customers/screens.css';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import type {
  ApprovalLevel,
  ApprovalLevelSharesQuery,
  ApprovalMatrixQuery,
  ApprovalSubject,
} from '../graphql/generated/graphql';
import { errorMessage } from '../graphql';
import { useI18n, type MessageKey } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { PageHeader } from '../layout/PageHeader';
import '../petition-analytics/analytics.css';
import './approval-matrix.css';
import { MonthRangeFilter, useMonthRange } from '../petition-analytics/month-range';
import { APPROVAL_MATRIX_QUERY, LEVEL_SHARES_QUERY, SET_APPROVAL_MATRIX } from './queries';

type Matrix = ApprovalMatrixQuery['approvalMatrix'];
type Share = ApprovalLevelSharesQuery['approvalLevelShares'][number];
const LEVELS: readonly ApprovalLevel[] = ['STAFF', 'SECTION_HEAD', 'BUREAU_HEAD', 'DEPUTY_MAYOR', 'MAYOR'];
const SUBJECTS: readonly ApprovalSubject[] = ['PETITION', 'TASK'];
const PETITION_KINDS = ['STATUTORY', 'INQUIRY', 'PROPOSAL', 'GRIEVANCE', 'OTHER', 'PRAISE', 'COMPLAINT'];
const HANDLING_CLASSES = ['SIMPLE_FORM', 'SIMPLE_CONSULT', 'COMPLEX', 'PERIODIC', 'LONG_TERM'];
const TASK_KINDS = ['SHORT_TERM', 'LONG_TERM'];

interface MatrixForm {
  rules: Matrix['rules'];
  titles: Matrix['titles'];
}

/** A matrix row's decision level and its remove button (rules by kind and by job title alike). */
function LevelAndRemove({ name, onRemove }: { name: number; onRemove(): void }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name={[name, 'level']} label={t('am.col.level')}>
        <Select
          style={{ width: 120 }}
          options={LEVELS.map((l) => ({ value: l, label: t(`am.level.${l}` as MessageKey) }))}
        />
      </Form.Item>
      <Button
        type="text"
        icon={<MinusCircleOutlined aria-hidden />}
        aria-label={t('am.remove')}
        onClick={onRemove}
        className="pcrm-matrix-remove"
      />
    </>
  );
}

/** 위임전결 (Paju): the approval matrix and title levels (tenant admin edits), and the share decided per level. */
export function ApprovalMatrixPage() {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const { session } = useAuth();
  const roles = session?.roles ?? [];
  const mayEdit = mayRun(roles, 'setApprovalMatrix');
  const maySeeShares = mayRun(roles, 'approvalLevelShares');
  const range = useMonthRange();
  const matrix = useQuery(APPROVAL_MATRIX_QUERY);
  const shares = useQuery(LEVEL_SHARES_QUERY, {
    variables: { from: range.from, to: range.to },
    skip: !range.valid || !maySeeShares,
  });
  const [save, saving] = useMutation(SET_APPROVAL_MATRIX);
  const [form] = Form.useForm<MatrixForm>();
  const [saveError, setSaveError] = useState<unknown>(null);
  const current = matrix.data?.approvalMatrix;
  useEffect(() => {
    if (current) form.setFieldsValue({ rules: current.rules, titles: current.titles });
  }, [current, form]);

  const levelLabel = (level: string) => t(`am.level.${level}` as MessageKey);
  const typeLabel = (kind: ApprovalSubject, type: string) =>
    kind === 'TASK'
      ? t(`am.type.${type}` as MessageKey)
      : PETITION_KINDS.includes(type)
        ? t(`vocEnum.kind.${type}` as MessageKey)
        : t(`vocEnum.handlingClass.${type}` as MessageKey);
  const typeOptions = (kind: ApprovalSubject | undefined) =>
    (kind === 'TASK' ? TASK_KINDS : [...PETITION_KINDS, ...HANDLING_CLASSES]).map((v) => ({
      value: v,
      label: typeLabel(kind ?? 'PETITION', v),
    }));

  const submit = async (v: MatrixForm) => {
    setSaveError(null);
    try {
      const res = await save({
        variables: {
          rules: (v.rules ?? []).map((r) => ({ ...r, condition: r.condition ?? '' })),
          titles: v.titles ?? [],
          expectedVersion: current?.version ?? 0,
        },
      });
      void message.success(t('am.saved', { version: res.data?.setApprovalMatrix.version ?? '' }));
      await matrix.refetch();
    } catch (e) {
      setSaveError(e);
    }
  };

  const chart = useMemo(() => {
    const rows = shares.data?.approvalLevelShares ?? [];
    const months = [...new Set(rows.map((r) => r.month))].sort();
    const levels = [...LEVELS, 'UNMAPPED'].filter((l) => rows.some((r) => r.level === l));
    return {
      months,
      rows,
      series: levels.map((l) => ({
        key: l,
        label: levelLabel(l),
        values: months.map((m) => rows.find((r) => r.month === m && r.level === l)?.share ?? 0),
      })),
    };
  }, [shares.data, lang]);

  const ruleColumns: TableColumnsType<Matrix['rules'][number]> = [
    {
      title: t('am.col.subjectKind'),
      key: 'kind',
      render: (_, r) => t(`am.subject.${r.subjectKind}` as MessageKey),
    },
    {
      title: t('am.col.subjectType'),
      key: 'type',
      render: (_, r) => typeLabel(r.subjectKind, r.subjectType),
    },
    {
      title: t('am.col.condition'),
      dataIndex: 'condition',
      key: 'condition',
      render: (c: string) => c || '—',
    },
    { title: t('am.col.level'), key: 'level', render: (_, r) => levelLabel(r.level) },
  ];
  const shareColumns: TableColumnsType<Share> = [
    { title: t('am.col.month'), dataIndex: 'month', key: 'month' },
    { title: t('am.col.level'), key: 'level', render: (_, r) => levelLabel(r.level) },
    { title: t('am.col.decisions'), dataIndex: 'decisions', key: 'decisions', align: 'right' },
    { title: t('am.col.share'), key: 'share', align: 'right', render: (_, r) => `${r.share.toFixed(1)}%` },
  ];

  return (
    <>
      <PageHeader title={t('am.title')} description={t('am.description')} />
      {matrix.error && <LoadErrorAlert error={matrix.error} onRetry={matrix.refetch} />}
      <Card
        className="pcrm-table-card"
        title={<h2 className="pcrm-card-title">{t('am.rules')}</h2>}
        extra={
          current && (
            <Typography.Text type="secondary">
              {t('am.version', { version: current.version })}
            </Typography.Text>
          )
        }
      >
        {mayEdit ? (
          <Form<MatrixForm> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
            {saveError !== null && (
              <Alert
                type="error"
                showIcon
                role="alert"
                title={errorMessage(saveError, lang)}
                style={{ marginBottom: 12 }}
              />
            )}
            <Form.List name="rules">
              {(fields, { add, remove }) => (
                <>
                  {fields.map(({ key, name }) => (
                    <Space key={key} wrap align="start" className="pcrm-matrix-row">
                      <Form.Item name={[name, 'subjectKind']} label={t('am.col.subjectKind')}>
                        <Select
                          style={{ width: 100 }}
                          options={SUBJECTS.map((s) => ({
                            value: s,
                            label: t(`am.subject.${s}` as MessageKey),
                          }))}
                        />
                      </Form.Item>
                      <Form.Item noStyle dependencies={[['rules', name, 'subjectKind']]}>
                        {({ getFieldValue }) => (
                          <Form.Item
                            name={[name, 'subjectType']}
                            label={t('am.col.subjectType')}
                            rules={[{ required: true, message: t('am.required') }]}
                          >
                            <Select
                              style={{ width: 150 }}
                              options={typeOptions(getFieldValue(['rules', name, 'subjectKind']))}
                            />
                          </Form.Item>
                        )}
                      </Form.Item>
                      <Form.Item
                        name={[name, 'condition']}
                        label={t('am.col.condition')}
                        rules={[{ max: 200 }]}
                      >
                        <Input style={{ width: 200 }} maxLength={200} />
                      </Form.Item>
                      <LevelAndRemove name={name} onRemove={() => remove(name)} />
                    </Space>
                  ))}
                  <Button
                    icon={<PlusOutlined aria-hidden />}
                    onClick={() => add({ subjectKind: 'PETITION', condition: '', level: 'SECTION_HEAD' })}
                  >
                    {t('am.add')}
                  </Button>
                </>
              )}
            </Form.List>
            <h3 className="pcrm-card-title pcrm-matrix-subtitle">{t('am.titles')}</h3>
            <Form.List name="titles">
              {(fields, { add, remove }) => (
                <>
                  {fields.map(({ key, name }) => (
                    <Space key={key} wrap align="start">
                      <Form.Item
                        name={[name, 'title']}
                        label={t('am.col.title')}
                        rules={[
                          { required: true, whitespace: true, message: t('am.required') },
                          { max: 100 },
                        ]}
                      >
                        <Input style={{ width: 160 }} maxLength={100} />
                      </Form.Item>
                      <LevelAndRemove name={name} onRemove={() => remove(name)} />
                    </Space>
                  ))}
                  <Button
                    icon={<PlusOutlined aria-hidden />}
                    onClick={() => add({ title: '', level: 'STAFF' })}
                  >
                    {t('am.add')}
                  </Button>
                </>
              )}
            </Form.List>
            <div style={{ marginTop: 16 }}>
              <Button type="primary" htmlType="submit" loading={saving.loading}>
                {t('am.save')}
              </Button>
            </div>
          </Form>
        ) : (
          <KeyboardScroll label={t('am.rules')}>
            <Table
              rowKey={(r) => `${r.subjectKind}/${r.subjectType}/${r.condition}`}
              columns={ruleColumns}
              dataSource={current?.rules ?? []}
              loading={matrix.loading}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: <Empty description={t('am.empty')} /> }}
              scroll={{ x: 'max-content' }}
              size="middle"
            />
          </KeyboardScroll>
        )}
      </Card>
      {maySeeShares && (
        <>
          <Typography.Title level={2} className="pcrm-section-title">
            {t('am.shares')}
          </Typography.Title>
          <MonthRangeFilter range={range} idPrefix="am-range" />
          {shares.error && <LoadErrorAlert error={shares.error} onRetry={shares.refetch} />}
          <Card className="pcrm-table-card">
            {chart.series.length > 0 && (
              <TrendChart
                title={t('am.shares.chart')}
                xLabels={chart.months}
                series={chart.series}
                yMax={100}
                format={(v) => `${v}%`}
              />
            )}
            <KeyboardScroll label={t('am.shares')}>
              <Table<Share>
                rowKey={(r) => `${r.month}/${r.level}`}
                columns={shareColumns}
                dataSource={chart.rows}
                loading={shares.loading}
                pagination={{ pageSize: 24, hideOnSinglePage: true }}
                locale={{ emptyText: <Empty description={t('am.shares.empty')} /> }}
                scroll={{ x: 'max-content' }}
                size="middle"
              />
            </KeyboardScroll>
          </Card>
        </>
      )}
    </>
  );
}
