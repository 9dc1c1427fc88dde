import { InboxOutlined } from '@ant-design/icons';
import { Alert, Upload, type UploadFile } from 'antd';
import { useRef, useState } from 'react';
import { useAuth } from '../auth';
import { useI18n } from '../i18n';
import { MAX_FILES, uploadRefusal, uploadUrl, uploadedId } from './attachment-files';

interface Props {
  /** The ids of the uploaded files (a Form.Item's value). */
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** Whether some file is still being sent: the form waits for it. */
  onBusyChange?: (busy: boolean) => void;
  id?: string;
}

/**
 * Files for a case: each is sent to POST /attachments with the staff token as soon as it is picked (with its
 * progress); the ids of the accepted ones are the value. The server's refusals (too large, content not what
 * the name says, type not allowed) are shown in words and the file left out.
 */
export function VocFileUpload({ onChange, onBusyChange, id }: Props) {
  const { t, lang } = useI18n();
  const { session } = useAuth();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [refusals, setRefusals] = useState<string[]>([]);
  const kept = useRef(0);

  const publish = (list: UploadFile[]) => {
    kept.current = list.length;
    setFiles(list);
    onChange?.(list.flatMap((f) => (f.status === 'done' ? (uploadedId(f.response) ?? []) : [])));
    onBusyChange?.(list.some((f) => f.status === 'uploading'));
  };

  return (
    <>
      <Upload.Dragger
        id={id}
        action={uploadUrl()}
        name="files"
        multiple
        headers={{ authorization: `Bearer ${session?.accessToken ?? ''}` }}
        fileList={files}
        beforeUpload={(file, batch) => {
          const index = batch.indexOf(file);
          if (index === 0) setRefusals([]);
          if (kept.current + index < MAX_FILES) return true;
          setRefusals((r) => [...r, t('voc.files.tooMany', { name: file.name })]);
          return Upload.LIST_IGNORE;
        }}
        onChange={({ file, fileList }) => {
          if (file.status === 'error') {
            const status = (file.error as { status?: number } | undefined)?.status;
            setRefusals((r) => [...r, uploadRefusal(file.response, status, lang)]);
            publish(fileList.filter((f) => f.uid !== file.uid));
          } else publish(fileList);
        }}
        className="pcrm-voc-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('voc.files.drop')}</p>
        <p className="ant-upload-hint">{t('voc.files.hint')}</p>
      </Upload.Dragger>
      {refusals.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 12 }}
          title={t('voc.files.failed')}
          description={
            <ul className="pcrm-voc-refusals">
              {refusals.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          }
        />
      )}
    </>
  );
}
