import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { can, Permission } from '@pcrm/access';
import { Alert, Button, Input, InputNumber, Segmented, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useAuth } from '../auth';
import { CUSTOMER_ENUMS, enumOptions } from '../customers/enums';
import {
  CUSTOMIZABLE,
  FieldInput,
  fieldLabel,
  fromFormValue,
  toFormValue,
  useCustomFieldDefinitions,
} from '../customization/fields';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import {
  areaFromText,
  areaText,
  customOpsOf,
  customShape,
  editorOf,
  isIncomplete,
  newCondition,
  opsOf,
  RULE_FIELD_NAMES,
  withCustomField,
  withFieldOp,
  type CustomFieldChoice,
  type DraftCondition,
  type DraftRules,
  type RuleField,
} from './rules';

const CUSTOM = 'custom:';

/**
 * The customer custom fields a condition may use: those the caller may read, personal data only for roles
 * that see it whole (the API refuses the others on the condition's key).
 */
function useCustomFieldChoices(): CustomFieldChoice[] {
  const { session } = useAuth();
  const { definitions } = useCustomFieldDefinitions(CUSTOMIZABLE.customer);
  const seesPersonal = can(session?.roles ?? [], Permission.CustomerPersonalRead);
  return useMemo(
    () => definitions.filter((d) => !d.personalData || seesPersonal),
    [definitions, seesPersonal],
  );
}

/** Edits a segment's rule: ALL/ANY over a list of conditions, each a field, an operator and a value. */
export function RuleBuilder({
  draft,
  onChange,
  readOnly,
  showIncomplete,
}: {
  draft: DraftRules;
  onChange(next: DraftRules): void;
  readOnly: boolean;
  /** Marks conditions still missing a value (after a save attempt). */
  showIncomplete: boolean;
}) {
  const { t } = useI18n();
  const customFields = useCustomFieldChoices();
  const replace = (i: number, c: DraftCondition) =>
    onChange({ ...draft, conditions: draft.conditions.map((old, j) => (j === i ? c : old)) });

  return (
    <div className="pcrm-rule-builder">
      <div className="pcrm-rule-match">
        <span id="segment-match-label">{t('segments.match')}</span>
        <Segmented
          aria-labelledby="segment-match-label"
          disabled={readOnly}
          value={draft.match}
          onChange={(match) => onChange({ ...draft, match: match as DraftRules['match'] })}
          options={[
            { value: 'ALL', label: t('segments.match.ALL') },
            { value: 'ANY', label: t('segments.match.ANY') },
          ]}
        />
      </div>
      {draft.conditions.length === 0 && draft.nested.length === 0 && (
        <Typography.Paragraph className="pcrm-rule-empty">{t('segments.noConditions')}</Typography.Paragraph>
      )}
      <ol className="pcrm-rule-list" aria-label={t('segments.conditions')}>
        {draft.conditions.map((c, i) => (
          <ConditionRow
            key={c.key}
            index={i}
            condition={c}
            customFields={customFields}
            readOnly={readOnly}
            invalid={showIncomplete && isIncomplete(c)}
            onChange={(next) => replace(i, next)}
            onRemove={() => onChange({ ...draft, conditions: draft.conditions.filter((_, j) => j !== i) })}
          />
        ))}
      </ol>
      {draft.nested.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('segments.nested', { n: draft.nested.length })}
          description={<pre className="pcrm-rule-json">{JSON.stringify(draft.nested, null, 2)}</pre>}
        />
      )}
      {!readOnly && (
        <Button
          icon={<PlusOutlined aria-hidden />}
          onClick={() => onChange({ ...draft, conditions: [...draft.conditions, newCondition()] })}
        >
          {t('segments.addCondition')}
        </Button>
      )}
    </div>
  );
}

function ConditionRow({
  index,
  condition: c,
  customFields,
  readOnly,
  invalid,
  onChange,
  onRemove,
}: {
  index: number;
  condition: DraftCondition;
  customFields: CustomFieldChoice[];
  readOnly: boolean;
  invalid: boolean;
  onChange(c: DraftCondition): void;
  onRemove(): void;
}) {
  const { t, lang } = useI18n();
  const n = index + 1;
  const id = `segment-condition-${n}`;
  const custom = c.field === 'custom' ? customFields.find((d) => d.key === c.customKey) : undefined;
  // A saved condition on a field archived since, or one the user may not search by.
  const unusable = c.field === 'custom' && !custom;
  const fieldValue = c.field === 'custom' ? `${CUSTOM}${c.customKey}` : c.field;
  const customOptions = customFields.map((d) => ({ value: `${CUSTOM}${d.key}`, label: fieldLabel(d, lang) }));
  if (unusable)
    customOptions.push({
      value: fieldValue,
      label: t('segments.customUnavailable', { key: c.customKey ?? '' }),
    });
  const ops = c.field === 'custom' ? (custom ? customOpsOf(custom.type) : [c.op]) : opsOf(c.field);
  const chooseField = (value: string) => {
    if (!value.startsWith(CUSTOM)) return onChange(withFieldOp(c, value as RuleField, c.op));
    const def = customFields.find((d) => `${CUSTOM}${d.key}` === value);
    if (def) onChange(withCustomField(c, def, c.op));
  };
  const chooseOp = (op: string) => {
    if (c.field !== 'custom') return onChange(withFieldOp(c, c.field, op));
    if (custom) onChange(withCustomField(c, custom, op));
  };
  return (
    <li className="pcrm-rule-row" data-testid={id}>
      <Space wrap align="start" className="pcrm-rule-row-fields">
        <Select
          aria-label={t('segments.field', { n })}
          disabled={readOnly}
          value={fieldValue}
          status={unusable ? 'error' : undefined}
          style={{ width: 180 }}
          popupMatchSelectWidth={false}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={chooseField}
          options={[
            {
              label: t('segments.fieldGroup.core'),
              options: RULE_FIELD_NAMES.map((f) => ({
                value: f,
                label: t(`segments.field.${f}` as MessageKey),
              })),
            },
            ...(customOptions.length
              ? [{ label: t('segments.fieldGroup.custom'), options: customOptions }]
              : []),
          ]}
        />
        <Select
          aria-label={t('segments.op', { n })}
          disabled={readOnly || unusable}
          value={c.op}
          style={{ width: 170 }}
          onChange={chooseOp}
          options={(ops.includes(c.op as never) ? ops : [...ops, c.op]).map((op) => ({
            value: op,
            label: t(`segments.op.${op}` as MessageKey),
          }))}
        />
        {custom ? (
          <CustomValueInput
            condition={c}
            field={custom}
            n={n}
            readOnly={readOnly}
            invalid={invalid}
            onChange={onChange}
          />
        ) : (
          c.field !== 'custom' && (
            <ValueInput condition={c} n={n} readOnly={readOnly} invalid={invalid} onChange={onChange} />
          )
        )}
        {!readOnly && (
          <Button
            icon={<DeleteOutlined aria-hidden />}
            aria-label={t('segments.removeCondition', { n })}
            onClick={onRemove}
          />
        )}
      </Space>
      {unusable && (
        <div className="pcrm-field-error" role="alert" id={`${id}-unusable`}>
          {t('segments.customUnusable', { n, key: c.customKey ?? '' })}
        </div>
      )}
      {invalid && (
        <div className="pcrm-field-error" role="alert" id={`${id}-error`}>
          {t('segments.valueMissing', { n })}
        </div>
      )}
    </li>
  );
}

