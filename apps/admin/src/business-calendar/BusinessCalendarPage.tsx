import { CalculatorOutlined, DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Input,
  InputNumber,
  Radio,
  Space,
  Table,
  Tag,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useAuth } from '../auth';
import { errorMessage } from '../graphql';
import type { BusinessCalendarQuery, TenantHolidayKind } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { canManage, navEntry } from '../layout/nav';
import { PageHeader } from '../layout/PageHeader';
import '../customers/screens.css';
import { ADD_HOLIDAY, CALENDAR_QUERY, DEADLINE_QUERY, REMOVE_HOLIDAY, UPDATE_OFFICE_HOURS } from './queries';

type HolidayRow = BusinessCalendarQuery['holidays']['holidays'][number];
type Hours = BusinessCalendarQuery['officeHours'];

const SOURCE_COLOR = { NATIONAL: 'red', LOCAL: 'blue', TEMPORARY: 'purple' } as const;
const HOUR_FIELDS = ['start', 'lunchStart', 'lunchEnd', 'end'] as const;
/** The Busan target: half of the statutory period. */
const TARGET_SHARE = 0.5;

/** Deadlines are Seoul times whatever the browser's zone. */
function useSeoulFormat() {
  const { lang } = useI18n();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: 'Asia/Seoul',
    });
    return (iso: unknown) => (typeof iso === 'string' ? f.format(new Date(iso)) : '—');
  }, [lang]);
}

