import { useParams } from 'react-router-dom';
import { useAuth } from '../auth';
import { useI18n } from '../i18n';
import { PageHeader } from '../layout/PageHeader';
import { TaskPublicPreviewPanel } from './TaskPublicPreviewPanel';

/** `/app/tasks/:id/public`: the public preview of one task on its own page. */
export function TaskPublicPreviewPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const { session } = useAuth();
  return (
    <>
      <PageHeader title={t('taskPublic.title')} description={t('taskPublic.description')} />
      <TaskPublicPreviewPanel taskId={id} tenantCode={session?.realm} />
    </>
  );
}
