import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, App as AntApp, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { mayRun, useAuth } from '../auth';
import { useDateFormat } from '../charts/format';
import { errorMessage } from '../graphql';
import type { VocDetailQuery } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import { toInstant } from '../customers/datetime';
import { DueTag } from './labels';
import {
  VocClassificationFields,
  classificationInput,
  type ClassificationValues,
  type CurrentClassification,
} from './VocClassificationFields';
import {
  REQUEST_VOC_COOPERATION,
  TRANSITION_VOC,
  VOC_ACTIONS_QUERY,
  VOC_DEPARTMENTS_QUERY,
  VOC_STAFF_QUERY,
} from './queries';

type Case = NonNullable<VocDetailQuery['voc']>;

/** The form fields of a transition; `department` and `officer` become ids. */
interface Values extends ClassificationValues {
  comment?: string;
  reason?: string;
  departmentId?: string;
  officerId?: string;
  answer?: string;
  agency?: string;
  newDueAt?: string;
  departmentIds?: string[];
}

interface Step {
  event: string;
  labelKo: string;
  labelEn: string;
  requires: string[];
}

/**
 * The case's lifecycle actions: one button per transition the API allows now, each asking in a dialog for what
 * that transition requires, and the cooperating departments with the 협조 요청 button.
 */
export function VocActions({ voc, onChanged }: { voc: Case; onChanged: () => Promise<unknown> }) {
  const { t, lang } = useI18n();
  const { session } = useAuth();
  const roles = session?.roles ?? [];
  const mayTransition = mayRun(roles, 'transitionVoc');
  const actions = useQuery(VOC_ACTIONS_QUERY, {
    variables: { id: voc.id },
    skip: !mayTransition || !mayRun(roles, 'vocAvailableTransitions'),
    fetchPolicy: 'cache-and-network',
  });
  const [open, setOpen] = useState<Step | 'COOPERATION' | null>(null);
  const steps = actions.data?.vocAvailableTransitions ?? [];
  const refresh = () => Promise.all([onChanged(), actions.refetch()]);

  return (
    <Space vertical size="middle" style={{ width: '100%' }}>
      {!mayTransition ? (
        <p className="pcrm-muted">{t('voc.actions.readOnly')}</p>
      ) : actions.error ? (
        <Alert type="error" showIcon title={errorMessage(actions.error, lang)} />
      ) : (
        <Space wrap data-testid="voc-action-buttons">
          {steps.map((step) => (
            <Button key={step.event} onClick={() => setOpen(step)}>
              {lang === 'en' ? step.labelEn : step.labelKo}
            </Button>
          ))}
          {!actions.loading && steps.length === 0 && <p className="pcrm-muted">{t('voc.actions.none')}</p>}
        </Space>
      )}
      <Cooperations
        voc={voc}
        mayRequest={mayRun(roles, 'requestVocCooperation') && steps.length > 0}
        onRequest={() => setOpen('COOPERATION')}
      />
      <p className="pcrm-muted">{t('voc.detail.workflowVersion', { version: voc.workflowVersion })}</p>
      {open && (
        <ActionDialog
          voc={voc}
          step={open}
          onClose={() => setOpen(null)}
          onDone={async () => {
            setOpen(null);
            await refresh();
          }}
          onStale={refresh}
        />
      )}
    </Space>
  );
}

function Cooperations({
  voc,
  mayRequest,
  onRequest,
}: {
  voc: Case;
  mayRequest: boolean;
  onRequest: () => void;
}) {
  const { t } = useI18n();
  const formatDateTime = useDateFormat(true);
  return (
    <section aria-labelledby="voc-coop-title" data-testid="voc-cooperations">
      <h3 id="voc-coop-title" className="pcrm-filter-label">
        {t('voc.coop.title')}
      </h3>
      {voc.children.length === 0 ? (
        <p className="pcrm-muted">{t('voc.coop.empty')}</p>
      ) : (
        <ul className="pcrm-voc-coop">
          {voc.children.map((child) => (
            <li key={child.id}>
              <Link to={`../${child.id}`} relative="path">
                {child.department?.name ?? child.receiptNo}
              </Link>{' '}
              · {child.statusLabel} · {t('voc.coop.due', { due: formatDateTime(child.deadlines.dueAt) })}{' '}
              <DueTag state={child.deadlines.state} />
            </li>
          ))}
        </ul>
      )}
      {mayRequest && <Button onClick={onRequest}>{t('voc.coop.request')}</Button>}
    </section>
  );
}

