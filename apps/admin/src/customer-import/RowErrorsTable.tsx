import { Table } from 'antd';
import { useI18n } from '../i18n';
import type { RowError } from './queries';
import { KeyboardScroll } from '../customers/KeyboardScroll';

/** Per-row errors naming line and column, in the user's language. */
export function RowErrorsTable({ errors, total }: { errors: readonly RowError[]; total: number }) {
  const { t, lang } = useI18n();
  return (
    <>
      <KeyboardScroll label={t('import.errorsTable')}>
        <Table<RowError>
          size="small"
          pagination={false}
          rowKey={(e) => `${e.line}:${e.column ?? ''}:${e.code}`}
          dataSource={[...errors]}
          scroll={{ x: 'max-content' }}
          data-testid="import-row-errors"
          columns={[
            { title: t('import.line'), dataIndex: 'line', key: 'line', width: 70 },
            {
              title: t('import.column'),
              dataIndex: 'column',
              key: 'column',
              render: (c: string | null) => c ?? '—',
            },
            {
              title: t('import.problem'),
              key: 'message',
              render: (_, e) => (lang === 'en' ? e.messageEn : e.message),
            },
          ]}
        />
      </KeyboardScroll>
      {total > errors.length && (
        <p className="pcrm-muted">{t('import.moreErrors', { shown: errors.length, total })}</p>
      )}
    </>
  );
}
