import { useQuery } from '@apollo/client/react';
import { Alert, App as AntApp, Form, Modal, Select, type FormInstance, type FormItemProps } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useAuth, mayRun } from '../auth';
import { errorMessage } from '../graphql';
import { useI18n } from '../i18n';
import { SS_DEPARTMENTS_QUERY } from './queries';

/** The tenant's departments: names by id and the active ones as select options. */
export function useDepartments() {
  const { data } = useQuery(SS_DEPARTMENTS_QUERY);
  return useMemo(() => {
    const all = data?.departments ?? [];
    const names = new Map(all.map((d) => [d.id, d.name]));
    return {
      nameOf: (id: string) => names.get(id) ?? id,
      options: all.filter((d) => d.active).map((d) => ({ value: d.id, label: d.name })),
    };
  }, [data]);
}

/** A form field that must be filled, with the screens' one "required" message. */
export function RequiredItem(props: Omit<FormItemProps, 'rules'>) {
  const { t } = useI18n();
  return <Form.Item {...props} rules={[{ required: true, message: t('ss.required') }]} />;
}

export function DepartmentField({ name = 'departmentId', label }: { name?: string; label: string }) {
  const { options } = useDepartments();
  return (
    <RequiredItem name={name} label={label}>
      <Select showSearch={{ optionFilterProp: 'label' }} options={options} />
    </RequiredItem>
  );
}

/** Whether the signed-in user may run `operation` (the API's access map decides). */
export function useMay(operation: Parameters<typeof mayRun>[1]): boolean {
  const { session } = useAuth();
  return mayRun(session?.roles ?? [], operation);
}

/**
 * A button-opened modal form: submits through `onSubmit`, shows the API's refusal (Korean or English) above
 * the fields and keeps the modal open until the save succeeds.
 */
export function FormModal<V extends object>({
  title,
  open,
  onClose,
  onSubmit,
  initialValues,
  children,
}: {
  title: string;
  open: boolean;
  onClose(): void;
  onSubmit(values: V): Promise<unknown>;
  initialValues?: Partial<V>;
  children: (form: FormInstance<V>) => ReactNode;
}) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const close = () => {
    setError(null);
    onClose();
  };
  const submit = async (values: V) => {
    setSaving(true);
    setError(null);
    try {
      await onSubmit(values);
      void message.success(t('ss.saved'));
      close();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={t('ss.save')}
      cancelText={t('ss.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      {error !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorMessage(error, lang)}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => void submit(v)}
        preserve={false}
      >
        {children(form)}
      </Form>
    </Modal>
  );
}

export const oneDecimal = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : (Math.round(v * 10) / 10).toFixed(1);
