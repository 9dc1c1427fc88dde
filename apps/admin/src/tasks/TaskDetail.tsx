import { ArrowLeftOutlined } from '@ant-design/icons';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import {
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Space,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '../auth';
import { mayRun } from '../auth/roles';
import { useDateFormat } from '../charts/format';
import { errorMessage } from '../graphql';
import type { TaskStepInput, UpdateTaskInput } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { PageHeader } from '../layout/PageHeader';
import { RegionTable } from '../layout/RegionTable';
import { ToneTag } from '../layout/ToneTag';
import { TaskPublicPreviewPanel } from '../task-disclosure';
import { PlanEditor } from './PlanEditor';
import { TaskFields, TEXT_FIELDS } from './TaskFields';
import { TaskProgress, TaskStatusTag } from './labels';
import {
  APPROVE_TASK_PLAN,
  LINK_TASK_VOC,
  SAVE_TASK_PLAN,
  TASK_DETAIL_QUERY,
  TRANSITION_TASK,
  UNLINK_TASK_VOC,
  UPDATE_TASK,
  VOC_BY_RECEIPT_NO,
  type TaskDetail,
  type TaskStepRow,
} from './queries';

const FINAL = ['COMPLETED', 'IMPOSSIBLE'];

/** /app/tasks/:id — the task, its action plan with the derived figures, actions, linked VOC items, history. */
export function TaskDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(TASK_DETAIL_QUERY, { variables: { id } });
  const task = data?.task;
  return (
    <>
      <PageHeader
        title={task ? task.title : t('tasks.detail.fields')}
        description={task ? `${task.managementNo} · ${task.departmentName}` : undefined}
        extra={
          <Link to=".." relative="path">
            <Button icon={<ArrowLeftOutlined />}>{t('tasks.detail.back')}</Button>
          </Link>
        }
      />
      {error && <LoadErrorAlert error={error} onRetry={() => refetch()} />}
      {task && <TaskView task={task} />}
    </>
  );
}