/** Text stays as typed while it is edited (the rule trims it); every other value is the API's. */
const TYPED_TEXT = new Set(['TEXT', 'PHONE', 'EMAIL', 'URL']);

/** The value of a custom condition, drawn by the record forms' input for the field's type. */
function CustomValueInput({
  condition: c,
  field,
  n,
  readOnly,
  invalid,
  onChange,
}: {
  condition: DraftCondition;
  field: CustomFieldChoice;
  n: number;
  readOnly: boolean;
  invalid: boolean;
  onChange(c: DraftCondition): void;
}) {
  const { t, lang } = useI18n();
  const shape = customShape(field, c.op);
  if (!shape) return null;
  return (
    <div className="pcrm-rule-custom-value">
      <FieldInput
        shape={shape}
        label={fieldLabel(field, lang)}
        aria-label={t('segments.value', { n })}
        aria-invalid={invalid || undefined}
        disabled={readOnly}
        value={toFormValue(shape, c.value)}
        onChange={(v) =>
          onChange({
            ...c,
            value: TYPED_TEXT.has(shape.type) ? (typeof v === 'string' ? v : null) : fromFormValue(shape, v),
          })
        }
      />
    </div>
  );
}

function ValueInput({
  condition: c,
  n,
  readOnly,
  invalid,
  onChange,
}: {
  condition: DraftCondition;
  n: number;
  readOnly: boolean;
  invalid: boolean;
  onChange(c: DraftCondition): void;
}) {
  const { t } = useI18n();
  if (c.field === 'custom') return null;
  const editor = editorOf(c.field, c.op);
  const common = {
    'aria-label': t('segments.value', { n }),
    disabled: readOnly,
    status: invalid ? ('error' as const) : undefined,
  };
  const set = (value: unknown) => onChange({ ...c, value });
  const list = Array.isArray(c.value) ? c.value : [];
  switch (editor.type) {
    case 'enum':
      return (
        <Select
          {...common}
          mode="multiple"
          value={list as string[]}
          onChange={set}
          options={enumOptions(editor.of, t)}
          placeholder={t('segments.choose')}
          style={{ minWidth: 200, maxWidth: '100%' }}
        />
      );
    case 'oneEnum':
      return (
        <Select
          {...common}
          value={typeof c.value === 'string' ? c.value : CUSTOMER_ENUMS[editor.of][0]}
          onChange={set}
          options={enumOptions(editor.of, t)}
          style={{ width: 180 }}
        />
      );
    case 'words':
      return (
        <Select
          {...common}
          mode="tags"
          open={false}
          suffixIcon={null}
          value={list as string[]}
          onChange={(words: string[]) => set(words.map((w) => w.trim()).filter(Boolean))}
          placeholder={t('segments.wordsPlaceholder')}
          style={{ minWidth: 220, maxWidth: '100%' }}
        />
      );
    case 'areas':
      return (
        <Select
          {...common}
          mode="tags"
          open={false}
          suffixIcon={null}
          value={list.map(areaText)}
          onChange={(texts: string[]) =>
            set(
              texts
                .map((text) => list.find((a) => areaText(a) === text) ?? areaFromText(text))
                .filter((a) => a !== null),
            )
          }
          placeholder={t('segments.areaPlaceholder')}
          style={{ minWidth: 240, maxWidth: '100%' }}
        />
      );
    case 'days':
      return (
        <InputNumber
          {...common}
          min={1}
          max={36500}
          precision={0}
          value={typeof c.value === 'number' ? c.value : null}
          onChange={(v) => set(v ?? null)}
          suffix={t('segments.days')}
          style={{ width: 140 }}
        />
      );
    case 'date':
      return (
        <Input
          {...common}
          type="date"
          value={typeof c.value === 'string' ? c.value : ''}
          onChange={(e) => set(e.target.value)}
          style={{ width: 170 }}
        />
      );
    case 'none':
      return null;
  }
}
