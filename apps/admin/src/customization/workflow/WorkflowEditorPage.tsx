import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Segmented, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import type { WorkflowKind } from '../../graphql/generated/graphql';
import { useEffect, useMemo, useState } from 'react';
import { useAuth } from '../../auth';
import { errorMessage } from '../../graphql';
import { useI18n } from '../../i18n';
import { LoadErrorAlert } from '../../layout/LoadErrorAlert';
import { canManage, navEntry } from '../../layout/nav';
import { PageHeader } from '../../layout/PageHeader';
import { anchorFor, tidy, type Overlay } from './overlay';
import { OverlayEditor } from './OverlayEditor';
import { DRAFT_QUERY, PUBLISH, SAVE_DRAFT, VALIDATE, VERSIONS_QUERY, type WorkflowProblem } from './queries';
import { SimulationPanel } from './SimulationPanel';
import { VersionsPanel } from './VersionsPanel';
import { WorkflowDiagram } from './WorkflowDiagram';
import { WorkflowTables } from './WorkflowTables';
import './workflow.css';

/** JSON with object keys sorted: the server's jsonb does not keep the order the editor wrote them in. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
/** The workflows a tenant overlays, in the switcher's order. */
const KINDS: readonly WorkflowKind[] = ['PETITION', 'TASK'];

const same = (a: unknown, b: unknown) => canonical(tidy(a as Overlay)) === canonical(tidy(b as Overlay));

/**
 * 맞춤 설정 → 처리 흐름: the tenant's overlay on the standard petition workflow or task workflow (`?workflow=TASK`)
 * — diagram and tables, editors, the validator's problems linked to their items, simulation (petitions), publication
 * with confirmation, versions. Each workflow keeps its own editor state.
 */
export function WorkflowEditorPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const workflow: WorkflowKind = params.get('workflow') === 'TASK' ? 'TASK' : 'PETITION';
  const switcher = (
    <Segmented<WorkflowKind>
      aria-label={t('wflow.kind')}
      value={workflow}
      onChange={(v) => setParams(v === 'TASK' ? { workflow: v } : {})}
      options={KINDS.map((k) => ({
        value: k,
        label: t(`wflow.kind.${k}`),
      }))}
      style={{ marginBottom: 16 }}
    />
  );
  return <WorkflowEditor key={workflow} workflow={workflow} switcher={switcher} />;
}

