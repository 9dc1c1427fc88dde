import { Form, Input, Select } from 'antd';
import type { TaskKind, TaskSource } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';

export const SOURCES: readonly TaskSource[] = [
  'PETITION',
  'COUNCIL',
  'MEETING',
  'FIELD_DIALOGUE',
  'PRESS',
  'INSTRUCTION',
  'PLEDGE',
  'AGENCY_SUGGESTION',
  'EPEOPLE_TRANSFER',
  'SELF',
];
export const KINDS: readonly TaskKind[] = ['SHORT_TERM', 'LONG_TERM'];
export const TEXT_FIELDS = [
  'resolutionMethod',
  'summary',
  'expectedEffect',
  'currentState',
  'improvementPlan',
] as const;

/** The recorded fields of a task, shared by the new-task form and the edit form (`withResult` adds 추진결과). */
export function TaskFields({ withResult = false }: { withResult?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="title" label={t('tasks.field.title')} rules={[{ required: true, max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="source" label={t('tasks.field.source')} rules={[{ required: true }]}>
        <Select options={SOURCES.map((s) => ({ value: s, label: t(`tasks.source.${s}`) }))} />
      </Form.Item>
      <Form.Item name="kind" label={t('tasks.field.kind')} rules={[{ required: true }]}>
        <Select options={KINDS.map((k) => ({ value: k, label: t(`tasks.kind.${k}`) }))} />
      </Form.Item>
      {[...TEXT_FIELDS, ...(withResult ? (['result'] as const) : [])].map((name) => (
        <Form.Item key={name} name={name} label={t(`tasks.field.${name}`)}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={name === 'resolutionMethod' ? 1000 : 4000}
          />
        </Form.Item>
      ))}
    </>
  );
}
