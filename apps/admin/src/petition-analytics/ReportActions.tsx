import { Button, Space } from 'antd';
import type { ExportFormat } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { saveFile } from '../jobs/download';

/** A report file the API answers inline (base64), as the ministry exports do. */
export interface InlineFile {
  filename: string;
  contentType: string;
  base64: string;
}

/**
 * A report's buttons, hidden when printed: CSV and XLSX downloads when the report has an export, and print
 * (the printable report is the page itself with the print CSS).
 */
export function ReportActions({
  onExport,
  exporting = false,
}: {
  onExport?: (format: ExportFormat) => Promise<InlineFile | null | undefined>;
  exporting?: boolean;
}) {
  const { t } = useI18n();
  const download = async (format: ExportFormat) => {
    const file = await onExport?.(format);
    if (!file) return;
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    saveFile(new Blob([bytes], { type: file.contentType }), file.filename);
  };
  return (
    <Space wrap className="pcrm-print-hidden">
      {onExport && (
        <>
          <Button loading={exporting} onClick={() => void download('CSV')}>
            {t('ministry.export.csv')}
          </Button>
          <Button loading={exporting} onClick={() => void download('XLSX')}>
            {t('ministry.export.xlsx')}
          </Button>
        </>
      )}
      <Button onClick={() => window.print()}>{t('ministry.print')}</Button>
    </Space>
  );
}
