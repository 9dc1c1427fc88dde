import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, List, Popconfirm, Radio, Space } from 'antd';
import { useState } from 'react';
import { mayRun, useAuth } from '../../auth';
import type { StandardResolutionChoice, StandardUpgradeDryRunQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { LoadErrorAlert } from '../../layout/LoadErrorAlert';
import { PageHeader } from '../../layout/PageHeader';
import { RegionTable } from '../../layout/RegionTable';
import { SaveProblem, useWhen } from '../shared';
import { TERMINOLOGY_QUERY } from '../terminology/queries';
import { describeValue } from './describe-value';
import { ToneTag } from '../../layout/ToneTag';
import './standard.css';
import {
  APPLY_STANDARD_VERSION,
  STANDARD_CONFORMANCE_QUERY,
  STANDARD_DRY_RUN_QUERY,
  STANDARD_MODEL_QUERY,
} from './queries';

type Change = StandardUpgradeDryRunQuery['standardUpgradeDryRun']['changes'][number];

/** The dry run's changes, a resolution per conflict, and the apply button behind a confirmation. */
function DryRunResult({
  run,
  mayApply,
  onApplied,
}: {
  run: StandardUpgradeDryRunQuery['standardUpgradeDryRun'];
  mayApply: boolean;
  onApplied: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [choices, setChoices] = useState<Record<string, StandardResolutionChoice>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [apply, applying] = useMutation(APPLY_STANDARD_VERSION, {
    // An edition may reword standard terms: the shell's words are read again.
    refetchQueries: [STANDARD_MODEL_QUERY, STANDARD_CONFORMANCE_QUERY, TERMINOLOGY_QUERY],
    awaitRefetchQueries: true,
  });
  const conflicts = run.changes.filter((c) => c.conflict);
  const resolved = conflicts.filter((c) => choices[c.id]).length;
  const kept = conflicts.filter((c) => choices[c.id] === 'KEEP_TENANT').length;
  const ready = resolved === conflicts.length;

  const columns = [
    {
      title: t('std.col.area'),
      key: 'area',
      render: (_: unknown, c: Change) => t(`std.area.${c.area}`),
    },
    {
      title: t('std.col.change'),
      key: 'change',
      render: (_: unknown, c: Change) => (
        <>
          <strong>{c.key}</strong>{' '}
          <ToneTag tone={c.conflict ? 'warn' : 'neutral'}>
            {c.conflict ? t(`std.conflict.${c.conflict}`) : t(`std.kind.${c.kind}`)}
          </ToneTag>
          <div className="pcrm-muted">{lang === 'ko' ? c.explanationKo : c.explanationEn}</div>
        </>
      ),
    },
    {
      title: t('std.col.standard'),
      key: 'standard',
      render: (_: unknown, c: Change) => describeValue(c.area, c.standardAfter, lang),
    },
    {
      title: t('std.col.tenant'),
      key: 'tenant',
      render: (_: unknown, c: Change) =>
        c.tenant === null && !c.tenantDisabled
          ? t('std.none')
          : `${describeValue(c.area, c.tenant, lang)}${c.tenantDisabled ? ` ${t('std.disabled')}` : ''}`,
    },
    {
      title: t('std.col.resolution'),
      key: 'resolution',
      render: (_: unknown, c: Change) =>
        c.conflict ? (
          <Radio.Group
            aria-label={t('std.resolutionFor', { key: c.key })}
            value={choices[c.id]}
            disabled={!mayApply}
            onChange={(e) => setChoices({ ...choices, [c.id]: e.target.value as StandardResolutionChoice })}
            options={[
              { value: 'KEEP_TENANT', label: t('std.keep') },
              { value: 'TAKE_STANDARD', label: t('std.take') },
            ]}
          />
        ) : (
          <span className="pcrm-muted">{t('std.noConflict')}</span>
        ),
    },
  ];

  return (
    <Card
      title={
        <h2 className="pcrm-card-title">
          {t('std.dryRunTitle', { from: run.fromVersion, to: run.toVersion })}
        </h2>
      }
      style={{ marginTop: 16 }}
    >
      <p>{t('std.summary', { changes: run.changes.length, conflicts: conflicts.length, resolved })}</p>
      <SaveProblem problem={problem} conflictText={t('std.conflictReload')} onReload={onApplied} />
      <RegionTable
        regionLabel={t('std.dryRunTitle', { from: run.fromVersion, to: run.toVersion })}
        regionClassName="pcrm-std-table"
        rowKey="id"
        dataSource={[...run.changes]}
        columns={columns}
      />
      {mayApply && (
        <Space direction="vertical" style={{ marginTop: 16 }}>
          {!ready && <span>{t('std.applyNeedsResolutions')}</span>}
          <Popconfirm
            title={t('std.confirmTitle', { version: run.toVersion })}
            description={t('std.confirmText', { taken: run.changes.length - kept, kept })}
            okText={t('std.confirmOk')}
            cancelText={t('std.cancel')}
            okButtonProps={{ loading: applying.loading }}
            disabled={!ready}
            onConfirm={() => {
              setProblem(null);
              return apply({
                variables: {
                  toVersion: run.toVersion,
                  expectedCurrentVersion: run.fromVersion,
                  resolutions: Object.entries(choices).map(([id, choice]) => ({ id, choice })),
                },
              }).then(
                () => {
                  void message.success(t('std.applied', { version: run.toVersion }));
                  onApplied();
                },
                (err: unknown) => setProblem(err),
              );
            }}
          >
            <Button type="primary" disabled={!ready}>
              {t('std.apply', { version: run.toVersion })}
            </Button>
          </Popconfirm>
        </Space>
      )}
    </Card>
  );
}

/** 표준 모델: the tenant's edition of the standard, the dry run of the next one, applying it, the history. */
export function StandardModelPage() {
  const { t, lang } = useI18n();
  const when = useWhen();
  const { session } = useAuth();
  const mayApply = mayRun(session?.roles ?? [], 'applyStandardVersion');
  const query = useQuery(STANDARD_MODEL_QUERY, { fetchPolicy: 'cache-and-network' });
  const [runDry, dry] = useLazyQuery(STANDARD_DRY_RUN_QUERY, { fetchPolicy: 'network-only' });
  const [shown, setShown] = useState(false);
  const model = query.data?.standardModel;

  if (query.error) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const next = model && model.currentVersion < model.latestVersion ? model.currentVersion + 1 : null;

  return (
    <>
      <PageHeader title={t('std.title')} description={t('std.description')} />
      {!model ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          {!mayApply && <Alert type="info" showIcon title={t('std.readOnly')} style={{ marginBottom: 12 }} />}
          <Card
            title={<h2 className="pcrm-card-title">{t('std.versions')}</h2>}
            extra={<ToneTag tone="neutral">{t('std.current', { version: model.currentVersion })}</ToneTag>}
          >
            <List
              dataSource={[...model.versions]}
              renderItem={(v) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <>
                        {t('std.versionTitle', {
                          version: v.version,
                          title: lang === 'ko' ? v.titleKo : v.titleEn,
                        })}{' '}
                        {v.version === model.currentVersion && (
                          <ToneTag tone="good">{t('std.inUse')}</ToneTag>
                        )}
                      </>
                    }
                    description={lang === 'ko' ? v.summaryKo : v.summaryEn}
                  />
                </List.Item>
              )}
            />
            {next ? (
              <Button
                onClick={() => {
                  setShown(true);
                  void runDry({ variables: { toVersion: next } });
                }}
                loading={dry.loading}
              >
                {t('std.dryRun', { version: next })}
              </Button>
            ) : (
              <p>{t('std.latest')}</p>
            )}
          </Card>
          {shown && dry.error && <LoadErrorAlert error={dry.error} onRetry={() => void dry.refetch()} />}
          {shown && next && dry.data?.standardUpgradeDryRun.toVersion === next && (
            <DryRunResult
              key={next}
              run={dry.data.standardUpgradeDryRun}
              mayApply={mayApply}
              onApplied={() => {
                setShown(false);
                void query.refetch();
              }}
            />
          )}
          <Card title={<h2 className="pcrm-card-title">{t('std.history')}</h2>} style={{ marginTop: 16 }}>
            {model.history.length ? (
              <List
                size="small"
                dataSource={[...model.history]}
                renderItem={(h) => (
                  <List.Item>
                    {t('std.historyItem', {
                      from: h.fromVersion,
                      to: h.toVersion,
                      who: h.appliedBy,
                      when: when(h.appliedAt),
                      taken: h.takenCount,
                      kept: h.keptCount,
                    })}
                  </List.Item>
                )}
              />
            ) : (
              <p className="pcrm-muted">{t('std.historyEmpty')}</p>
            )}
          </Card>
        </>
      )}
    </>
  );
}