function WorkflowEditor({ workflow, switcher }: { workflow: WorkflowKind; switcher: React.ReactNode }) {
  const { t, lang } = useI18n();
  const { message, modal } = App.useApp();
  const { session } = useAuth();
  const readOnly = !canManage(navEntry('customization-workflow'), session?.roles ?? []);
  const draft = useQuery(DRAFT_QUERY, { variables: { workflow }, fetchPolicy: 'cache-and-network' });
  const petition = workflow === 'PETITION';
  const title = t(petition ? 'wflow.title' : 'wflow.titleTask');
  const description = t(petition ? 'wflow.description' : 'wflow.descriptionTask');
  const [save, saving] = useMutation(SAVE_DRAFT);
  const [validate, validating] = useMutation(VALIDATE);
  const [publish, publishing] = useMutation(PUBLISH);
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const [checked, setChecked] = useState<WorkflowProblem[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const saved = draft.data?.vocWorkflowDraft;

  useEffect(() => {
    if (saved && overlay === null) setOverlay(saved.overlay as Overlay);
  }, [saved, overlay]);
  const dirty = useMemo(() => !!saved && !!overlay && !same(overlay, saved.overlay), [saved, overlay]);

  if (draft.error && !saved) return <LoadErrorAlert error={draft.error} onRetry={() => draft.refetch()} />;
  if (!saved || !overlay)
    return (
      <>
        <PageHeader title={title} description={description} />
        {switcher}
      </>
    );

  const problems = checked ?? saved.problems;
  const refresh = [DRAFT_QUERY, VERSIONS_QUERY];
  const run = async (work: () => Promise<void>) => {
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(errorMessage(error, lang));
    }
  };
  const onSave = () =>
    run(async () => {
      const next = tidy(overlay);
      await save({
        variables: { overlay: next, expectedVersion: saved.version, workflow },
        refetchQueries: refresh,
        awaitRefetchQueries: true,
      });
      setOverlay(next);
      setChecked(null);
      message.success(t('wflow.saved'));
    });
  const onCheck = () =>
    run(async () => {
      const res = await validate({ variables: { overlay: tidy(overlay), workflow } });
      setChecked(res.data?.validateVocWorkflow ?? []);
      if (!res.data?.validateVocWorkflow.length) message.success(t('wflow.checked'));
    });
  const onPublish = () =>
    modal.confirm({
      title: t('wflow.publish'),
      content: t('wflow.publishConfirm'),
      okText: t('wflow.publish'),
      cancelText: t('wflow.cancel'),
      onOk: () =>
        run(async () => {
          const res = await publish({
            variables: { expectedVersion: saved.version, workflow },
            refetchQueries: refresh,
            awaitRefetchQueries: true,
          });
          message.success(t('wflow.published', { version: res.data?.publishVocWorkflow.version ?? '' }));
        }),
    });
  const goTo = (path: string) => {
    const el = document.getElementById(anchorFor(path));
    if (!el) return;
    el.setAttribute('tabindex', '-1');
    el.scrollIntoView({ block: 'center' });
    el.focus();
  };

  return (
    <>
      <PageHeader
        title={title}
        description={description}
        extra={
          !readOnly && (
            <Space wrap>
              <Button onClick={onCheck} loading={validating.loading}>
                {t('wflow.check')}
              </Button>
              <Button onClick={onSave} loading={saving.loading} disabled={!dirty}>
                {t('wflow.save')}
              </Button>
              <Button
                type="primary"
                onClick={onPublish}
                loading={publishing.loading}
                disabled={dirty || saved.version === 0 || saved.problems.length > 0}
                title={dirty ? t('wflow.publishUnsaved') : undefined}
              >
                {t('wflow.publish')}
              </Button>
            </Space>
          )
        }
      />
      {switcher}
      {readOnly && <Alert type="info" showIcon message={t('wflow.readOnly')} style={{ marginBottom: 16 }} />}
      <p role="status">
        {t('wflow.status', { draft: saved.version, latest: saved.latestVersion })}
        {dirty && ` ${t('wflow.unsaved')}`}
      </p>
      {failure && <Alert type="error" showIcon role="alert" message={failure} style={{ marginBottom: 16 }} />}

      <Card
        title={problems.length ? t('wflow.problems', { count: problems.length }) : t('wflow.problemsNone')}
        style={{ marginBottom: 16 }}
      >
        {problems.length > 0 && (
          <ul className="wf-problems">
            {problems.map((p, i) => (
              <li key={i}>
                <a
                  href={`#${anchorFor(p.path)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    goTo(p.path);
                  }}
                  aria-label={t('wflow.problemLink', { path: p.path || '—' })}
                >
                  <code>{p.path || '—'}</code>
                </a>{' '}
                {lang === 'ko' ? p.messageKo : p.messageEn}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title={t('wflow.diagram')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('wflow.diagramSaved')}</Typography.Paragraph>
        <WorkflowDiagram graph={saved.definition} />
        <WorkflowTables graph={saved.definition} />
      </Card>

      {!readOnly && (
        <>
          <Card title={t('wflow.editor')} style={{ marginBottom: 16 }}>
            <OverlayEditor
              overlay={overlay}
              onChange={setOverlay}
              standard={saved.definition}
              automatic={petition}
            />
          </Card>
          {petition && (
            <Card title={t('wflow.sim')} style={{ marginBottom: 16 }}>
              <SimulationPanel overlay={tidy(overlay)} graph={saved.definition} />
            </Card>
          )}
        </>
      )}

      <Card title={t('wflow.versions')}>
        <VersionsPanel workflow={workflow} />
      </Card>
    </>
  );
}
