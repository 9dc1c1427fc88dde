import { useQuery } from '@apollo/client/react';
import { Card, Select } from 'antd';
import { useState } from 'react';
import { useDateFormat } from '../../charts/format';
import { LoadMore } from '../../customers/LoadMore';
import { useI18n } from '../../i18n';
import { isMessageKey } from '../../i18n/messages';
import { LoadErrorAlert } from '../../layout/LoadErrorAlert';
import { SettingsTable } from '../../petition-settings/settings-table';
import { changedAttributes } from './change-summary';
import { CUSTOM_FIELD_CHANGES, type FieldChange, type FieldDefinition } from './queries';
import { fieldLabel } from './values';

const PAGE_SIZE = 20;

/** Who changed which field when, and what (newest first), a page at a time; filterable by field. */
export function ChangeHistory({
  entity,
  definitions,
}: {
  entity: string;
  definitions: readonly FieldDefinition[];
}) {
  const { t, lang } = useI18n();
  const formatTime = useDateFormat(true);
  const [key, setKey] = useState<string | undefined>();
  const { data, loading, error, refetch, fetchMore } = useQuery(CUSTOM_FIELD_CHANGES, {
    variables: { entity, key: key ?? null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.customFieldChanges;
  const rows = (connection?.edges ?? []).map((e) => e.node);
  const labelOf = (k: string) => {
    const d = definitions.find((x) => x.key === k);
    return d ? fieldLabel(d, lang) : k;
  };
  const actionLabel = (action: string) => {
    const messageKey = `cfields.action.${action.toUpperCase()}`;
    return isMessageKey(messageKey) ? t(messageKey) : action;
  };

  return (
    <Card
      title={<h2 className="pcrm-card-title">{t('cfields.history.title')}</h2>}
      extra={
        <Select
          aria-label={t('cfields.history.filter')}
          allowClear
          placeholder={t('cfields.history.all')}
          value={key}
          onChange={(v?: string) => setKey(v)}
          options={definitions.map((d) => ({ value: d.key, label: fieldLabel(d, lang) }))}
          style={{ minWidth: 180 }}
        />
      }
      data-testid="custom-field-history"
    >
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      <SettingsTable<FieldChange>
        regionLabel={t('cfields.history.region')}
        pageSize={PAGE_SIZE}
        pagination={false}
        className="pcrm-cf-table"
        rowKey="id"
        loading={loading && !data}
        dataSource={rows}
        locale={{ emptyText: t('cfields.history.empty') }}
        columns={[
          { title: t('cfields.history.col.at'), key: 'at', render: (_, c) => formatTime(c.changedAt) },
          { title: t('cfields.history.col.field'), key: 'field', render: (_, c) => labelOf(c.key) },
          { title: t('cfields.history.col.version'), dataIndex: 'definitionVersion', key: 'version' },
          {
            title: t('cfields.history.col.action'),
            key: 'action',
            render: (_, c) => actionLabel(c.action),
          },
          { title: t('cfields.history.col.by'), dataIndex: 'changedBy', key: 'by' },
          {
            title: t('cfields.history.col.what'),
            key: 'what',
            render: (_, c) => (
              <ul className="pcrm-cf-diff">
                {changedAttributes(c.before, c.after).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ),
          },
        ]}
      />
      <LoadMore pageInfo={connection?.pageInfo} fetchMore={fetchMore}>
        {t('cfields.history.more')}
      </LoadMore>
    </Card>
  );
}