const FIELD_OF: Record<string, keyof Values> = {
  comment: 'comment',
  reason: 'reason',
  department: 'departmentId',
  officer: 'officerId',
  answer: 'answer',
  agency: 'agency',
  newDueAt: 'newDueAt',
};

/** The server's BAD_USER_INPUT names `input.<field>`: that field's form item shows the message. */
function fieldOf(error: unknown): keyof Values | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const field = error.errors[0]?.extensions?.field;
  if (typeof field !== 'string') return null;
  const name = field.replace(/^input\./, '') as keyof Values;
  return name;
}

function isConflict(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'CONFLICT');
}

function ActionDialog({
  voc,
  step,
  onClose,
  onDone,
  onStale,
}: {
  voc: Case;
  step: Step | 'COOPERATION';
  onClose: () => void;
  onDone: () => Promise<void>;
  onStale: () => Promise<unknown>;
}) {
  const { t, lang } = useI18n();
  const { session } = useAuth();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const cooperation = step === 'COOPERATION';
  const requires = cooperation ? [] : step.requires;
  const assigning = requires.includes('department');
  const departmentId = Form.useWatch('departmentId', form);
  const roles = session?.roles ?? [];
  const departments = useQuery(VOC_DEPARTMENTS_QUERY, {
    skip: !(assigning || cooperation) || !mayRun(roles, 'departments'),
  });
  const staff = useQuery(VOC_STAFF_QUERY, {
    variables: { departmentId },
    skip: !assigning || !departmentId || !mayRun(roles, 'staff'),
  });
  const [transition, transitioned] = useMutation(TRANSITION_VOC);
  const [cooperate, cooperated] = useMutation(REQUEST_VOC_COOPERATION);
  const [problem, setProblem] = useState<unknown>(null);
  const title = cooperation ? t('voc.coop.request') : lang === 'en' ? step.labelEn : step.labelKo;
  const classification: CurrentClassification = {
    kind: voc.kind,
    periodVariant: voc.periodVariant,
    handlingClass: voc.handlingClass,
    categoryCode: voc.categoryCode,
  };

  const departmentOptions = (departments.data?.departments ?? [])
    .filter((d) => d.active && !(cooperation && d.id === voc.department?.id))
    .map((d) => ({ value: d.id, label: d.name }));
  const required = (key: MessageKey) => [
    { required: true, whitespace: true, message: t('voc.required', { field: t(key) }) },
  ];
  const text = (name: keyof Values, key: MessageKey, rows = 2): ReactNode => (
    <Form.Item key={name} name={name} label={t(key)} rules={required(key)}>
      <Input.TextArea autoSize={{ minRows: rows, maxRows: 8 }} maxLength={4000} />
    </Form.Item>
  );
  const fields: Record<string, () => ReactNode> = {
    comment: () => text('comment', 'voc.actions.field.comment'),
    reason: () => text('reason', 'voc.actions.field.reason'),
    answer: () => text('answer', 'voc.actions.field.answer', 5),
    agency: () => (
      <Form.Item
        key="agency"
        name="agency"
        label={t('voc.actions.field.agency')}
        rules={required('voc.actions.field.agency')}
      >
        <Input maxLength={200} />
      </Form.Item>
    ),
    newDueAt: () => (
      <Form.Item
        key="newDueAt"
        name="newDueAt"
        label={t('voc.actions.field.newDueAt')}
        rules={required('voc.actions.field.newDueAt')}
      >
        <Input type="datetime-local" />
      </Form.Item>
    ),
    department: () => (
      <Form.Item
        key="departmentId"
        name="departmentId"
        label={t('voc.actions.field.department')}
        rules={[{ required: true, message: t('voc.required', { field: t('voc.actions.field.department') }) }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={departmentOptions}
          loading={departments.loading}
          onChange={() => form.setFieldValue('officerId', undefined)}
        />
      </Form.Item>
    ),
    // An assignment may name the officer; a transition that requires one makes it mandatory.
    officer: () => (
      <Form.Item
        key="officerId"
        name="officerId"
        label={t(
          requires.includes('officer') ? 'voc.actions.field.officer' : 'voc.actions.field.officerOptional',
        )}
        rules={
          requires.includes('officer')
            ? [{ required: true, message: t('voc.required', { field: t('voc.actions.field.officer') }) }]
            : []
        }
      >
        <Select
          allowClear
          disabled={!departmentId}
          loading={staff.loading}
          showSearch={{ optionFilterProp: 'label' }}
          options={(staff.data?.staff.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
        />
      </Form.Item>
    ),
  };
  const shown = cooperation
    ? []
    : [
        ...requires.filter((r) => r !== 'officer'),
        ...(assigning || requires.includes('officer') ? ['officer'] : []),
      ];

  const submit = async (v: Values) => {
    setProblem(null);
    try {
      if (cooperation) {
        const res = await cooperate({
          variables: {
            input: {
              vocId: voc.id,
              departmentIds: v.departmentIds ?? [],
              comment: v.comment?.trim() || null,
              expectedVersion: voc.version,
            },
          },
        });
        message.success(t('voc.coop.requested', { count: res.data?.requestVocCooperation.length ?? 0 }));
      } else {
        await transition({
          variables: {
            id: voc.id,
            event: step.event,
            expectedVersion: voc.version,
            input: {
              comment: v.comment?.trim() || null,
              reason: v.reason?.trim() || null,
              answer: v.answer?.trim() || null,
              agency: v.agency?.trim() || null,
              departmentId: v.departmentId ?? null,
              officerId: v.officerId ?? null,
              newDueAt: v.newDueAt ? toInstant(v.newDueAt) : null,
              ...classificationInput(v, classification),
            },
          },
        });
        message.success(t('voc.actions.done', { label: title }));
      }
      await onDone();
    } catch (error) {
      const field = fieldOf(error);
      if (field && shown.some((r) => FIELD_OF[r] === field) && !isConflict(error))
        form.setFields([{ name: field, errors: [errorMessage(error, lang)] }]);
      else setProblem(error);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={title}
      cancelText={t('common.cancel')}
      confirmLoading={transitioned.loading || cooperated.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark>
        {shown.length === 0 && !cooperation && <p>{t('voc.actions.confirm')}</p>}
        {shown.map((r) => fields[r]?.())}
        {assigning && <VocClassificationFields form={form} current={classification} />}
        {cooperation && (
          <>
            <Form.Item
              name="departmentIds"
              label={t('voc.coop.departments')}
              rules={[
                { required: true, message: t('voc.required', { field: t('voc.coop.departments') }) },
                { type: 'array', max: 10, message: t('voc.coop.departments') },
              ]}
            >
              <Select
                mode="multiple"
                showSearch={{ optionFilterProp: 'label' }}
                options={departmentOptions}
                loading={departments.loading}
              />
            </Form.Item>
            <Form.Item name="comment" label={t('voc.coop.comment')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          </>
        )}
        {Boolean(problem) && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorMessage(problem, lang)}
            action={
              isConflict(problem) ? (
                <Button size="small" onClick={() => void onStale().then(onClose)}>
                  {t('voc.actions.reload')}
                </Button>
              ) : undefined
            }
          />
        )}
      </Form>
    </Modal>
  );
}