function TaskView({ task }: { task: TaskDetail }) {
  const { t, lang } = useI18n();
  const { session } = useAuth();
  const roles = session?.roles ?? [];
  const { message } = AntApp.useApp();
  const may = (op: Parameters<typeof mayRun>[1]) => mayRun(roles, op) && !FINAL.includes(task.status);
  const fail = (e: unknown) => message.error(errorMessage(e, lang));
  const [editing, setEditing] = useState(false);
  const [planning, setPlanning] = useState(false);
  const [update, updating] = useMutation(UPDATE_TASK);
  const [savePlan, saving] = useMutation(SAVE_TASK_PLAN);
  const [approve, approving] = useMutation(APPROVE_TASK_PLAN);
  const v = task.version;

  const onSavePlan = async (steps: TaskStepInput[]) => {
    try {
      await savePlan({ variables: { id: task.id, steps, expectedVersion: v } });
      setPlanning(false);
      message.success(t('tasks.detail.saved'));
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Space vertical size="large" style={{ width: '100%' }}>
      <Card
        title={t('tasks.detail.fields')}
        extra={
          may('updateTask') && <Button onClick={() => setEditing(true)}>{t('tasks.detail.edit')}</Button>
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <TaskStatusTag status={task.status} labelKo={task.statusLabelKo} labelEn={task.statusLabelEn} />
          <ToneTag tone={task.planApprovedAt ? 'good' : 'neutral'}>
            {t(task.planApprovedAt ? 'tasks.plan.approved' : 'tasks.plan.notApproved')}
          </ToneTag>
        </Space>
        <div style={{ maxWidth: 480, marginBottom: 16 }}>
          <TaskProgress value={task.progress} />
        </div>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('tasks.field.source')}>
            {t(`tasks.source.${task.source}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.field.kind')}>{t(`tasks.kind.${task.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('tasks.field.department')}>{task.departmentName}</Descriptions.Item>
          <Descriptions.Item label={t('tasks.field.owner')}>{task.ownerName ?? '—'}</Descriptions.Item>
          {[...TEXT_FIELDS, 'result' as const].map((name) => (
            <Descriptions.Item key={name} label={t(`tasks.field.${name}`)} span={2}>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{task[name] ?? '—'}</Typography.Text>
            </Descriptions.Item>
          ))}
          {task.impossibleReason && (
            <Descriptions.Item label={t('tasks.field.impossibleReason')} span={2}>
              {task.impossibleReason}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      <Card
        title={t('tasks.plan.title')}
        extra={
          <Space wrap>
            {!planning && may('saveTaskPlan') && (
              <Button onClick={() => setPlanning(true)}>{t('tasks.plan.edit')}</Button>
            )}
            {!planning &&
              task.status === 'PLANNING' &&
              !task.planApprovedAt &&
              task.plan.weightTotal === 100 &&
              may('approveTaskPlan') && (
                <Button
                  type="primary"
                  loading={approving.loading}
                  onClick={() => approve({ variables: { id: task.id, expectedVersion: v } }).catch(fail)}
                >
                  {t('tasks.plan.approve')}
                </Button>
              )}
          </Space>
        }
      >
        {planning ? (
          <PlanEditor
            steps={task.plan.steps}
            saving={saving.loading}
            onSave={onSavePlan}
            onCancel={() => setPlanning(false)}
          />
        ) : (
          <PlanTable task={task} />
        )}
      </Card>

      <TaskActions task={task} onError={fail} />
      <TaskVocItems task={task} editable={may('linkTaskVoc')} onError={fail} />
      {mayRun(roles, 'taskPublicPreview') && <TaskPublicPreviewPanel taskId={task.id} />}
      <TaskHistory task={task} />

      <Modal
        open={editing}
        title={t('tasks.detail.edit')}
        okText={t('tasks.detail.save')}
        cancelText={t('tasks.detail.cancel')}
        confirmLoading={updating.loading}
        onCancel={() => setEditing(false)}
        okButtonProps={{ form: 'task-edit', htmlType: 'submit' }}
        destroyOnHidden
      >
        <Form<Omit<UpdateTaskInput, 'id' | 'expectedVersion'>>
          id="task-edit"
          layout="vertical"
          initialValues={task}
          onFinish={async (values) => {
            try {
              const { title, source, kind, result, ...rest } = values;
              const texts = Object.fromEntries(TEXT_FIELDS.map((k) => [k, rest[k] ?? null]));
              await update({
                variables: {
                  input: {
                    id: task.id,
                    expectedVersion: v,
                    title,
                    source,
                    kind,
                    result: result ?? null,
                    ...texts,
                  },
                },
              });
              setEditing(false);
              message.success(t('tasks.detail.saved'));
            } catch (e) {
              fail(e);
            }
          }}
        >
          <TaskFields withResult />
        </Form>
      </Modal>
    </Space>
  );
}

/** The plan as recorded, each step with its derived figures, and the task's totals. */
function PlanTable({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const { plan } = task;
  const columns: TableColumnsType<TaskStepRow> = [
    { title: t('tasks.step.position'), dataIndex: 'position', key: 'position', width: 60 },
    { title: t('tasks.step.name'), dataIndex: 'name', key: 'name' },
    { title: t('tasks.step.weight'), dataIndex: 'weight', key: 'weight', width: 90 },
    { title: t('tasks.step.plannedDays'), dataIndex: 'plannedDays', key: 'plannedDays', width: 100 },
    {
      title: t('tasks.step.actualDays'),
      key: 'actualDays',
      width: 100,
      render: (_, s) => s.actualDays ?? '—',
    },
    { title: t('tasks.step.progress'), dataIndex: 'progress', key: 'progress', width: 100 },
    {
      title: t('tasks.step.compliance'),
      key: 'compliance',
      width: 100,
      responsive: ['md'],
      render: (_, s) => s.compliance ?? '—',
    },
    { title: t('tasks.step.contribution'), dataIndex: 'contribution', key: 'contribution', width: 90 },
    {
      title: t('tasks.step.state'),
      key: 'state',
      width: 150,
      render: (_, s) => (
        <Space size={4} wrap>
          <ToneTag tone={s.status === 'DONE' ? 'good' : s.status === 'IN_PROGRESS' ? 'neutral' : 'quiet'}>
            {t(`tasks.step.${s.status}`)}
          </ToneTag>
          {s.overdue && <ToneTag tone="bad">{t('tasks.step.overdue')}</ToneTag>}
          {s.behind && <ToneTag tone="warn">{t('tasks.step.behind')}</ToneTag>}
        </Space>
      ),
    },
  ];
  return (
    <Space vertical size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <ToneTag tone={plan.weightTotal === 100 ? 'good' : 'warn'}>
          {t('tasks.plan.weights', { total: plan.weightTotal })}
        </ToneTag>
        {plan.compliance !== null && (
          <ToneTag tone="neutral">{t('tasks.plan.compliance', { value: plan.compliance })}</ToneTag>
        )}
        <Typography.Text type="secondary">{t('tasks.plan.asOf', { date: plan.asOf })}</Typography.Text>
      </Space>
      <RegionTable<TaskStepRow>
        regionLabel={t('tasks.plan.title')}
        rowKey="id"
        columns={columns}
        dataSource={plan.steps}
        locale={{ emptyText: <Empty description={t('tasks.plan.empty')} /> }}
      />
    </Space>
  );
}

/** The workflow's events the caller may take now; 처리불가 asks for its reason. */
function TaskActions({ task, onError }: { task: TaskDetail; onError(e: unknown): void }) {
  const { t, lang } = useI18n();
  const [move, moving] = useMutation(TRANSITION_TASK);
  const [asking, setAsking] = useState<TaskDetail['availableTransitions'][number] | null>(null);
  const [reason, setReason] = useState('');
  const take = async (event: string, impossibleReason?: string) => {
    try {
      await move({ variables: { id: task.id, event, expectedVersion: task.version, impossibleReason } });
      setAsking(null);
      setReason('');
    } catch (e) {
      onError(e);
    }
  };
  return (
    <Card title={t('tasks.actions.title')}>
      {task.availableTransitions.length === 0 ? (
        <Typography.Text type="secondary">{t('tasks.actions.none')}</Typography.Text>
      ) : (
        <Space wrap>
          {task.availableTransitions.map((a) => (
            <Button
              key={a.event}
              type={a.event === 'MARK_IMPOSSIBLE' ? 'default' : 'primary'}
              danger={a.event === 'MARK_IMPOSSIBLE'}
              loading={moving.loading}
              onClick={() => (a.requires.includes('impossibleReason') ? setAsking(a) : take(a.event))}
            >
              {lang === 'en' ? a.labelEn : a.labelKo}
            </Button>
          ))}
        </Space>
      )}
      <Modal
        open={asking !== null}
        title={asking ? (lang === 'en' ? asking.labelEn : asking.labelKo) : ''}
        okText={t('tasks.actions.confirm')}
        cancelText={t('tasks.detail.cancel')}
        okButtonProps={{ disabled: !reason.trim() }}
        confirmLoading={moving.loading}
        onOk={() => asking && take(asking.event, reason.trim())}
        onCancel={() => setAsking(null)}
      >
        <Form layout="vertical">
          <Form.Item label={t('tasks.actions.reason')} htmlFor="task-impossible-reason" required>
            <Input.TextArea
              id="task-impossible-reason"
              value={reason}
              maxLength={2000}
              autoSize={{ minRows: 3 }}
              onChange={(e) => setReason(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/** The VOC items the task gathers: receipt number, title and status only; link by receipt number. */
function TaskVocItems({
  task,
  editable,
  onError,
}: {
  task: TaskDetail;
  editable: boolean;
  onError(e: unknown): void;
}) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [receiptNo, setReceiptNo] = useState('');
  const [lookup] = useLazyQuery(VOC_BY_RECEIPT_NO, { fetchPolicy: 'network-only' });
  const [link, linking] = useMutation(LINK_TASK_VOC);
  const [unlink] = useMutation(UNLINK_TASK_VOC);
  const add = async () => {
    try {
      const found = (await lookup({ variables: { receiptNo: receiptNo.trim() } })).data?.vocByReceiptNo;
      if (!found) {
        message.warning(t('tasks.voc.notFound'));
        return;
      }
      await link({ variables: { id: task.id, vocId: found.id } });
      setReceiptNo('');
    } catch (e) {
      onError(e);
    }
  };
  return (
    <Card title={t('tasks.voc.title')}>
      {editable && (
        <Space.Compact style={{ marginBottom: 16, maxWidth: 420, width: '100%' }}>
          <Input
            aria-label={t('tasks.voc.receiptNo')}
            placeholder={t('tasks.voc.receiptNo')}
            value={receiptNo}
            onChange={(e) => setReceiptNo(e.target.value.toUpperCase())}
            onPressEnter={add}
          />
          <Button type="primary" loading={linking.loading} disabled={!receiptNo.trim()} onClick={add}>
            {t('tasks.voc.link')}
          </Button>
        </Space.Compact>
      )}
      <List
        dataSource={task.vocItems}
        locale={{ emptyText: t('tasks.voc.empty') }}
        renderItem={(voc) => (
          <List.Item
            actions={
              editable
                ? [
                    <Button
                      key="unlink"
                      type="link"
                      onClick={() => unlink({ variables: { id: task.id, vocId: voc.id } }).catch(onError)}
                    >
                      {t('tasks.voc.unlink')}
                    </Button>,
                  ]
                : []
            }
          >
            <Space vertical size={0}>
              <Link to={`/app/petitions/${voc.id}`}>{voc.title}</Link>
              <span className="pcrm-mono pcrm-muted">{voc.receiptNo}</span>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

function TaskHistory({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const formatDateTime = useDateFormat(true);
  return (
    <Card title={t('tasks.history.title')}>
      <List
        dataSource={task.transitions}
        locale={{ emptyText: t('tasks.history.empty') }}
        renderItem={(h) => (
          <List.Item>
            <Space wrap>
              <span>{formatDateTime(h.occurredAt)}</span>
              <strong>{h.event === 'APPROVE_PLAN' ? t('tasks.history.APPROVE_PLAN') : h.event}</strong>
              <span>
                {h.fromStatus ?? '—'} → {h.toStatus}
              </span>
              {h.actorName && <span>{h.actorName}</span>}
              {h.comment && <Typography.Text type="secondary">{h.comment}</Typography.Text>}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
