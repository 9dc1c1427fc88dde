import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, InputNumber, Segmented, Select, Space, Typography } from 'antd';
import { CUSTOMER_ENUMS, enumOptions } from '../customers/enums';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import {
  areaFromText,
  areaText,
  editorOf,
  isIncomplete,
  newCondition,
  opsOf,
  RULE_FIELD_NAMES,
  withFieldOp,
  type DraftCondition,
  type DraftRules,
  type RuleField,
} from './rules';

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
  readOnly,
  invalid,
  onChange,
  onRemove,
}: {
  index: number;
  condition: DraftCondition;
  readOnly: boolean;
  invalid: boolean;
  onChange(c: DraftCondition): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  const n = index + 1;
  const id = `segment-condition-${n}`;
  return (
    <li className="pcrm-rule-row" data-testid={id}>
      <Space wrap align="start" className="pcrm-rule-row-fields">
        <Select
          aria-label={t('segments.field', { n })}
          disabled={readOnly}
          value={c.field}
          style={{ width: 150 }}
          onChange={(field: RuleField) => onChange(withFieldOp(c, field, c.op))}
          options={RULE_FIELD_NAMES.map((f) => ({ value: f, label: t(`segments.field.${f}` as MessageKey) }))}
        />
        <Select
          aria-label={t('segments.op', { n })}
          disabled={readOnly}
          value={c.op}
          style={{ width: 170 }}
          onChange={(op: string) => onChange(withFieldOp(c, c.field, op))}
          options={opsOf(c.field).map((op) => ({ value: op, label: t(`segments.op.${op}` as MessageKey) }))}
        />
        <ValueInput condition={c} n={n} readOnly={readOnly} invalid={invalid} onChange={onChange} />
        {!readOnly && (
          <Button
            icon={<DeleteOutlined aria-hidden />}
            aria-label={t('segments.removeCondition', { n })}
            onClick={onRemove}
          />
        )}
      </Space>
      {invalid && (
        <div className="pcrm-field-error" role="alert" id={`${id}-error`}>
          {t('segments.valueMissing', { n })}
        </div>
      )}
    </li>
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