/** 업무 달력: the year's holidays with their source, tenant holidays, office hours and a deadline calculator. */
export function BusinessCalendarPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { session } = useAuth();
  const mayManage = canManage(navEntry('business-calendar'), session?.roles ?? []);
  const [year, setYear] = useState(() => new Date().getFullYear());
  const { data, previousData, loading, error, refetch } = useQuery(CALENDAR_QUERY, { variables: { year } });
  const shown = data ?? previousData;
  const rows = shown?.holidays.holidays ?? [];

  const [add, adding] = useMutation(ADD_HOLIDAY);
  const [remove, removing] = useMutation(REMOVE_HOLIDAY);
  const [newDay, setNewDay] = useState('');
  const [newName, setNewName] = useState('');
  const [newKind, setNewKind] = useState<TenantHolidayKind>('LOCAL' as TenantHolidayKind);
  const [addTried, setAddTried] = useState(false);
  const addValid =
    /^\d{4}-\d{2}-\d{2}$/.test(newDay) && newName.trim().length >= 1 && newName.trim().length <= 50;

  const submitHoliday = async () => {
    setAddTried(true);
    if (!addValid) return;
    try {
      await add({ variables: { day: newDay, name: newName.trim(), kind: newKind } });
      message.success(t('calendar.added', { day: newDay }));
      setNewName('');
      setAddTried(false);
      await refetch();
    } catch {
      /* shown from adding.error */
    }
  };

  const removeHoliday = async (day: string) => {
    try {
      await remove({ variables: { day } });
      message.success(t('calendar.removed', { day }));
      await refetch();
    } catch {
      /* shown from removing.error */
    }
  };

  const columns: TableColumnsType<HolidayRow> = [
    { title: t('calendar.col.day'), dataIndex: 'day', key: 'day', width: 130, className: 'pcrm-mono' },
    { title: t('calendar.col.name'), dataIndex: 'name', key: 'name', ellipsis: true },
    {
      title: t('calendar.col.source'),
      dataIndex: 'source',
      key: 'source',
      width: 130,
      render: (s: HolidayRow['source']) => (
        <Tag color={SOURCE_COLOR[s]}>{t(`calendar.source.${s}` as MessageKey)}</Tag>
      ),
    },
    {
      title: t('calendar.col.createdBy'),
      dataIndex: 'createdBy',
      key: 'createdBy',
      responsive: ['md'],
      render: (by: string | null) => by ?? '—',
    },
    ...(mayManage
      ? [
          {
            key: 'remove',
            width: 56,
            render: (_: unknown, h: HolidayRow) =>
              h.source === 'NATIONAL' ? null : (
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('calendar.remove', { day: h.day })}
                  loading={removing.loading}
                  onClick={() => void removeHoliday(h.day)}
                />
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader title={t('calendar.title')} description={t('calendar.description')} />
      <DeadlineTool />
      <Card
        title={<h2 className="pcrm-card-title">{t('calendar.holidays', { year, count: rows.length })}</h2>}
        extra={
          <Space>
            <label htmlFor="calendar-year">{t('calendar.year')}</label>
            <InputNumber
              id="calendar-year"
              min={2000}
              max={2100}
              precision={0}
              value={year}
              onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && setYear(v)}
            />
          </Space>
        }
        style={{ marginBottom: 16 }}
      >
        {error && <LoadErrorAlert error={error} onRetry={refetch} />}
        {shown && !shown.holidays.nationalHolidaysKnown && (
          <Alert
            type="warning"
            showIcon
            title={t('calendar.noNational', { year })}
            style={{ marginBottom: 12 }}
          />
        )}
        {removing.error && (
          <Alert type="error" showIcon role="alert" title={errorMessage(removing.error, lang)} />
        )}
        <Table<HolidayRow>
          data-testid="holiday-table"
          rowKey={(h) => `${h.day}-${h.source}`}
          size="small"
          columns={columns}
          dataSource={rows}
          loading={loading && !shown}
          pagination={false}
          locale={{ emptyText: <Empty description="—" /> }}
        />
        {mayManage && (
          <form
            style={{ marginTop: 16 }}
            onSubmit={(e) => {
              e.preventDefault();
              void submitHoliday();
            }}
          >
            <h3 className="pcrm-card-title">{t('calendar.add')}</h3>
            <Space wrap align="end">
              <div className="pcrm-form-field">
                <label htmlFor="holiday-day">{t('calendar.addDay')}</label>
                <Input
                  id="holiday-day"
                  type="date"
                  value={newDay}
                  onChange={(e) => setNewDay(e.target.value)}
                />
              </div>
              <div className="pcrm-form-field">
                <label htmlFor="holiday-name">{t('calendar.addName')}</label>
                <Input
                  id="holiday-name"
                  value={newName}
                  maxLength={50}
                  onChange={(e) => setNewName(e.target.value)}
                />
              </div>
              <fieldset className="pcrm-form-field pcrm-fieldset">
                <legend>{t('calendar.addKind')}</legend>
                <Radio.Group
                  value={newKind}
                  onChange={(e) => setNewKind(e.target.value as TenantHolidayKind)}
                >
                  <Radio value="LOCAL">{t('calendar.source.LOCAL')}</Radio>
                  <Radio value="TEMPORARY">{t('calendar.source.TEMPORARY')}</Radio>
                </Radio.Group>
              </fieldset>
              <Button htmlType="submit" icon={<PlusOutlined aria-hidden />} loading={adding.loading}>
                {t('calendar.add')}
              </Button>
            </Space>
            {addTried && !addValid && (
              <div className="pcrm-field-error" role="alert">
                {t('calendar.addInvalid')}
              </div>
            )}
            {adding.error && (
              <Alert type="error" showIcon role="alert" title={errorMessage(adding.error, lang)} />
            )}
          </form>
        )}
      </Card>
      {shown && <OfficeHoursCard saved={shown.officeHours} mayManage={mayManage} onSaved={refetch} />}
    </>
  );
}

function OfficeHoursCard({
  saved,
  mayManage,
  onSaved,
}: {
  saved: Hours;
  mayManage: boolean;
  onSaved: () => Promise<unknown>;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [hours, setHours] = useState<Hours>(saved);
  useEffect(() => setHours(saved), [saved]);
  const [save, saving] = useMutation(UPDATE_OFFICE_HOURS);
  const submit = async () => {
    try {
      const { start, lunchStart, lunchEnd, end } = hours;
      await save({ variables: { input: { start, lunchStart, lunchEnd, end } } });
      message.success(t('calendar.office.saved'));
      await onSaved();
    } catch {
      /* shown from saving.error */
    }
  };
  return (
    <Card title={<h2 className="pcrm-card-title">{t('calendar.office')}</h2>}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Space wrap align="end">
          {HOUR_FIELDS.map((f) => (
            <div className="pcrm-form-field" key={f}>
              <label htmlFor={`office-${f}`}>{t(`calendar.office.${f}` as MessageKey)}</label>
              <Input
                id={`office-${f}`}
                type="time"
                value={hours[f]}
                disabled={!mayManage}
                aria-describedby="office-help"
                onChange={(e) => setHours((h) => ({ ...h, [f]: e.target.value }))}
              />
            </div>
          ))}
          {mayManage && (
            <Button htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={saving.loading}>
              {t('common.save')}
            </Button>
          )}
        </Space>
        <div id="office-help" className="pcrm-muted">
          {t('calendar.office.help')}
        </div>
      </form>
      {saving.error && <Alert type="error" showIcon role="alert" title={errorMessage(saving.error, lang)} />}
    </Card>
  );
}

function DeadlineTool() {
  const { t, lang } = useI18n();
  const format = useSeoulFormat();
  const [receivedAt, setReceivedAt] = useState('');
  const [days, setDays] = useState<number | null>(7);
  const [tried, setTried] = useState(false);
  const [run, result] = useLazyQuery(DEADLINE_QUERY, { fetchPolicy: 'network-only' });
  const valid =
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(receivedAt) && days !== null && days >= 1 && days <= 365;
  const d = result.data?.deadline;
  return (
    <Card title={<h2 className="pcrm-card-title">{t('calendar.tool')}</h2>} style={{ marginBottom: 16 }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          // The entered wall-clock time is Seoul time.
          if (valid)
            void run({
              variables: {
                receivedAt: `${receivedAt}:00+09:00`,
                periodDays: days,
                targetShare: TARGET_SHARE,
              },
            }).catch(() => undefined);
        }}
      >
        <Space wrap align="end">
          <div className="pcrm-form-field">
            <label htmlFor="deadline-received">{t('calendar.tool.receivedAt')}</label>
            <Input
              id="deadline-received"
              type="datetime-local"
              value={receivedAt}
              onChange={(e) => setReceivedAt(e.target.value)}
            />
          </div>
          <div className="pcrm-form-field">
            <label htmlFor="deadline-days">{t('calendar.tool.days')}</label>
            <InputNumber
              id="deadline-days"
              min={1}
              max={365}
              precision={0}
              value={days}
              onChange={(v) => setDays(typeof v === 'number' ? v : null)}
            />
          </div>
          <Button
            htmlType="submit"
            type="primary"
            icon={<CalculatorOutlined aria-hidden />}
            loading={result.loading}
          >
            {t('calendar.tool.run')}
          </Button>
        </Space>
        {tried && !valid && (
          <div className="pcrm-field-error" role="alert">
            {t('calendar.tool.invalid')}
          </div>
        )}
      </form>
      {result.error && <Alert type="error" showIcon role="alert" title={errorMessage(result.error, lang)} />}
      {d && (
        <Descriptions size="small" column={1} style={{ marginTop: 12 }} data-testid="deadline-result">
          <Descriptions.Item label={t('calendar.tool.due')}>
            <strong>{format(d.dueAt)}</strong> · {t(`calendar.tool.counted.${d.countedIn}` as MessageKey)}
          </Descriptions.Item>
          <Descriptions.Item label={t('calendar.tool.target')}>{format(d.targetDueAt)}</Descriptions.Item>
          <Descriptions.Item label={t('calendar.tool.starts')}>{format(d.startsAt)}</Descriptions.Item>
          {d.nationalHolidaysUnknownFor.length > 0 && (
            <Descriptions.Item label="⚠">
              {t('calendar.tool.unknown', { years: d.nationalHolidaysUnknownFor.join(', ') })}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
    </Card>
  );
}
