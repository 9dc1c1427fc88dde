import { ArrowLeftOutlined, CameraOutlined, DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Empty,
  Input,
  Popconfirm,
  Skeleton,
  Space,
  Statistic,
  Table,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAuth } from '../auth';
import { useDateFormat } from '../charts/format';
import { TrendChart } from '../charts/TrendChart';
import { errorCode, errorField, errorMessage } from '../graphql';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { canManage, navEntry } from '../layout/nav';
import { PageHeader } from '../layout/PageHeader';
import {
  CREATE_SEGMENT,
  DELETE_SEGMENT,
  SEGMENT_PREVIEW_QUERY,
  SEGMENT_QUERY,
  SEGMENTS_QUERY,
  SNAPSHOT_SEGMENT,
  SNAPSHOTS_SHOWN,
  UPDATE_SEGMENT,
  type SegmentDetail,
} from './queries';
import '../customers/screens.css';
import { RuleBuilder } from './RuleBuilder';
import { isIncomplete, toDraft, toRules, type DraftRules } from './rules';
import { useDebounced } from './useDebounced';

const NAME_MAX = 100;
const DESCRIPTION_MAX = 500;

/** One segment: name, description and rule (with the live count), then its snapshots. */
export function SegmentEditor() {
  const { id } = useParams<{ id: string }>();
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(SEGMENT_QUERY, {
    variables: { id: id ?? '', last: SNAPSHOTS_SHOWN },
    skip: !id,
  });

  if (!id) return <SegmentForm key="new" />;
  if (error) return <LoadErrorAlert error={error} onRetry={refetch} />;
  if (loading && !data)
    return (
      <Card>
        <div role="status" aria-label={t('common.loading')}>
          <Skeleton active />
        </div>
      </Card>
    );
  if (!data?.segment)
    return (
      <>
        <PageHeader title={t('segments.notFoundTitle')} />
        <Alert type="warning" showIcon title={t('segments.notFound')} />
        <BackLink />
      </>
    );
  return <SegmentForm key={`${data.segment.id}:${data.segment.version}`} segment={data.segment} />;
}

function BackLink() {
  const { t } = useI18n();
  return (
    <Link to="/app/segments" className="pcrm-back-link">
      <ArrowLeftOutlined aria-hidden /> {t('segments.back')}
    </Link>
  );
}

