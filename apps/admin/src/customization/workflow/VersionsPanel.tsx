import { useQuery } from '@apollo/client/react';
import { Typography } from 'antd';
import { RegionTable } from '../../layout/RegionTable';
import { useI18n } from '../../i18n';
import { LoadErrorAlert } from '../../layout/LoadErrorAlert';
import type { Overlay } from './overlay';
import type { WorkflowKind } from '../../graphql/generated/graphql';
import { VERSIONS_QUERY, type WorkflowChangeRow, type WorkflowVersionRow } from './queries';

/** The published versions (immutable) and the change history of the draft and publications. */
export function VersionsPanel({ workflow }: { workflow: WorkflowKind }) {
  const { t, lang } = useI18n();
  const versions = useQuery(VERSIONS_QUERY, { variables: { workflow }, fetchPolicy: 'cache-and-network' });
  const when = (d: unknown) =>
    new Date(String(d)).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB', { timeZone: 'Asia/Seoul' });
  const summary = (o: Overlay) =>
    Object.keys(o).length
      ? t('wflow.ver.summary', {
          states: Object.keys(o.states ?? {}).length,
          transitions: (o.transitions ?? []).length,
          changes:
            Object.keys(o.standardStates ?? {}).length + Object.keys(o.standardTransitions ?? {}).length,
        })
      : t('wflow.ver.standard');
  if (versions.error) return <LoadErrorAlert error={versions.error} onRetry={() => versions.refetch()} />;
  return (
    <>
      <RegionTable<WorkflowVersionRow>
        regionLabel={t('wflow.versions')}
        rowKey="version"
        loading={versions.loading && !versions.data}
        dataSource={versions.data?.vocWorkflowVersions ?? []}
        columns={[
          { title: t('wflow.ver.col.version'), dataIndex: 'version' },
          { title: t('wflow.ver.col.by'), dataIndex: 'createdBy' },
          { title: t('wflow.ver.col.at'), render: (_, r) => when(r.createdAt) },
          { title: t('wflow.ver.col.changes'), render: (_, r) => summary(r.overlay as Overlay) },
        ]}
      />
      <Typography.Title level={3}>{t('wflow.changes')}</Typography.Title>
      <RegionTable<WorkflowChangeRow>
        regionLabel={t('wflow.changes')}
        rowKey="changeNo"
        dataSource={versions.data?.vocWorkflowChanges ?? []}
        columns={[
          { title: t('wflow.chg.col.no'), dataIndex: 'changeNo' },
          {
            title: t('wflow.chg.col.kind'),
            render: (_, r) =>
              r.kind === 'PUBLISHED'
                ? t('wflow.chg.PUBLISHED', { version: r.workflowVersion ?? '' })
                : t('wflow.chg.DRAFT_SAVED'),
          },
          { title: t('wflow.chg.col.who'), dataIndex: 'username' },
          { title: t('wflow.chg.col.when'), render: (_, r) => when(r.createdAt) },
        ]}
      />
    </>
  );
}
