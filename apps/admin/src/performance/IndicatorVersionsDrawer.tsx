import { useQuery } from '@apollo/client/react';
import { Button, Drawer, Empty, Spin, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import { useI18n, type MessageKey } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { num } from './format';
import type { Indicator } from './indicator-types';
import { INDICATOR_VERSIONS_QUERY } from './queries';

const bandsText = (i: Indicator) =>
  i.bands
    .map((b) => `${b.grade} ${b.threshold === null ? '·' : `≥${num(b.threshold)}`} ${num(b.score)}`)
    .join(', ');

/** The saved versions of one indicator, newest first; a standard indicator never overridden has none. */
export function IndicatorVersionsDrawer({
  indicator,
  measureLabel,
  onClose,
}: {
  indicator: Indicator;
  measureLabel: (code: string) => string;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { data, loading, error, refetch, fetchMore } = useQuery(INDICATOR_VERSIONS_QUERY, {
    variables: { code: indicator.code },
    fetchPolicy: 'network-only',
  });
  const page = data?.performanceIndicatorVersions;
  const versions = page?.edges.map((e) => e.node) ?? [];
  const title = t('indicator.history', { name: lang === 'en' ? indicator.nameEn : indicator.nameKo });
  const columns: TableColumnsType<Indicator> = [
    { title: t('indicator.col.version'), dataIndex: 'version', key: 'version', align: 'right' },
    {
      title: t('indicator.col.savedAt'),
      key: 'at',
      render: (_, v) => (v.createdAt ? new Date(String(v.createdAt)).toLocaleString(lang) : null),
    },
    { title: t('indicator.col.savedBy'), dataIndex: 'createdBy', key: 'by' },
    { title: t('indicator.col.measure'), key: 'measure', render: (_, v) => measureLabel(v.measureCode) },
    {
      title: t('performance.col.type'),
      key: 'type',
      render: (_, v) => t(`performance.type.${v.typeTag}` as MessageKey),
    },
    { title: t('performance.col.weight'), key: 'weight', align: 'right', render: (_, v) => num(v.weight) },
    { title: t('performance.col.target'), key: 'target', align: 'right', render: (_, v) => num(v.target) },
    {
      title: t('indicator.col.active'),
      key: 'active',
      render: (_, v) => t(v.active ? 'indicator.active.yes' : 'indicator.active.no'),
    },
    { title: t('indicator.bands'), key: 'bands', render: (_, v) => bandsText(v) },
  ];
  return (
    <Drawer open title={title} onClose={onClose} width="min(960px, 100vw)">
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      {loading && !page && <Spin />}
      {page && versions.length === 0 && <Empty description={t('indicator.history.none')} />}
      {page && versions.length > 0 && (
        <>
          <p>{t('indicator.history.count', { n: page.totalCount })}</p>
          <KeyboardScroll label={title}>
            <Table<Indicator>
              rowKey="version"
              columns={columns}
              dataSource={versions}
              pagination={false}
              size="small"
              scroll={{ x: 'max-content' }}
            />
          </KeyboardScroll>
          {page.pageInfo.hasNextPage && (
            <Button
              block
              style={{ marginTop: 12 }}
              onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}
            >
              {t('performance.drill.more')}
            </Button>
          )}
        </>
      )}
    </Drawer>
  );
}
