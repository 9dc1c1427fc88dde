import { useMutation } from '@apollo/client/react';
import { Alert, App, Form, Input, Modal, Typography, type FormInstance } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  CUSTOM_FIELDS,
  CUSTOMIZABLE,
  CustomFieldsSection,
  customFieldPath,
  customFieldsPatch,
  formValuesOf,
  useCustomFieldDefinitions,
  type CustomFieldFormValues,
} from '../customization/fields';
import { errorCode, errorField, errorMessage } from '../graphql';
import { useI18n } from '../i18n';
import { DepartmentSelect } from './DepartmentSelect';
import { subtreeIds } from './tree';
import { CREATE_DEPARTMENT, DEPARTMENTS_QUERY, UPDATE_DEPARTMENT, type Department } from './queries';

const NAME_MAX = 100;
const CODE_MAX = 50;
const CODE_PATTERN = /^[A-Za-z0-9_-]+$/;

interface CreateValues {
  name: string;
  code: string;
  parentId?: string;
  [CUSTOM_FIELDS]?: CustomFieldFormValues;
}

const REFETCH = { refetchQueries: [DEPARTMENTS_QUERY], awaitRefetchQueries: true };

/**
 * Shows an API error where it belongs: next to the field the API names (`extensions.field`, e.g. a
 * taken sibling name or code), otherwise above the buttons. Returns the text for a toast.
 */
function useServerError<T extends object>(form: FormInstance<T>, fields: readonly string[]) {
  const { lang } = useI18n();
  const [serverError, setServerError] = useState<string | null>(null);
  const report = (e: unknown): string => {
    const text = errorMessage(e, lang);
    const field =
      errorField(e) ?? (errorCode(e) === 'CONFLICT' ? fields.find((f) => f === 'code') : undefined);
    const customPath = customFieldPath(field);
    if (customPath) form.setFields([{ name: customPath as never, errors: [text] }]);
    else if (field && fields.includes(field)) form.setFields([{ name: field as never, errors: [text] }]);
    else setServerError(text);
    return text;
  };
  const clear = useCallback(() => setServerError(null), []);
  return { serverError, clear, report };
}

function ServerError({ text }: { text: string | null }) {
  return text ? <Alert type="error" showIcon role="alert" title={text} /> : null;
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
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const server = useServerError(form, ['name', 'code', 'parentId']);
  const clearServerError = server.clear;
  const [create, { loading }] = useMutation(CREATE_DEPARTMENT, REFETCH);
  const parentChoice = departments.find((d) => d.id === defaultParentId && d.active)?.id;
  const custom = useCustomFieldDefinitions(CUSTOMIZABLE.department);
  const definitions = custom.definitions;

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ parentId: parentChoice, [CUSTOM_FIELDS]: formValuesOf(definitions) });
      clearServerError();
    }
  }, [open, parentChoice, form, clearServerError, definitions]);

  const submit = async () => {
    let values: CreateValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // field errors are shown next to the fields
    }
    server.clear();
    const customFields = customFieldsPatch(definitions, values[CUSTOM_FIELDS]);
    try {
      const result = await create({
        variables: {
          input: {
            name: values.name.trim(),
            code: values.code.trim(),
            ...(values.parentId ? { parentId: values.parentId } : {}),
            ...(customFields ? { customFields } : {}),
          },
        },
      });
      const created = result.data?.createDepartment;
      message.success(t('departments.created', { name: created?.name ?? values.name }));
      if (created) onCreated(created);
      onClose();
    } catch (e) {
      message.error(server.report(e));
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
        <CustomFieldsSection definitions={definitions} error={custom.error} onRetry={custom.refetch} />
        {/* lets Enter in a text field submit the form */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
        <ServerError text={server.serverError} />
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
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const server = useServerError(form, ['name']);
  const clearServerError = server.clear;
  const [update, { loading }] = useMutation(UPDATE_DEPARTMENT, REFETCH);

  useEffect(() => {
    if (department) {
      form.resetFields();
      form.setFieldsValue({ name: department.name });
      clearServerError();
    }
  }, [department, form, clearServerError]);

  const submit = async () => {
    if (!department) return;
    let values: { name: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    server.clear();
    try {
      const result = await update({ variables: { input: { id: department.id, name: values.name.trim() } } });
      message.success(t('departments.renamed', { name: result.data?.updateDepartment.name ?? values.name }));
      onClose();
    } catch (e) {
      message.error(server.report(e));
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
        <ServerError text={server.serverError} />
      </Form>
    </Modal>
  );
}

/** Picks a new parent (empty = top level) outside the department's own subtree; the API guards cycles too. */
export function MoveDepartmentModal({
  department,
  departments,
  onClose,
}: {
  department: Department | null;
  departments: readonly Department[];
  onClose(): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ parentId?: string }>();
  const server = useServerError(form, ['parentId']);
  const clearServerError = server.clear;
  const [update, { loading }] = useMutation(UPDATE_DEPARTMENT, REFETCH);
  const targets = useMemo(() => {
    if (!department) return [];
    const inside = subtreeIds(department.id, departments);
    return departments.filter((d) => !inside.has(d.id));
  }, [department, departments]);

  useEffect(() => {
    if (department) {
      form.resetFields();
      form.setFieldsValue({ parentId: department.parentId ?? undefined });
      clearServerError();
    }
  }, [department, form, clearServerError]);

  const submit = async () => {
    if (!department) return;
    let values: { parentId?: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    server.clear();
    const parentId = values.parentId ?? null;
    try {
      const result = await update({ variables: { input: { id: department.id, parentId } } });
      const moved = result.data?.updateDepartment;
      const parent = departments.find((d) => d.id === moved?.parentId);
      message.success(
        parent
          ? t('departments.moved', { name: department.name, parent: parent.name })
          : t('departments.movedTop', { name: department.name }),
      );
      onClose();
    } catch (e) {
      message.error(server.report(e));
    }
  };

  return (
    <Modal
      open={department !== null}
      title={department ? t('departments.moveTitle', { name: department.name }) : t('departments.move')}
      okText={t('departments.move')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={loading}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={submit} name="move-department">
        <Typography.Paragraph type="secondary">{t('departments.moveHint')}</Typography.Paragraph>
        <Form.Item
          label={t('departments.newParent')}
          name="parentId"
          extra={t('departments.moveTopLevel')}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                department && (value ?? null) === department.parentId
                  ? Promise.reject(new Error(t('departments.sameParent')))
                  : Promise.resolve(),
            },
          ]}
        >
          <DepartmentSelect departments={targets} placeholder={t('departments.parentNone')} />
        </Form.Item>
        <ServerError text={server.serverError} />
      </Form>
    </Modal>
  );
}
