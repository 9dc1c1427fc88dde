import { useMutation } from '@apollo/client/react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { errorCode, errorMessage } from '../graphql';
import { useI18n } from '../i18n';
import { DepartmentSelect } from './DepartmentSelect';
import { CREATE_DEPARTMENT, DEPARTMENTS_QUERY, UPDATE_DEPARTMENT, type Department } from './queries';

const NAME_MAX = 100;
const CODE_MAX = 50;
const CODE_PATTERN = /^[A-Za-z0-9_-]+$/;

interface CreateValues {
  name: string;
  code: string;
  parentId?: string;
}

export function CreateDepartmentModal({
  open,
  departments,
  defaultParentId,
  onClose,
  onCreated,
}: {
  open: boolean;
  departments: readonly Department[];
  defaultParentId?: string;
  onClose(): void;
  onCreated(department: Department): void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const [serverError, setServerError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CREATE_DEPARTMENT, {
    refetchQueries: [DEPARTMENTS_QUERY],
    awaitRefetchQueries: true,
  });

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ parentId: defaultParentId });
      setServerError(null);
    }
  }, [open, defaultParentId, form]);

  const submit = async () => {
    let values: CreateValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // field errors are shown next to the fields
    }
    setServerError(null);
    try {
      const result = await create({
        variables: {
          input: {
            name: values.name.trim(),
            code: values.code.trim(),
            ...(values.parentId ? { parentId: values.parentId } : {}),
          },
        },
      });
      const created = result.data?.createDepartment;
      message.success(t('departments.created', { name: created?.name ?? values.name }));
      if (created) onCreated(created);
      onClose();
    } catch (e) {
      const text = errorMessage(e, lang);
      message.error(text);
      // A taken code belongs next to the code field; anything else is shown above the buttons.
      if (errorCode(e) === 'CONFLICT') form.setFields([{ name: 'code', errors: [text] }]);
      else setServerError(text);
    }
  };

  return (
    <Modal
      open={open}
      title={t('departments.add')}
      okText={t('departments.add')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={loading}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark onFinish={submit} name="create-department">
        <Form.Item
          label={t('departments.name')}
          name="name"
          rules={[
            { required: true, whitespace: true, message: t('departments.nameRequired') },
            { max: NAME_MAX, message: t('departments.nameMax', { n: NAME_MAX }) },
          ]}
        >
          <Input autoFocus maxLength={NAME_MAX} showCount autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('departments.code')}
          name="code"
          rules={[
            { required: true, whitespace: true, message: t('departments.codeRequired') },
            { pattern: CODE_PATTERN, message: t('departments.codeFormat') },
            { max: CODE_MAX, message: t('departments.codeMax', { n: CODE_MAX }) },
          ]}
        >
          <Input maxLength={CODE_MAX} showCount autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item label={t('departments.parent')} name="parentId">
          <DepartmentSelect departments={departments} placeholder={t('departments.parentPlaceholder')} />
        </Form.Item>
        {/* lets Enter in a text field submit the form */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
        {serverError && <Alert type="error" showIcon role="alert" title={serverError} />}
      </Form>
    </Modal>
  );
}

export function RenameDepartmentModal({
  department,
  onClose,
}: {
  department: Department | null;
  onClose(): void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const [serverError, setServerError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_DEPARTMENT, {
    refetchQueries: [DEPARTMENTS_QUERY],
    awaitRefetchQueries: true,
  });

  useEffect(() => {
    if (department) {
      form.setFieldsValue({ name: department.name });
      setServerError(null);
    }
  }, [department, form]);

  const submit = async () => {
    if (!department) return;
    let values: { name: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setServerError(null);
    try {
      const result = await update({ variables: { input: { id: department.id, name: values.name.trim() } } });
      message.success(t('departments.renamed', { name: result.data?.updateDepartment.name ?? values.name }));
      onClose();
    } catch (e) {
      const text = errorMessage(e, lang);
      setServerError(text);
      message.error(text);
    }
  };

  return (
    <Modal
      open={department !== null}
      title={department ? `${t('departments.rename')} · ${department.name}` : t('departments.rename')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={loading}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={submit} name="rename-department">
        <Form.Item
          label={t('departments.newName')}
          name="name"
          rules={[
            { required: true, whitespace: true, message: t('departments.nameRequired') },
            { max: NAME_MAX, message: t('departments.nameMax', { n: NAME_MAX }) },
            {
              validator: (_, value: string | undefined) =>
                department && value?.trim() === department.name
                  ? Promise.reject(new Error(t('departments.sameName')))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input autoFocus maxLength={NAME_MAX} showCount autoComplete="off" />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
        {serverError && <Alert type="error" showIcon role="alert" title={serverError} />}
      </Form>
    </Modal>
  );
}
