import { EyeInvisibleOutlined, GlobalOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Descriptions, Progress, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { mayRun } from '../auth/roles';
import { useAuth } from '../auth';
import { errorMessage } from '../graphql';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { RegionTable } from '../layout/RegionTable';
import { ToneTag } from '../layout/ToneTag';
import './task-disclosure.css';
import { SET_TASK_PUBLIC, TASK_PUBLIC_PREVIEW, type PublicStep } from './queries';

const pct = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)}%`;

/**
 * "공개 미리보기": the public page of a task as residents will see it (the API's own public view), what blocks
 * publishing, and the publish / unpublish button. Embeddable in the task detail: `<TaskPublicPreviewPanel taskId=… />`.
 */
export function TaskPublicPreviewPanel({ taskId, tenantCode }: { taskId: string; tenantCode?: string }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { session } = useAuth();
  const { data, loading, error, refetch } = useQuery(TASK_PUBLIC_PREVIEW, { variables: { id: taskId } });
  const [setPublic, { loading: saving }] = useMutation(SET_TASK_PUBLIC);
  const may = mayRun(session?.roles ?? [], 'setTaskPublic');

  if (error) return <LoadErrorAlert error={error} onRetry={refetch} />;
  const preview = data?.taskPublicPreview;
  if (!preview) return <Card loading={loading} />;
  const { view, problems } = preview;

  const toggle = async () => {
    try {
      await setPublic({
        variables: { id: taskId, public: !preview.isPublic, expectedVersion: preview.version },
      });
      message.success(t(preview.isPublic ? 'taskPublic.unpublished' : 'taskPublic.published'));
    } catch (e) {
      message.error(errorMessage(e, lang));
    }
    await refetch();
  };

  const columns: TableColumnsType<PublicStep> = [
    { title: t('taskPublic.col.position'), dataIndex: 'position', width: 70 },
    {
      title: t('taskPublic.col.name'),
      key: 'name',
      render: (_, s) => (
        <Space vertical size={0}>
          <span>{s.name}</span>
          {s.note && <Typography.Text type="secondary">{s.note}</Typography.Text>}
        </Space>
      ),
    },
    { title: t('taskPublic.col.weight'), key: 'weight', width: 90, render: (_, s) => `${s.weight}%` },
    {
      title: t('taskPublic.col.planned'),
      key: 'planned',
      width: 100,
      render: (_, s) => t('taskPublic.days', { days: s.plannedDays }),
    },
    {
      title: t('taskPublic.col.actual'),
      key: 'actual',
      width: 100,
      render: (_, s) => (s.actualDays === null ? '-' : t('taskPublic.days', { days: s.actualDays })),
    },
    { title: t('taskPublic.col.progress'), key: 'progress', width: 90, render: (_, s) => `${s.progress}%` },
    {
      title: t('taskPublic.col.status'),
      key: 'status',
      width: 130,
      render: (_, s) => (
        <Space size={4} wrap>
          <span>{s.statusKo}</span>
          {s.overdue && <ToneTag tone="bad">{t('taskPublic.overdue')}</ToneTag>}
        </Space>
      ),
    },
  ];

  return (
    <Space vertical size={16} style={{ width: '100%' }}>
      <Card>
        <Space wrap size={12} align="center">
          <ToneTag tone={preview.isPublic ? 'good' : 'quiet'}>
            {t(preview.isPublic ? 'taskPublic.state.public' : 'taskPublic.state.private')}
          </ToneTag>
          {may && (
            <Button
              type={preview.isPublic ? 'default' : 'primary'}
              icon={preview.isPublic ? <EyeInvisibleOutlined aria-hidden /> : <GlobalOutlined aria-hidden />}
              loading={saving}
              disabled={!preview.isPublic && problems.length > 0}
              onClick={() => void toggle()}
            >
              {t(preview.isPublic ? 'taskPublic.unpublish' : 'taskPublic.publish')}
            </Button>
          )}
          {preview.isPublic && tenantCode && (
            <a
              href={`/r/${tenantCode}/tasks/${encodeURIComponent(preview.managementNo)}`}
              target="_blank"
              rel="noreferrer"
            >
              {t('taskPublic.openPublic')}
            </a>
          )}
        </Space>
      </Card>
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('taskPublic.problems', { count: problems.length })}
          description={
            <ul className="pcrm-task-public-problems">
              {problems.map((p) => (
                <li key={`${p.field}-${p.kind}`}>{lang === 'en' ? p.messageEn : p.messageKo}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <Alert type="success" showIcon title={t('taskPublic.noProblems')} />
      )}
      <Card title={view.title} aria-label={t('taskPublic.previewLabel')}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
          <Descriptions.Item label={t('taskPublic.managementNo')}>{view.managementNo}</Descriptions.Item>
          <Descriptions.Item label={t('taskPublic.status')}>{view.statusKo}</Descriptions.Item>
          <Descriptions.Item label={t('taskPublic.updatedAt')}>
            {new Date(String(view.updatedAt)).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB')}
          </Descriptions.Item>
          {view.compliance !== null && (
            <Descriptions.Item label={t('taskPublic.compliance')}>{pct(view.compliance)}</Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Text strong id={`task-progress-${taskId}`}>
          {t('taskPublic.progress')}
        </Typography.Text>
        <Progress
          percent={view.progress}
          format={(p) => pct(p ?? 0)}
          aria-labelledby={`task-progress-${taskId}`}
        />
        {view.summary && (
          <>
            <Typography.Title level={2} className="pcrm-task-public-h">
              {t('taskPublic.summary')}
            </Typography.Title>
            <Typography.Paragraph className="pcrm-task-public-text">{view.summary}</Typography.Paragraph>
          </>
        )}
        <Typography.Title level={2} className="pcrm-task-public-h">
          {t('taskPublic.plan')}
        </Typography.Title>
        {view.steps.length ? (
          <RegionTable<PublicStep>
            regionLabel={t('taskPublic.plan')}
            rowKey="position"
            columns={columns}
            dataSource={view.steps}
          />
        ) : (
          <Typography.Paragraph>{t('taskPublic.noPlan')}</Typography.Paragraph>
        )}
        {view.result && (
          <>
            <Typography.Title level={2} className="pcrm-task-public-h">
              {t('taskPublic.result')}
            </Typography.Title>
            <Typography.Paragraph className="pcrm-task-public-text">{view.result}</Typography.Paragraph>
          </>
        )}
        {view.impossibleReason && (
          <>
            <Typography.Title level={2} className="pcrm-task-public-h">
              {t('taskPublic.impossibleReason')}
            </Typography.Title>
            <Typography.Paragraph className="pcrm-task-public-text">
              {view.impossibleReason}
            </Typography.Paragraph>
          </>
        )}
      </Card>
    </Space>
  );
}
