import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Checkbox, Empty, Input, InputNumber, Modal, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useDateFormat } from '../charts/format';
import { errorMessage } from '../graphql';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { PageHeader } from '../layout/PageHeader';
import { KindTag } from '../customers/labels';
import { LoadMore } from '../customers/LoadMore';
import {
  ANONYMIZE,
  CANDIDATES_PAGE_SIZE,
  RETENTION_QUERY,
  UPDATE_SETTINGS,
  type CandidateRow,
} from './queries';

const YEARS = { min: 1, max: 50 } as const;
const REASON_MIN = 2;

/**
 * 개인정보 보관기간: the tenant's retention period, the customers without any contact for that long (listed for
 * deletion), and their anonymization — the record stays for statistics, what identifies the person goes.
 */
export function RetentionPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const formatDate = useDateFormat();
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(RETENTION_QUERY, {
    variables: { first: CANDIDATES_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const connection = shown?.retentionCandidates;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const [years, setYears] = useState<number | null>(null);
  const savedYears = shown?.customerSettings.retentionYears;
  useEffect(() => setYears(savedYears ?? null), [savedYears]);
  const [save, saving] = useMutation(UPDATE_SETTINGS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [anonymize, anonymizing] = useMutation(ANONYMIZE);

  const yearsValid = years !== null && Number.isInteger(years) && years >= YEARS.min && years <= YEARS.max;
  const saveYears = async () => {
    if (!yearsValid) return;
    try {
      await save({ variables: { retentionYears: years } });
      message.success(t('privacy.settingsSaved', { years }));
      setSelected(new Set());
      await refetch();
    } catch {
      /* shown from saving.error */
    }
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const reasonTooShort = reason.trim().length < REASON_MIN;

  const submit = async () => {
    setTried(true);
    if (reasonTooShort) return;
    try {
      const result = await anonymize({ variables: { ids: [...selected], reason: reason.trim() } });
      const outcome = result.data?.anonymizeCustomers;
      if (outcome?.job) message.info(t('privacy.anonymizeQueued', { count: selected.size }));
      else message.success(t('privacy.anonymized', { count: outcome?.anonymizedCount ?? 0 }));
      setConfirming(false);
      setReason('');
      setTried(false);
      setSelected(new Set());
      await refetch();
    } catch {
      /* shown from anonymizing.error */
    }
  };

  const columns: TableColumnsType<CandidateRow> = [
    {
      title: (
        <Checkbox
          checked={allOnPage}
          indeterminate={!allOnPage && rows.some((r) => selected.has(r.id))}
          onChange={(e) => rows.forEach((r) => toggle(r.id, e.target.checked))}
          aria-label={t('privacy.selectPage')}
        />
      ),
      key: 'select',
      width: 48,
      render: (_, c) => (
        <Checkbox
          checked={selected.has(c.id)}
          onChange={(e) => toggle(c.id, e.target.checked)}
          aria-label={t('privacy.selectOne', { no: c.customerNo })}
        />
      ),
    },
    {
      title: t('customers.col.name'),
      key: 'name',
      ellipsis: true,
      render: (_, c) => (
        <Space vertical size={0} className="pcrm-cell-stack">
          <Link to={`/app/customers/${c.id}`} className="pcrm-ellipsis">
            {c.name}
          </Link>
          <span className="pcrm-mono pcrm-muted">{c.customerNo}</span>
        </Space>
      ),
    },
    { title: t('customers.col.kind'), key: 'kind', width: 110, render: (_, c) => <KindTag kind={c.kind} /> },
    {
      title: t('customers.col.area'),
      dataIndex: 'area',
      key: 'area',
      ellipsis: true,
      responsive: ['md'],
      render: (a: string | null) => a || '—',
    },
    {
      title: t('customers.col.lastContact'),
      dataIndex: 'lastContactAt',
      key: 'lastContactAt',
      width: 130,
      render: (at: unknown) => (at ? formatDate(at) : t('privacy.never')),
    },
  ];

  return (
    <>
      <PageHeader title={t('privacy.title')} description={t('privacy.description')} />
      <Card title={<h2 className="pcrm-card-title">{t('privacy.settings')}</h2>} style={{ marginBottom: 16 }}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void saveYears();
          }}
        >
          <div className="pcrm-form-field">
            <label htmlFor="retention-years">{t('privacy.years')}</label>
            <Space wrap>
              <InputNumber
                id="retention-years"
                min={YEARS.min}
                max={YEARS.max}
                precision={0}
                value={years}
                disabled={savedYears === undefined}
                onChange={(v) => setYears(typeof v === 'number' ? v : null)}
                addonAfter={t('privacy.yearsUnit')}
                status={yearsValid ? undefined : 'error'}
                aria-invalid={yearsValid ? undefined : true}
                aria-describedby="retention-years-help"
              />
              <Button
                htmlType="submit"
                icon={<SaveOutlined aria-hidden />}
                loading={saving.loading}
                disabled={!yearsValid || years === savedYears}
              >
                {t('common.save')}
              </Button>
            </Space>
            <div id="retention-years-help" className={yearsValid ? 'pcrm-muted' : 'pcrm-field-error'}>
              {t('privacy.yearsHelp', YEARS)}
            </div>
          </div>
        </form>
        {saving.error && (
          <Alert type="error" showIcon role="alert" title={errorMessage(saving.error, lang)} />
        )}
      </Card>
      <Card
        title={
          <h2 className="pcrm-card-title">
            {t('privacy.candidates', { count: connection?.totalCount ?? 0 })}
          </h2>
        }
        extra={
          <Button
            danger
            icon={<DeleteOutlined aria-hidden />}
            disabled={selected.size === 0}
            onClick={() => {
              anonymizing.reset();
              setConfirming(true);
            }}
          >
            {t('privacy.anonymizeSelected', { count: selected.size })}
          </Button>
        }
      >
        {error && <LoadErrorAlert error={error} onRetry={refetch} />}
        <Table<CandidateRow>
          data-testid="retention-table"
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={loading && !shown}
          pagination={false}
          locale={{ emptyText: <Empty description={t('privacy.none')} /> }}
        />
        <LoadMore pageInfo={connection?.pageInfo} fetchMore={fetchMore}>
          {t('privacy.more')}
        </LoadMore>
      </Card>
      <Modal
        open={confirming}
        title={t('privacy.confirmTitle', { count: selected.size })}
        okText={t('privacy.confirmOk')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={anonymizing.loading}
        onOk={() => void submit()}
        onCancel={() => setConfirming(false)}
        destroyOnHidden
      >
        <p>{t('privacy.confirmExplain')}</p>
        <div className="pcrm-form-field">
          <label htmlFor="anonymize-reason">{t('privacy.reason')}</label>
          <Input.TextArea
            id="anonymize-reason"
            value={reason}
            maxLength={500}
            showCount
            autoSize={{ minRows: 2, maxRows: 4 }}
            status={tried && reasonTooShort ? 'error' : undefined}
            aria-invalid={tried && reasonTooShort ? true : undefined}
            aria-describedby={tried && reasonTooShort ? 'anonymize-reason-error' : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          {tried && reasonTooShort && (
            <div className="pcrm-field-error" id="anonymize-reason-error" role="alert">
              {t('privacy.reasonRequired')}
            </div>
          )}
        </div>
        {anonymizing.error && (
          <Alert type="error" showIcon role="alert" title={errorMessage(anonymizing.error, lang)} />
        )}
      </Modal>
    </>
  );
}
