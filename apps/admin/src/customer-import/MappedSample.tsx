import { Table } from 'antd';
import { useI18n } from '../i18n';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import type { UploadResult } from './upload';

/** A mapped target (a customer field or a custom field), its label and the file column that fills it. */
export interface MappedColumn {
  readonly target: string;
  readonly label: string;
  readonly column: string;
}

/** The file's first rows as the import reads them: one column per mapped field, headed by the field. */
export function MappedSample({
  upload,
  columns,
}: {
  upload: Pick<UploadResult, 'headers' | 'sampleRows'>;
  columns: readonly MappedColumn[];
}) {
  const { t } = useI18n();
  return (
    <>
      <h3 className="pcrm-subtitle">{t('import.mappedSample')}</h3>
      <KeyboardScroll label={t('import.mappedSample')}>
        <Table
          data-testid="import-mapped-sample"
          size="small"
          pagination={false}
          rowKey="line"
          scroll={{ x: 'max-content' }}
          dataSource={upload.sampleRows}
          columns={[
            { title: t('import.line'), dataIndex: 'line', key: 'line', width: 60 },
            ...columns.map(({ target, label, column }) => {
              const index = upload.headers.indexOf(column);
              return {
                title: label,
                key: target,
                render: (_: unknown, r: { cells: string[] }) => r.cells[index] ?? '',
              };
            }),
          ]}
        />
      </KeyboardScroll>
    </>
  );
}
