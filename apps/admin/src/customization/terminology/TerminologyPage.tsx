import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Input, Space, Tag, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { mayRun, useAuth } from '../../auth';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';
import { LoadErrorAlert } from '../../layout/LoadErrorAlert';
import { PageHeader } from '../../layout/PageHeader';
import { SettingsTable } from '../../petition-settings/settings-table';
import { ChangeHistory, SaveProblem, useWhen } from '../shared';
import {
  RESET_TERMINOLOGY,
  SET_TERMINOLOGY,
  TERMINOLOGY_CATALOG_QUERY,
  TERMINOLOGY_QUERY,
  type TermCatalogRow,
} from './queries';

type Draft = Record<string, { ko: string; en: string }>;

const draftOf = (rows: readonly TermCatalogRow[]): Draft =>
  Object.fromEntries(rows.map((r) => [r.key, { ko: r.ko, en: r.en }]));

/**
 * 용어 설정: every renameable term with its standard word and the tenant's own, edited in place and saved
 * together with the version the editor started from (a conflict asks to reload instead of overwriting).
 */
export function TerminologyPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const when = useWhen();
  const { session } = useAuth();
  const mayEdit = mayRun(session?.roles ?? [], 'setTerminology');
  const query = useQuery(TERMINOLOGY_CATALOG_QUERY, { fetchPolicy: 'cache-and-network' });
  const catalog = query.data?.terminologyCatalog;
  const rows = useMemo(() => catalog?.entries ?? [], [catalog]);
  const [draft, setDraft] = useState<Draft>({});
  const [problem, setProblem] = useState<unknown>(null);
  useEffect(() => setDraft(draftOf(rows)), [rows]);

  const refetchQueries = [TERMINOLOGY_CATALOG_QUERY, TERMINOLOGY_QUERY];
  const [save, saving] = useMutation(SET_TERMINOLOGY, { refetchQueries, awaitRefetchQueries: true });
  const [reset, resetting] = useMutation(RESET_TERMINOLOGY, { refetchQueries, awaitRefetchQueries: true });

  const changed = rows.filter((r) => draft[r.key] && (draft[r.key].ko !== r.ko || draft[r.key].en !== r.en));
  const groupName = (r: TermCatalogRow) => t(`terms.group.${r.group}` as MessageKey);
  const termName = (r: TermCatalogRow) => ({
    group: groupName(r),
    term: lang === 'en' ? r.standardEn : r.standardKo,
  });

  const submit = () => {
    if (!catalog || !changed.length) return;
    setProblem(null);
    save({
      variables: {
        expectedVersion: catalog.version,
        entries: changed.map((r) => ({ key: r.key, ko: draft[r.key].ko, en: draft[r.key].en })),
      },
    }).then(
      () => message.success(t('terms.saved')),
      (e: unknown) => setProblem(e),
    );
  };

  const resetRow = (r: TermCatalogRow) => {
    if (!catalog) return;
    setProblem(null);
    reset({ variables: { keys: [r.key], expectedVersion: catalog.version } }).then(
      () => message.success(t('terms.resetDone')),
      (e: unknown) => setProblem(e),
    );
  };

  const edit = (key: string, lang: 'ko' | 'en', value: string) =>
    setDraft((d) => ({ ...d, [key]: { ...d[key], [lang]: value } }));

  const textColumn = (which: 'ko' | 'en'): TableColumnsType<TermCatalogRow>[number] => ({
    title: t(which === 'ko' ? 'terms.col.ko' : 'terms.col.en'),
    key: which,
    render: (_, r) =>
      mayEdit ? (
        <Input
          value={draft[r.key]?.[which] ?? ''}
          maxLength={40}
          onChange={(e) => edit(r.key, which, e.target.value)}
          aria-label={t(which === 'ko' ? 'terms.input.ko' : 'terms.input.en', termName(r))}
          data-term={`${r.key}:${which}`}
          style={{ minWidth: 140 }}
        />
      ) : (
        r[which]
      ),
  });

  const columns: TableColumnsType<TermCatalogRow> = [
    {
      title: t('terms.col.group'),
      key: 'group',
      render: (_, r) => <Tag>{groupName(r)}</Tag>,
    },
    {
      title: t('terms.col.standard'),
      key: 'standard',
      render: (_, r) => (
        <Space vertical size={0} className="pcrm-cell-stack">
          <span lang="ko">{r.standardKo}</span>
          <span lang="en" className="pcrm-muted">
            {r.standardEn}
          </span>
        </Space>
      ),
    },
    textColumn('ko'),
    textColumn('en'),
    {
      title: t('terms.col.changed'),
      key: 'changed',
      render: (_, r) =>
        r.customized ? (
          <Space vertical size={0} className="pcrm-cell-stack">
            <Tag color="blue">{t('terms.customized')}</Tag>
            <span className="pcrm-muted">
              {r.updatedBy} · {when(r.updatedAt)}
            </span>
          </Space>
        ) : (
          '—'
        ),
    },
    ...(mayEdit
      ? [
          {
            title: t('terms.col.actions'),
            key: 'actions',
            render: (_: unknown, r: TermCatalogRow) =>
              r.customized ? (
                <Button
                  size="small"
                  onClick={() => resetRow(r)}
                  loading={resetting.loading}
                  aria-label={t('terms.resetLabel', termName(r))}
                >
                  {t('terms.reset')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('terms.title')}
        description={t('terms.description')}
        extra={catalog ? <Tag>{t('terms.version', { version: catalog.version })}</Tag> : undefined}
      />
      {query.error && <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {!mayEdit && <Alert type="info" showIcon title={t('terms.readOnly')} style={{ marginBottom: 12 }} />}
      <SaveProblem
        problem={problem}
        conflictText={t('terms.conflict')}
        onReload={() => {
          setProblem(null);
          void query.refetch();
        }}
      />
      <Card>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <SettingsTable<TermCatalogRow>
            regionLabel={t('terms.table')}
            pageSize={50}
            rowKey="key"
            loading={query.loading && !catalog}
            columns={columns}
            dataSource={rows}
          />
          {mayEdit && (
            <Button
              type="primary"
              htmlType="submit"
              disabled={!changed.length}
              loading={saving.loading}
              style={{ marginTop: 12 }}
            >
              {t('terms.save', { n: changed.length })}
            </Button>
          )}
        </form>
      </Card>
      {catalog && <ChangeHistory changes={catalog.changes} />}
    </>
  );
}
