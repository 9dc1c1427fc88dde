import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import {
  anchorFor,
  CLOCKS,
  INVARIANT_EVENTS,
  OPTIONAL_STANDARD_EVENTS,
  REQUIREMENTS,
  type AddedState,
  type AddedTransition,
  type Overlay,
  type StandardTransitionChange,
} from './overlay';
import type { WorkflowGraph } from './queries';
import { ConditionsEditor, DeadlineEditor, EffectsEditor } from './RuleEditors';

interface Props {
  overlay: Overlay;
  onChange(next: Overlay): void;
  /** The standard's states and transitions (labels for the standard parts). */
  standard: WorkflowGraph;
  /** Whether the workflow runs automatic effects and deadline rules (the petition workflow; not tasks). */
  automatic: boolean;
}

/** Editors for every part of the overlay; each item carries the id the problem list links to. */
export function OverlayEditor({ overlay, onChange, standard, automatic }: Props) {
  const { t, lang } = useI18n();
  const [newKey, setNewKey] = useState('');
  const label = (s: { labelKo: string; labelEn: string }) => (lang === 'ko' ? s.labelKo : s.labelEn);
  const added = overlay.states ?? {};
  const standardStates = standard.states.filter((s) => s.standard);
  // A switched-off standard transition is not in the merged definition: its change still lists it.
  const standardEvents = [
    ...new Set([
      ...standard.transitions.filter((tr) => tr.standard).map((tr) => tr.event),
      ...Object.keys(overlay.standardTransitions ?? {}),
    ]),
  ];
  const stateOptions = [
    ...standardStates.map((s) => ({ value: s.key, label: `${label(s)} (${s.key})` })),
    ...Object.entries(added).map(([key, s]) => ({ value: key, label: `${s.labelKo || key} (${key})` })),
  ];

  const setState = (key: string, next: AddedState | undefined) => {
    const states = { ...added };
    if (next) states[key] = next;
    else delete states[key];
    onChange({ ...overlay, states });
  };
  const transitions = overlay.transitions ?? [];
  const setTransition = (i: number, next: AddedTransition | undefined) =>
    onChange({
      ...overlay,
      transitions: next
        ? transitions.map((x, j) => (j === i ? next : x))
        : transitions.filter((_, j) => j !== i),
    });
  const setStandardTransition = (event: string, change: StandardTransitionChange) =>
    onChange({ ...overlay, standardTransitions: { ...overlay.standardTransitions, [event]: change } });

  return (
    <div id="wf-editor">
      <Typography.Title level={3}>{t('wflow.ed.states')}</Typography.Title>
      {Object.entries(added).map(([key, s]) => (
        <section className="wf-item" id={anchorFor(`states.${key}`)} key={key} aria-label={key}>
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Text strong>+ {key}</Typography.Text>
            <Button
              icon={<DeleteOutlined />}

              onClick={() => setState(key, undefined)}
              aria-label={t('wflow.ed.removeNamed', { name: key })}
            >
              {t('wflow.ed.remove')}
            </Button>
          </Space>
          <div className="wf-row">
            <Input
              aria-label={`${key}: ${t('wflow.ed.labelKo')}`}
              placeholder={t('wflow.ed.labelKo')}
              value={s.labelKo}

              onChange={(e) => setState(key, { ...s, labelKo: e.target.value })}
            />
            <Input
              aria-label={`${key}: ${t('wflow.ed.labelEn')}`}
              placeholder={t('wflow.ed.labelEn')}
              value={s.labelEn}

              onChange={(e) => setState(key, { ...s, labelEn: e.target.value })}
            />
            <Select
              aria-label={`${key}: ${t('wflow.ed.clock')}`}
              value={s.clock}

              style={{ width: 150 }}
              options={CLOCKS.map((c) => ({ value: c, label: t(`wflow.clock.${c}`) }))}
              onChange={(clock) => setState(key, { ...s, clock })}
            />
          </div>
          {automatic && (
            <DeadlineEditor
              name={`${key} ${t('wflow.ed.deadline')}`}
              value={s.deadline}

              onChange={(deadline) => setState(key, { ...s, deadline })}
            />
          )}
          {automatic && (
            <EffectsEditor
              name={`${key} ${t('wflow.ed.onEnter')}`}
              legend={t('wflow.ed.onEnter')}
              value={s.onEnter}

              onChange={(onEnter) => setState(key, { ...s, onEnter })}
            />
          )}
        </section>
      ))}
      <div className="wf-row">
        <Input
          aria-label={t('wflow.ed.stateKey')}
          placeholder={t('wflow.ed.stateKey')}
          value={newKey}

          onChange={(e) => setNewKey(e.target.value.toUpperCase())}
          style={{ maxWidth: 320 }}
        />
        <Button
          icon={<PlusOutlined />}
          disabled={!newKey.trim() || newKey in added}
          onClick={() => {
            setState(newKey.trim(), { labelKo: '', labelEn: '', clock: 'RUNNING' });
            setNewKey('');
          }}
        >
          {t('wflow.ed.addState')}
        </Button>
      </div>

      <Typography.Title level={3}>{t('wflow.ed.transitions')}</Typography.Title>
      {transitions.map((tr, i) => {
        const name = tr.event || `#${i + 1}`;
        return (
          <section className="wf-item" id={anchorFor(`transitions[${i}]`)} key={i} aria-label={name}>
            <div className="wf-row">
              <Input
                aria-label={`${name}: ${t('wflow.ed.event')}`}
                placeholder={t('wflow.ed.event')}
                value={tr.event}

                onChange={(e) => setTransition(i, { ...tr, event: e.target.value.toUpperCase() })}
              />
              <Input
                aria-label={`${name}: ${t('wflow.ed.labelKo')}`}
                placeholder={t('wflow.ed.labelKo')}
                value={tr.labelKo}

                onChange={(e) => setTransition(i, { ...tr, labelKo: e.target.value })}
              />
              <Input
                aria-label={`${name}: ${t('wflow.ed.labelEn')}`}
                placeholder={t('wflow.ed.labelEn')}
                value={tr.labelEn}

                onChange={(e) => setTransition(i, { ...tr, labelEn: e.target.value })}
              />
              <Button
                icon={<DeleteOutlined />}

                onClick={() => setTransition(i, undefined)}
                aria-label={t('wflow.ed.removeNamed', { name })}
              />
            </div>
            <div className="wf-row">
              <Select
                mode="multiple"
                aria-label={`${name}: ${t('wflow.ed.from')}`}
                placeholder={t('wflow.ed.from')}
                value={tr.from}

                style={{ minWidth: 240, flex: 1 }}
                options={stateOptions}
                onChange={(from) => setTransition(i, { ...tr, from })}
              />
              <Select
                allowClear
                aria-label={`${name}: ${t('wflow.ed.to')}`}
                placeholder={`${t('wflow.ed.to')} ${t('wflow.sameState')}`}
                value={tr.to}

                style={{ minWidth: 200, flex: 1 }}
                options={stateOptions}
                onChange={(to) => setTransition(i, { ...tr, to: to || undefined })}
              />
              <Select
                mode="multiple"
                aria-label={`${name}: ${t('wflow.ed.requires')}`}
                placeholder={t('wflow.ed.requires')}
                value={tr.requires ?? []}

                style={{ minWidth: 200, flex: 1 }}
                options={REQUIREMENTS.map((r) => ({ value: r, label: r }))}
                onChange={(requires) => setTransition(i, { ...tr, requires })}
              />
            </div>
            <ConditionsEditor
              name={`${name} ${t('wflow.ed.conditions')}`}
              value={tr.when}

              onChange={(when) => setTransition(i, { ...tr, when })}
            />
            {automatic && (
              <EffectsEditor
                name={`${name} ${t('wflow.ed.actions')}`}
                value={tr.effects}

                onChange={(effects) => setTransition(i, { ...tr, effects })}
              />
            )}
          </section>
        );
      })}
      <Button
        icon={<PlusOutlined />}

        onClick={() =>
          onChange({
            ...overlay,
            transitions: [...transitions, { event: '', from: [], labelKo: '', labelEn: '' }],
          })
        }
      >
        {t('wflow.ed.addTransition')}
      </Button>

      <Typography.Title level={3}>{t('wflow.ed.standardStates')}</Typography.Title>
      {standardStates.map((s) => {
        const change = overlay.standardStates?.[s.key] ?? {};
        const set = (next: typeof change) =>
          onChange({ ...overlay, standardStates: { ...overlay.standardStates, [s.key]: next } });
        return (
          <section
            className="wf-item"
            id={anchorFor(`standardStates.${s.key}`)}
            key={s.key}
            aria-label={s.key}
          >
            <Typography.Text strong>{s.key}</Typography.Text>
            <div className="wf-row">
              <Input
                aria-label={t('wflow.ed.renameKo', { state: s.key })}
                placeholder={t('wflow.ed.renameKo', { state: s.key })}
                value={change.labelKo ?? ''}

                onChange={(e) =>
                  set({ ...change, labelKo: e.target.value === '' ? undefined : e.target.value })
                }
              />
              <Input
                aria-label={t('wflow.ed.renameEn', { state: s.key })}
                placeholder={t('wflow.ed.renameEn', { state: s.key })}
                value={change.labelEn ?? ''}

                onChange={(e) =>
                  set({ ...change, labelEn: e.target.value === '' ? undefined : e.target.value })
                }
              />
            </div>
            {automatic && (
              <DeadlineEditor
                name={`${s.key} ${t('wflow.ed.deadline')}`}
                value={change.deadline}

                onChange={(deadline) => set({ ...change, deadline })}
              />
            )}
            {automatic && (
              <EffectsEditor
                name={`${s.key} ${t('wflow.ed.onEnter')}`}
                legend={t('wflow.ed.onEnter')}
                value={change.onEnter}

                onChange={(onEnter) => set({ ...change, onEnter })}
              />
            )}
          </section>
        );
      })}

      <Typography.Title level={3}>{t('wflow.ed.standardTransitions')}</Typography.Title>
      {standardEvents.map((event) => {
        const change = overlay.standardTransitions?.[event] ?? {};
        const invariant = INVARIANT_EVENTS.includes(event);
        const tr = standard.transitions.find((x) => x.event === event) ?? { labelKo: event, labelEn: event };
        return (
          <section
            className="wf-item"
            id={anchorFor(`standardTransitions.${event}`)}
            key={event}
            aria-label={event}
          >
            <Typography.Text strong>
              {label(tr)} ({event})
            </Typography.Text>
            {invariant ? (
              <Alert type="info" showIcon message={t('wflow.ed.invariant')} />
            ) : (
              <>
                <div className="wf-row">
                  {OPTIONAL_STANDARD_EVENTS.includes(event) && (
                    <Space>
                      <Switch
                        aria-label={`${event}: ${t('wflow.ed.disabled')}`}
                        checked={!!change.disabled}

                        onChange={(disabled) =>
                          setStandardTransition(event, { ...change, disabled: disabled || undefined })
                        }
                      />
                      <span aria-hidden="true">{t('wflow.ed.disabled')}</span>
                    </Space>
                  )}
                  <Select
                    mode="multiple"
                    aria-label={`${event}: ${t('wflow.ed.alsoFrom')}`}
                    placeholder={t('wflow.ed.alsoFrom')}
                    value={change.alsoFrom ?? []}
                    disabled={!Object.keys(added).length}
                    style={{ minWidth: 240, flex: 1 }}
                    options={Object.keys(added).map((k) => ({ value: k, label: k }))}
                    onChange={(alsoFrom) => setStandardTransition(event, { ...change, alsoFrom })}
                  />
                </div>
                <ConditionsEditor
                  name={`${event} ${t('wflow.ed.conditions')}`}
                  value={change.when}

                  onChange={(when) => setStandardTransition(event, { ...change, when })}
                />
              </>
            )}
            {automatic && (
              <EffectsEditor
                name={`${event} ${t('wflow.ed.actions')}`}
                value={change.effects}

                onChange={(effects) => setStandardTransition(event, { ...change, effects })}
              />
            )}
          </section>
        );
      })}
    </div>
  );
}
