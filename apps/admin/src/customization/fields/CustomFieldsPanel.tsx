import { Alert, App, Button, Form, Modal } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { errorField, errorMessage } from '../../graphql';
import { useI18n } from '../../i18n';
import {
  CUSTOM_FIELDS,
  CustomFieldsDetails,
  CustomFieldsSection,
  useCustomFieldDefinitions,
} from './CustomFieldsSection';
import { customFieldsPatch, formValuesOf, type FormValues } from './values';

/** The form path of an API error's field (`customFields.<key>` → `['customFields', key]`), else null. */
export function customFieldPath(apiField: string | undefined): [string, string] | null {
  const match = /^customFields\.(.+)$/.exec(apiField ?? '');
  return match ? [CUSTOM_FIELDS, match[1]] : null;
}

/**
 * A record's custom fields on its detail page: their values, and — for a caller who may edit one of them —
 * a dialog with the shared form section that saves a PATCH of what changed (`save`: the record's own
 * mutation). The API's refusal of a value lands next to its input.
 */
export function CustomFieldsPanel({
  entity,
  values,
  recordLabel,
  editable,
  save,
}: {
  entity: string;
  values: unknown;
  recordLabel: string;
  /** Whether the caller may write the record at all (the fields' own edit roles are checked as well). */
  editable: boolean;
  save: (patch: Record<string, unknown>) => Promise<unknown>;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { definitions, error, refetch } = useCustomFieldDefinitions(entity);
  const [form] = Form.useForm<{ [CUSTOM_FIELDS]: FormValues }>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const initial = useMemo(() => formValuesOf(definitions, values), [definitions, values]);
  const mayEdit = editable && definitions.some((d) => d.canEdit);

  const start = () => {
    form.resetFields();
    form.setFieldsValue({ [CUSTOM_FIELDS]: initial });
    setProblem(null);
    setOpen(true);
  };

  const submit = async () => {
    let entered: { [CUSTOM_FIELDS]: FormValues };
    try {
      entered = await form.validateFields();
    } catch {
      return; // shown next to the fields
    }
    const patch = customFieldsPatch(definitions, entered[CUSTOM_FIELDS], initial);
    if (!patch) return setOpen(false);
    setSaving(true);
    setProblem(null);
    try {
      await save(patch);
      message.success(t('cfields.panel.saved', { name: recordLabel }));
      setOpen(false);
    } catch (e) {
      const text = errorMessage(e, lang);
      const path = customFieldPath(errorField(e));
      if (path) form.setFields([{ name: path as never, errors: [text] }]);
      else setProblem(text);
    } finally {
      setSaving(false);
    }
  };

  if (!definitions.length && !error) return null;
  return (
    <div className="pcrm-cf-panel" data-testid="custom-fields-panel">
      <CustomFieldsDetails definitions={definitions} values={values} error={error} />
      {mayEdit && (
        <Button icon={<EditOutlined aria-hidden />} onClick={start} data-testid="custom-fields-edit">
          {t('cfields.panel.edit')}
        </Button>
      )}
      <Modal
        open={open}
        title={t('cfields.panel.title', { name: recordLabel })}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={submit}
        onCancel={() => setOpen(false)}
        confirmLoading={saving}
        width={760}
        forceRender
      >
        <Form form={form} layout="vertical" name={`custom-fields-${entity}`} requiredMark>
          <CustomFieldsSection definitions={definitions} error={error} onRetry={refetch} />
          {problem && <Alert type="error" showIcon role="alert" title={problem} />}
        </Form>
      </Modal>
    </div>
  );
}
