import { useMutation } from '@apollo/client/react';
import { Alert, Button, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../graphql';
import { RegionTable } from '../../layout/RegionTable';
import { useI18n } from '../../i18n';
import type { Overlay } from './overlay';
import { SIMULATE, type SimulatedStep, type WorkflowGraph } from './queries';

// Dark enough for white text (WCAG AA): antd's light green and red tags are not.
const OUTCOME_COLOR = { TAKEN: '#237804', REFUSED: '#a8071a', NOT_ALLOWED: 'default' } as const;

/** One sample case run through the edited (unsaved) overlay; the server writes nothing. */
export function SimulationPanel({ overlay, graph }: { overlay: Overlay; graph: WorkflowGraph }) {
  const { t, lang } = useI18n();
  const [simulate, running] = useMutation(SIMULATE);
  const [start, setStart] = useState<string>(graph.initial);
  const [kind, setKind] = useState('GRIEVANCE');
  const [handlingClass, setHandlingClass] = useState('SIMPLE_CONSULT');
  const [custom, setCustom] = useState('{}');
  const [steps, setSteps] = useState('ASSIGN\nSTART\nANSWER\nOPEN_SURVEY\nCLOSE');
  const [result, setResult] = useState<SimulatedStep[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async () => {
    setProblem(null);
    let customFields: unknown;
    try {
      customFields = JSON.parse(custom || '{}');
      if (!customFields || typeof customFields !== 'object' || Array.isArray(customFields)) throw new Error();
    } catch {
      setProblem(t('wflow.sim.badJson'));
      return;
    }
    const parsed = steps
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [event, ...roles] = line.split('@').map((x) => x.trim());
        return {
          event: event.toUpperCase(),
          ...(roles.length
            ? {
                roles: roles
                  .join(',')
                  .split(',')
                  .map((r) => r.trim()),
              }
            : {}),
        };
      });
    try {
      const res = await simulate({
        variables: {
          overlay,
          scenarios: [
            {
              name: 'sample',
              startState: start,
              fields: { kind, handlingClass, customFields },
              steps: parsed,
            },
          ],
        },
      });
      setResult(res.data?.simulateVocWorkflow ?? []);
    } catch (error) {
      setResult(null);
      setProblem(errorMessage(error, lang));
    }
  };
  const stateName = (key: string) => {
    const s = graph.states.find((x) => x.key === key);
    return s ? (lang === 'ko' ? s.labelKo : s.labelEn) : key;
  };
  const last = result?.[result.length - 1];

  return (
    <div>
      <p>{t('wflow.simDesc')}</p>
      <div className="wf-row">
        <label>
          <span>{t('wflow.sim.start')}</span>
          <Select
            aria-label={t('wflow.sim.start')}
            value={start}
            onChange={setStart}
            options={graph.states
              .filter((s) => !s.final)
              .map((s) => ({ value: s.key, label: `${stateName(s.key)} (${s.key})` }))}
          />
        </label>
        <label>
          <span>{t('wflow.sim.kind')}</span>
          <Input
            aria-label={t('wflow.sim.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value.toUpperCase())}
          />
        </label>
        <label>
          <span>{t('wflow.sim.handlingClass')}</span>
          <Input
            aria-label={t('wflow.sim.handlingClass')}
            value={handlingClass}
            onChange={(e) => setHandlingClass(e.target.value.toUpperCase())}
          />
        </label>
      </div>
      <div className="wf-row">
        <label>
          <span>{t('wflow.sim.custom')}</span>
          <Input
            aria-label={t('wflow.sim.custom')}
            value={custom}
            onChange={(e) => setCustom(e.target.value)}
          />
        </label>
        <label>
          <span>{t('wflow.sim.steps')}</span>
          <Input.TextArea
            aria-label={t('wflow.sim.steps')}
            rows={5}
            value={steps}
            onChange={(e) => setSteps(e.target.value)}
          />
        </label>
      </div>
      <Button type="primary" onClick={run} loading={running.loading}>
        {t('wflow.sim.run')}
      </Button>
      {problem && <Alert type="error" showIcon message={problem} style={{ marginTop: 12 }} role="alert" />}
      {result && (
        <>
          <RegionTable<SimulatedStep>
            regionLabel={t('wflow.sim')}
            regionClassName="wf-sim-result"
            rowKey={(r) => `${r.scenario}-${r.step}`}
            dataSource={result}
            columns={[
              { title: t('wflow.sim.col.step'), render: (_, r) => `${r.step + 1}. ${r.event}` },
              {
                title: t('wflow.sim.col.outcome'),
                render: (_, r) => (
                  <Tag color={OUTCOME_COLOR[r.outcome as keyof typeof OUTCOME_COLOR]}>
                    {t(`wflow.sim.${r.outcome as 'TAKEN'}`)}
                  </Tag>
                ),
              },
              {
                title: t('wflow.sim.col.state'),
                render: (_, r) => `${stateName(r.state)} (${t(`wflow.clock.${r.clock as 'RUNNING'}`)})`,
              },
              {
                title: t('wflow.sim.col.reason'),
                render: (_, r) =>
                  [lang === 'ko' ? r.reasonKo : r.reasonEn, ...r.effectsKo].filter(Boolean).join(' · ') ||
                  '—',
              },
            ]}
          />
          <p role="status">{last?.closed ? t('wflow.sim.closed') : t('wflow.sim.notClosed')}</p>
        </>
      )}
    </div>
  );
}
