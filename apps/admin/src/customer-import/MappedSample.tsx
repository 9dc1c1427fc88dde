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

/** A column of a sample table: its heading and the file column (index in the header) it shows. */
export interface SampleColumn {
  readonly key: string;
  readonly title: string;
  readonly index: number;
}

/** The file's first rows, each with its line number, in the given columns; scrolls sideways by keyboard too. */
export function SampleTable({
  title,
  rows,
  columns,
  testId,
}: {
  title: string;
  rows: UploadResult['sampleRows'];
  columns: readonly SampleColumn[];
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <h3 className="pcrm-subtitle">{title}</h3>
      <KeyboardScroll label={title}>
        <Table
          data-testid={testId}
          size="small"
          pagination={false}
          rowKey="line"
          scroll={{ x: 'max-content' }}
          dataSource={rows}
          columns={[
            { title: t('import.line'), dataIndex: 'line', key: 'line', width: 60 },
            ...columns.map(({ key, title: heading, index }) => ({
              title: heading,
              key,
              render: (_: unknown, r: { cells: string[] }) => r.cells[index] ?? '',
            })),
          ]}
        />
      </KeyboardScroll>
    </>
  );
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
    <SampleTable
      title={t('import.mappedSample')}
      testId="import-mapped-sample"
      rows={upload.sampleRows}
      columns={columns.map(({ target, label, column }) => ({
        key: target,
        title: label,
        index: upload.headers.indexOf(column),
      }))}
    />
  );
}
