import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm } from 'antd';
import { errorMessage } from '../graphql';
import { useI18n } from '../i18n';
import { DEACTIVATE_DEPARTMENT, DEPARTMENTS_QUERY, REACTIVATE_DEPARTMENT, type Department } from './queries';

/**
 * Deactivates (after a confirmation) or reactivates a department. The API refuses the root, a
 * department with active sub-units and a reactivation under an inactive parent; its message is shown.
 */
export function ActivationButton({ department }: { department: Department }) {
  const { t, lang } = useI18n();
  const { message, modal } = App.useApp();
  const options = { refetchQueries: [DEPARTMENTS_QUERY], awaitRefetchQueries: true };
  const [deactivate, deactivating] = useMutation(DEACTIVATE_DEPARTMENT, options);
  const [reactivate, reactivating] = useMutation(REACTIVATE_DEPARTMENT, options);

  const run = async (
    action: (options: { variables: { id: string } }) => Promise<unknown>,
    done: 'departments.deactivated' | 'departments.reactivated',
  ) => {
    try {
      await action({ variables: { id: department.id } });
      message.success(t(done, { name: department.name }));
    } catch (e) {
      // a refusal needs reading, not a toast that disappears
      modal.error({ title: department.name, content: <span role="alert">{errorMessage(e, lang)}</span> });
    }
  };

  if (!department.active)
    return (
      <Button
        icon={<CheckCircleOutlined aria-hidden />}
        loading={reactivating.loading}
        onClick={() => void run(reactivate, 'departments.reactivated')}
      >
        {t('departments.reactivate')}
      </Button>
    );
  return (
    <Popconfirm
      title={t('departments.deactivateConfirm', { name: department.name })}
      description={t('departments.deactivateHint')}
      okText={t('departments.deactivate')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() => run(deactivate, 'departments.deactivated')}
    >
      <Button danger icon={<StopOutlined aria-hidden />} loading={deactivating.loading}>
        {t('departments.deactivate')}
      </Button>
    </Popconfirm>
  );
}
