import { PaperClipOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App as AntApp, Button, Card, Empty, Space } from 'antd';
import { useState } from 'react';
import { mayRun, useAuth } from '../auth';
import { useDateFormat } from '../charts/format';
import { errorMessage } from '../graphql';
import { useI18n } from '../i18n';
import { downloadJobFile } from '../jobs/download';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { fileSize } from './attachment-files';
import { ADD_VOC_ATTACHMENTS, VOC_ATTACHMENTS_QUERY } from './case-queries';
import { VocFileUpload } from './VocFileUpload';

/**
 * 첨부파일: the case's files with name, size and type. A download is fetched with the bearer token (a plain
 * link carries none) and handed to the browser; the server logs it. Staff who may receive petitions add files.
 */
export function VocAttachments({ vocId }: { vocId: string }) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const { session } = useAuth();
  const formatDateTime = useDateFormat(true);
  const { data, loading, error, refetch } = useQuery(VOC_ATTACHMENTS_QUERY, {
    variables: { id: vocId },
    fetchPolicy: 'cache-and-network',
  });
  const [add, added] = useMutation(ADD_VOC_ATTACHMENTS);
  const [pending, setPending] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [round, setRound] = useState(0);
  const files = data?.voc?.attachments ?? [];
  const mayAdd = mayRun(session?.roles ?? [], 'addVocAttachments');

  const download = async (file: (typeof files)[number]) => {
    if (!session) return;
    const status = await downloadJobFile(file.downloadPath, session.accessToken, file.fileName);
    if (status !== 200) message.error(t('voc.files.downloadFailed', { status }));
  };

  const attach = async () => {
    try {
      await add({ variables: { id: vocId, attachmentIds: pending } });
      message.success(t('voc.files.added', { count: pending.length }));
      setPending([]);
      setRound((r) => r + 1);
    } catch {
      /* shown from added.error */
    }
  };

  return (
    <Card title={<h2 className="pcrm-card-title">{t('voc.files.title')}</h2>} data-testid="voc-attachments">
      {error && <LoadErrorAlert error={error} onRetry={() => refetch()} />}
      {!error && !loading && files.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('voc.files.empty')} />
      )}
      {files.length > 0 && (
        <ul className="pcrm-voc-files">
          {files.map((f) => (
            <li key={f.id}>
              <button
                type="button"
                onClick={() => void download(f)}
                aria-label={t('voc.files.download', { name: f.fileName })}
                className="pcrm-voc-file-link"
              >
                <PaperClipOutlined aria-hidden /> {f.fileName}
              </button>
              <span className="pcrm-muted">
                {fileSize(f.sizeBytes)} · {f.mediaType} · {formatDateTime(f.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {mayAdd && (
        <Space vertical size="small" style={{ width: '100%', marginTop: 12 }}>
          <VocFileUpload key={round} onChange={setPending} onBusyChange={setBusy} />
          {added.error && (
            <Alert type="error" showIcon role="alert" title={errorMessage(added.error, lang)} />
          )}
          <Button
            onClick={() => void attach()}
            disabled={pending.length === 0}
            loading={added.loading || busy}
          >
            {t('voc.files.add')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
