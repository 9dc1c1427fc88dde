import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { CORE_FIELDS, OPS, ROLES, type Condition, type Deadline, type Effect } from './overlay';

interface ListProps<T> {
  value: T[] | undefined;
  onChange(next: T[]): void;
  disabled?: boolean;
  /** Names the list for screen readers (e.g. "ANSWER 조건"). */
  name: string;
}

const replace = <T,>(list: T[], i: number, item: T) => list.map((x, j) => (j === i ? item : x));
const parseValue = (text: string): string | boolean =>
  text === 'true' ? true : text === 'false' ? false : text;
const showValue = (v: unknown) => (Array.isArray(v) ? v.join(', ') : v === undefined ? '' : String(v));

/** A fieldset of editable rows, each with its remove button, and an add button below. */
function RowList<T>({
  list,
  onChange,
  disabled,
  name,
  legend,
  addLabel,
  newItem,
  row,
}: {
  list: T[];
  onChange(next: T[]): void;
  disabled?: boolean;
  name: string;
  legend: string;
  addLabel: string;
  newItem: T;
  /** The row's own controls; `set` replaces this row's item. */
  row(item: T, label: string, set: (item: T) => void): ReactNode;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="wf-fieldset">
      <legend>{legend}</legend>
      {list.map((item, i) => (
        <div className="wf-row" key={i}>
          {row(item, `${name} ${i + 1}`, (next) => onChange(replace(list, i, next)))}
          <Button
            icon={<DeleteOutlined />}
            aria-label={t('wflow.ed.removeNamed', { name: `${name} ${i + 1}` })}
            disabled={disabled}
            onClick={() => onChange(list.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        disabled={disabled}
        onClick={() => onChange([...list, newItem])}
      >
        {addLabel}
      </Button>
    </fieldset>
  );
}

/** Role and field conditions of one transition (all must hold). */
export function ConditionsEditor({ value, onChange, disabled, name }: ListProps<Condition>) {
  const { t } = useI18n();
  return (
    <RowList
      list={value ?? []}
      onChange={onChange}
      disabled={disabled}
      name={name}
      legend={t('wflow.ed.conditions')}
      addLabel={t('wflow.ed.addCondition')}
      newItem={{ kind: 'role', roles: [] }}
      row={(c, label, set) => (
        <>
          <Select
            aria-label={`${label}: ${t('wflow.ed.cond.kind')}`}
            value={c.kind}
            disabled={disabled}
            style={{ width: 110 }}
            options={[
              { value: 'role', label: t('wflow.ed.cond.role') },
              { value: 'field', label: t('wflow.ed.cond.field') },
            ]}
            onChange={(kind) =>
              set(
                kind === 'role'
                  ? { kind: 'role', roles: [] }
                  : { kind: 'field', field: 'kind', op: 'eq', value: '' },
              )
            }
          />
          {c.kind === 'role' ? (
            <Select
              mode="multiple"
              aria-label={`${label}: ${t('wflow.ed.cond.roles')}`}
              placeholder={t('wflow.ed.cond.roles')}
              value={c.roles}
              disabled={disabled}
              style={{ minWidth: 220, flex: 1 }}
              options={ROLES.map((r) => ({ value: r, label: r }))}
              onChange={(roles) => set({ ...c, roles })}
            />
          ) : (
            <>
              <Select
                showSearch
                aria-label={`${label}: ${t('wflow.ed.cond.fieldName')}`}
                value={c.field}
                disabled={disabled}
                style={{ minWidth: 200 }}
                options={[...CORE_FIELDS, ...(CORE_FIELDS.includes(c.field) ? [] : [c.field])].map((f) => ({
                  value: f,
                  label: f,
                }))}
                onSearch={(text) => text.startsWith('customFields.') && set({ ...c, field: text })}
                onChange={(field) => set({ ...c, field })}
              />
              <Select
                aria-label={`${label}: ${t('wflow.ed.cond.op')}`}
                value={c.op}
                disabled={disabled}
                style={{ width: 110 }}
                options={OPS.map((o) => ({ value: o, label: o }))}
                onChange={(op) =>
                  set({
                    kind: 'field',
                    field: c.field,
                    op,
                    ...(op === 'empty' || op === 'notEmpty' ? {} : { value: op === 'in' ? [] : '' }),
                  })
                }
              />
              {c.op !== 'empty' && c.op !== 'notEmpty' && (
                <Input
                  aria-label={`${label}: ${t('wflow.ed.cond.value')}`}
                  placeholder={t('wflow.ed.cond.value')}
                  value={showValue(c.value)}
                  disabled={disabled}
                  style={{ width: 180 }}
                  onChange={(e) =>
                    set({
                      ...c,
                      value:
                        c.op === 'in'
                          ? e.target.value
                              .split(',')
                              .map((v) => v.trim())
                              .filter(Boolean)
                          : parseValue(e.target.value),
                    })
                  }
                />
              )}
            </>
          )}
        </>
      )}
    />
  );
}

/** Automatic actions: notify, assign to a department, open a follow-up case. */
export function EffectsEditor({
  value,
  onChange,
  disabled,
  name,
  legend,
}: ListProps<Effect> & { legend?: string }) {
  const { t } = useI18n();
  return (
    <RowList
      list={value ?? []}
      onChange={onChange}
      disabled={disabled}
      name={name}
      legend={legend ?? t('wflow.ed.actions')}
      addLabel={t('wflow.ed.addAction')}
      newItem={{ kind: 'notify', target: 'officer' }}
      row={(e, label, set) => (
        <>
          <Select
            aria-label={`${label}: ${t('wflow.ed.act.kind')}`}
            value={e.kind}
            disabled={disabled}
            style={{ width: 150 }}
            options={(['notify', 'assign', 'followUp'] as const).map((k) => ({
              value: k,
              label: t(`wflow.ed.act.${k}`),
            }))}
            onChange={(kind) =>
              set(
                kind === 'notify'
                  ? { kind: 'notify', target: 'officer' }
                  : kind === 'assign'
                    ? { kind: 'assign', departmentCode: '' }
                    : { kind: 'followUp' },
              )
            }
          />
          {e.kind === 'notify' ? (
            <>
              <Select
                aria-label={`${label}: ${t('wflow.ed.act.target')}`}
                value={e.target}
                disabled={disabled}
                style={{ width: 170 }}
                options={[
                  { value: 'officer', label: t('wflow.ed.act.officer') },
                  { value: 'role', label: t('wflow.ed.act.roleTarget') },
                ]}
                onChange={(target) =>
                  set(
                    target === 'role'
                      ? { kind: 'notify', target, role: 'manager' }
                      : { kind: 'notify', target },
                  )
                }
              />
              {e.target === 'role' && (
                <Select
                  aria-label={`${label}: ${t('wflow.ed.act.role')}`}
                  value={e.role}
                  disabled={disabled}
                  style={{ width: 150 }}
                  options={ROLES.map((r) => ({ value: r, label: r }))}
                  onChange={(role) => set({ ...e, role })}
                />
              )}
            </>
          ) : (
            <Input
              aria-label={`${label}: ${t('wflow.ed.act.department')}`}
              placeholder={t('wflow.ed.act.department')}
              value={e.departmentCode ?? ''}
              disabled={disabled}
              style={{ width: 180 }}
              onChange={(ev) =>
                set(
                  e.kind === 'assign'
                    ? { kind: 'assign', departmentCode: ev.target.value }
                    : { kind: 'followUp', ...(ev.target.value ? { departmentCode: ev.target.value } : {}) },
                )
              }
            />
          )}
        </>
      )}
    />
  );
}

/** A state's own deadline: a number of business days or hours from entering it, or none. */
export function DeadlineEditor({
  value,
  onChange,
  disabled,
  name,
}: {
  value: Deadline | undefined;
  onChange(next: Deadline | undefined): void;
  disabled?: boolean;
  name: string;
}) {
  const { t } = useI18n();
  return (
    <div className="wf-row">
      <InputNumber
        aria-label={`${name}: ${t('wflow.ed.deadlineValue')}`}
        placeholder={t('wflow.ed.noDeadline')}
        min={1}
        max={2000}
        value={value?.value ?? null}
        disabled={disabled}
        onChange={(v) =>
          onChange(v ? { unit: value?.unit ?? 'BUSINESS_DAYS', ...value, value: Number(v) } : undefined)
        }
      />
      <Select
        aria-label={`${name}: ${t('wflow.ed.deadlineUnit')}`}
        value={value?.unit ?? 'BUSINESS_DAYS'}
        disabled={disabled || !value}
        style={{ width: 130 }}
        options={(['BUSINESS_DAYS', 'BUSINESS_HOURS'] as const).map((u) => ({
          value: u,
          label: t(`wflow.ed.unit.${u}`),
        }))}
        onChange={(unit) => value && onChange({ ...value, unit })}
      />
    </div>
  );
}