function SegmentForm({ segment }: { segment?: SegmentDetail }) {
  const { t, lang } = useI18n();
  const { session } = useAuth();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const readOnly = !canManage(navEntry('segments'), session?.roles ?? []);
  const [name, setName] = useState(segment?.name ?? '');
  const [description, setDescription] = useState(segment?.description ?? '');
  const [draft, setDraft] = useState<DraftRules>(() =>
    toDraft(segment?.rules ?? { match: 'ALL', conditions: [] }),
  );
  const [attempted, setAttempted] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);

  const rules = useMemo(() => toRules(draft), [draft]);
  const complete = !draft.conditions.some(isIncomplete);
  const nameMissing = name.trim() === '';
  const serverField = errorField(saveError);
  const title = segment ? segment.name : t('segments.newTitle');

  const [create, createState] = useMutation(CREATE_SEGMENT, { refetchQueries: [SEGMENTS_QUERY] });
  const [update, updateState] = useMutation(UPDATE_SEGMENT, { refetchQueries: [SEGMENTS_QUERY] });
  const [remove, removeState] = useMutation(DELETE_SEGMENT, { refetchQueries: [SEGMENTS_QUERY] });
  const saving = createState.loading || updateState.loading;

  useEffect(() => setSaveError(null), [name, description, draft]);

  const save = async () => {
    setAttempted(true);
    if (nameMissing || !complete) return;
    try {
      if (segment) {
        await update({
          variables: {
            input: { id: segment.id, version: segment.version, name: name.trim(), description, rules },
          },
          refetchQueries: [SEGMENTS_QUERY, SEGMENT_QUERY],
          awaitRefetchQueries: true,
        });
        message.success(t('segments.saved'));
      } else {
        const result = await create({
          variables: { input: { name: name.trim(), description: description || null, rules } },
        });
        message.success(t('segments.created'));
        if (result.data) navigate(`/app/segments/${result.data.createSegment.id}`, { replace: true });
      }
    } catch (e) {
      setSaveError(e);
    }
  };

  const deleteSegment = async () => {
    if (!segment) return;
    try {
      await remove({ variables: { id: segment.id } });
      message.success(t('segments.deleted'));
      navigate('/app/segments', { replace: true });
    } catch (e) {
      message.error(errorMessage(e, lang));
    }
  };

  const nameError =
    attempted && nameMissing
      ? t('segments.nameRequired')
      : serverField === 'name'
        ? errorMessage(saveError, lang)
        : null;

  return (
    <>
      <BackLink />
      <PageHeader
        title={title}
        description={readOnly ? t('segments.readOnly') : t('segments.editorDescription')}
        extra={
          segment &&
          !readOnly && (
            <Popconfirm
              title={t('segments.deleteConfirm', { name: segment.name })}
              okText={t('segments.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, loading: removeState.loading }}
              onConfirm={() => void deleteSegment()}
            >
              <Button danger icon={<DeleteOutlined aria-hidden />}>
                {t('segments.delete')}
              </Button>
            </Popconfirm>
          )
        }
      />
      <div className="pcrm-segment-grid">
        <Card
          title={<h2 className="pcrm-card-title">{t('segments.definition')}</h2>}
          className="pcrm-segment-main"
        >
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
            noValidate
          >
            <div className="pcrm-form-field">
              <label htmlFor="segment-name">{t('segments.name')}</label>
              <Input
                id="segment-name"
                value={name}
                disabled={readOnly}
                maxLength={NAME_MAX}
                showCount
                status={nameError ? 'error' : undefined}
                aria-invalid={nameError ? true : undefined}
                aria-describedby={nameError ? 'segment-name-error' : undefined}
                onChange={(e) => setName(e.target.value)}
              />
              {nameError && (
                <div className="pcrm-field-error" id="segment-name-error" role="alert">
                  {nameError}
                </div>
              )}
            </div>
            <div className="pcrm-form-field">
              <label htmlFor="segment-description">{t('segments.descriptionLabel')}</label>
              <Input.TextArea
                id="segment-description"
                value={description}
                disabled={readOnly}
                maxLength={DESCRIPTION_MAX}
                showCount
                autoSize={{ minRows: 2, maxRows: 5 }}
                onChange={(e) => setDescription(e.target.value)}
              />
            </div>
            {segment?.ruleProblem && (
              <Alert
                type="warning"
                showIcon
                data-testid="segment-rule-problem"
                title={t('segments.ruleProblemTitle')}
                description={lang === 'en' ? segment.ruleProblem.messageEn : segment.ruleProblem.messageKo}
                style={{ marginBottom: 16 }}
              />
            )}
            <fieldset className="pcrm-fieldset">
              <legend>{t('segments.rules')}</legend>
              <RuleBuilder draft={draft} onChange={setDraft} readOnly={readOnly} showIncomplete={attempted} />
            </fieldset>
            {saveError !== null && serverField !== 'name' && (
              <Alert
                type="error"
                showIcon
                role="alert"
                title={
                  errorCode(saveError) === 'CONFLICT' ? t('segments.conflict') : t('segments.saveFailed')
                }
                description={errorMessage(saveError, lang)}
                style={{ margin: '16px 0' }}
              />
            )}
            {!readOnly && (
              <Space className="pcrm-form-actions">
                <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={saving}>
                  {segment ? t('common.save') : t('segments.create')}
                </Button>
              </Space>
            )}
          </form>
        </Card>
        <LiveCount rules={rules} ready={complete} saved={segment?.count} />
      </div>
      {segment && <Snapshots segment={segment} readOnly={readOnly} />}
    </>
  );
}

/** The number of customers the rule matches now, re-counted shortly after each change. */
function LiveCount({ rules, ready, saved }: { rules: object; ready: boolean; saved?: number | null }) {
  const { t, lang } = useI18n();
  const settled = useDebounced(rules);
  const { data, previousData, loading, error } = useQuery(SEGMENT_PREVIEW_QUERY, {
    variables: { rules: settled },
    skip: !ready,
    fetchPolicy: 'network-only',
  });
  const count = (data ?? previousData)?.segmentPreview.count;
  return (
    <Card
      className="pcrm-segment-count"
      title={<h2 className="pcrm-card-title">{t('segments.liveCount')}</h2>}
    >
      <div aria-live="polite" data-testid="segment-live-count">
        {!ready ? (
          <p>{t('segments.countWaiting')}</p>
        ) : error ? (
          <Alert type="error" showIcon title={errorMessage(error, lang)} />
        ) : (
          <Statistic
            value={count ?? '—'}
            suffix={t('segments.peopleSuffix')}
            loading={loading && count === undefined}
            formatter={(v) => (typeof v === 'number' ? v.toLocaleString() : String(v))}
          />
        )}
      </div>
      {saved !== undefined && saved !== null && (
        <p className="pcrm-muted">{t('segments.savedCount', { n: saved.toLocaleString() })}</p>
      )}
    </Card>
  );
}

function Snapshots({ segment, readOnly }: { segment: SegmentDetail; readOnly: boolean }) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const formatTime = useDateFormat(true);
  const [snapshot, { loading }] = useMutation(SNAPSHOT_SEGMENT, {
    refetchQueries: [SEGMENT_QUERY],
    awaitRefetchQueries: true,
  });
  const take = async () => {
    try {
      await snapshot({ variables: { id: segment.id } });
      message.success(t('segments.snapshotTaken'));
    } catch (e) {
      message.error(errorMessage(e, lang));
    }
  };
  const shots = segment.snapshots;
  return (
    <Card
      className="pcrm-table-card"
      title={<h2 className="pcrm-card-title">{t('segments.snapshots')}</h2>}
      extra={
        !readOnly && (
          <Button icon={<CameraOutlined aria-hidden />} loading={loading} onClick={() => void take()}>
            {t('segments.takeSnapshot')}
          </Button>
        )
      }
      style={{ marginTop: 16 }}
    >
      {shots.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('segments.noSnapshots')} />
      ) : (
        <>
          <TrendChart
            title={t('segments.snapshotChart')}
            xLabels={shots.map((s) => formatTime(s.takenAt))}
            series={[
              { key: 'members', label: t('segments.col.count'), values: shots.map((s) => s.memberCount) },
            ]}
            format={(v) => v.toLocaleString()}
          />
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={[...shots].reverse()}
            style={{ marginTop: 16 }}
            columns={[
              {
                title: t('segments.col.takenAt'),
                dataIndex: 'takenAt',
                key: 'takenAt',
                render: (at: string) => <time dateTime={at}>{formatTime(at)}</time>,
              },
              {
                title: t('segments.col.count'),
                dataIndex: 'memberCount',
                key: 'memberCount',
                align: 'right',
                render: (n: number) => t('segments.people', { n: n.toLocaleString() }),
              },
              { title: t('segments.col.takenBy'), dataIndex: 'takenBy', key: 'takenBy', responsive: ['sm'] },
            ]}
          />
        </>
      )}
    </Card>
  );
}
