import { useMutation, useQuery } from '@apollo/client/react';
import { App as AntApp, Button, Card, Form } from 'antd';
import { useNavigate } from 'react-router-dom';
import { DepartmentSelect } from '../departments/DepartmentSelect';
import { DEPARTMENTS_QUERY } from '../departments/queries';
import { errorMessage } from '../graphql';
import type { CreateTaskInput } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { PageHeader } from '../layout/PageHeader';
import { TaskFields } from './TaskFields';
import { CREATE_TASK } from './queries';

/** 과제 등록: the management number is given by the server. */
export function TaskCreate() {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<CreateTaskInput>();
  const departments = useQuery(DEPARTMENTS_QUERY);
  const [create, { loading }] = useMutation(CREATE_TASK);
  const submit = async (values: CreateTaskInput) => {
    try {
      const res = await create({ variables: { input: values } });
      navigate(`../${res.data!.createTask.id}`, { relative: 'path' });
    } catch (error) {
      message.error(errorMessage(error, lang));
    }
  };
  return (
    <>
      <PageHeader title={t('tasks.create.title')} />
      <Card>
        <Form<CreateTaskInput>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ source: 'PETITION', kind: 'SHORT_TERM' }}
          style={{ maxWidth: 720 }}
        >
          <TaskFields />
          <Form.Item name="departmentId" label={t('tasks.field.department')} rules={[{ required: true }]}>
            <DepartmentSelect
              departments={departments.data?.departments ?? []}
              loading={departments.loading}
              aria-label={t('tasks.field.department')}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('tasks.create.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
