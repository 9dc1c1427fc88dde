import { Inject, Injectable } from '@nestjs/common';
import type { ValidateFunction } from 'ajv';
import { can, type Permission } from '@pcrm/access';
import { badInput } from '@pcrm/tenancy';
import { CustomFieldDefinitionsService } from './custom-field-definitions.service';
import { CustomFieldType as T, mayRead, type CustomFieldDefinitionData } from './custom-field.types';
import { fieldSchema, valueAjv } from './value-schema';

/** How a filter compares a custom field's value. */
export const CustomFieldFilterOp = {
  EQ: 'EQ',
  IN: 'IN',
  GT: 'GT',
  GTE: 'GTE',
  LT: 'LT',
  LTE: 'LTE',
  CONTAINS: 'CONTAINS',
  EMPTY: 'EMPTY',
} as const;
export type CustomFieldFilterOp = (typeof CustomFieldFilterOp)[keyof typeof CustomFieldFilterOp];

export interface CustomFieldFilter {
  key: string;
  op: CustomFieldFilterOp;
  value?: unknown;
}

/**
 * A filter as SQL takes it: a value equal to one of `values` (for a multi-select, one of its elements equal to
 * one of them: answered by the filter keys, ADR 0022), a typed comparison, a text match or the key's presence
 * on the record's `custom_fields` jsonb. Values are bound.
 */
export type CustomValueCondition =
  | { kind: 'equals'; key: string; values: unknown[]; multi: boolean }
  | {
      kind: 'compare';
      key: string;
      op: '>' | '>=' | '<' | '<=';
      cast: 'numeric' | 'text' | 'timestamptz';
      value: string;
    }
  | { kind: 'like'; key: string; pattern: string }
  | { kind: 'present'; key: string; present: boolean };

export const CUSTOM_FILTER_LIMITS = { filters: 10, inValues: 50, text: 100 };

/**
 * The longest value text with a filter key (`custom_value_entry` in the migration CustomerCustomKeys keys no
 * longer one): a longer text, an address or another object is compared by containment instead.
 */
export const KEYED_VALUE_CHARS = 200;

/** Whether `custom_value_entry` keys this value (a scalar, text at most `KEYED_VALUE_CHARS` characters). */
export const isKeyedValue = (value: unknown): boolean =>
  typeof value === 'number' ||
  typeof value === 'boolean' ||
  (typeof value === 'string' && Array.from(value).length <= KEYED_VALUE_CHARS);

const COMPARE = { GT: '>', GTE: '>=', LT: '<', LTE: '<=' } as const;
const TEXT_TYPES: readonly string[] = [T.TEXT, T.LONG_TEXT, T.PHONE, T.EMAIL, T.URL];
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Turns a caller's custom-field filters into SQL conditions, checked against the tenant's definitions. */
@Injectable()
export class CustomFieldFilters {
  constructor(
    @Inject(CustomFieldDefinitionsService) private readonly definitions: CustomFieldDefinitionsService,
  ) {}

  async conditions(
    entityId: string,
    filters: readonly CustomFieldFilter[] | null | undefined,
    roles: readonly string[],
    personalReadBy: Permission,
  ): Promise<CustomValueCondition[] | null> {
    if (!filters?.length) return null;
    if (filters.length > CUSTOM_FILTER_LIMITS.filters)
      throw badInput(
        'filter.customFields',
        `사용자 정의 항목 조건은 ${CUSTOM_FILTER_LIMITS.filters}개까지입니다.`,
        `At most ${CUSTOM_FILTER_LIMITS.filters} custom-field conditions.`,
      );
    return this.conditionsAt(
      entityId,
      filters.map((f, i) => ({ ...f, path: `filter.customFields[${i}]` })),
      roles,
      personalReadBy,
    );
  }

  /**
   * Filters checked one by one, each on its own input path (`<path>.key`, `<path>.value`): for conditions that
   * sit inside a larger input, such as a segment rule. No limit on their number: the caller has its own.
   */
  async conditionsAt(
    entityId: string,
    filters: readonly (CustomFieldFilter & { path: string })[],
    roles: readonly string[],
    personalReadBy: Permission,
  ): Promise<CustomValueCondition[]> {
    if (!filters.length) return [];
    const compiled = await this.definitions.compiled(entityId);
    return filters.map((f) => {
      const def = searchable(compiled.byKey.get(f.key), f.key, roles, personalReadBy, `${f.path}.key`);
      return conditionOf(def, f, f.path);
    });
  }

  /**
   * The order by one custom field, checked like a filter (an active field the caller may read, personal data
   * only for who sees it whole: an order would otherwise reveal what the mask hides); `field` names the input.
   */
  async sort(
    entityId: string,
    key: string,
    roles: readonly string[],
    personalReadBy: Permission,
    field: string,
  ): Promise<CustomValueSort> {
    const def = searchable(
      (await this.definitions.compiled(entityId)).byKey.get(key),
      key,
      roles,
      personalReadBy,
      field,
    );
    const cast = SORT_CAST[def.type];
    if (!cast)
      throw badInput(
        field,
        `'${def.labelKo}' 항목(${def.type})으로는 정렬할 수 없습니다.`,
        `The field '${def.key}' (${def.type}) cannot be sorted by.`,
      );
    return { key: def.key, cast, type: def.type, personalData: def.personalData };
  }
}

/** A sort by one custom value: `custom_fields ->> key` cast to `cast`, customers without it last. */
export interface CustomValueSort {
  key: string;
  cast: 'numeric' | 'text' | 'timestamptz' | 'boolean';
  type: CustomFieldDefinitionData['type'];
  /** A list shows the sorted value masked for everyone, as it does core personal data. */
  personalData: boolean;
}

/** What a sort compares each type as; long text, lists, addresses and references have no useful order. */
const SORT_CAST: Partial<Record<string, CustomValueSort['cast']>> = {
  [T.TEXT]: 'text',
  [T.PHONE]: 'text',
  [T.EMAIL]: 'text',
  [T.URL]: 'text',
  [T.SELECT]: 'text',
  [T.DATE]: 'text',
  [T.INTEGER]: 'numeric',
  [T.DECIMAL]: 'numeric',
  [T.DATETIME]: 'timestamptz',
  [T.BOOLEAN]: 'boolean',
};

/** The definition of `key` when the caller may search or sort by it; BAD_USER_INPUT on `field` otherwise. */
function searchable(
  def: CustomFieldDefinitionData | undefined,
  key: string,
  roles: readonly string[],
  personalReadBy: Permission,
  field: string,
): CustomFieldDefinitionData {
  // A field the caller may not read, or personal data they may not see whole, cannot be searched by.
  if (!def || def.archived || !mayRead(def, roles) || (def.personalData && !can(roles, personalReadBy)))
    throw badInput(
      field,
      `'${key}' 은(는) 검색할 수 있는 사용자 정의 항목이 아닙니다.`,
      `'${key}' is not a custom field you may search by.`,
    );
  return def;
}

/**
 * The check of one value of a definition's type, without its rules (a filter may look for values stored before a
 * rule tightened). One per definition: a compiled definition lives as long as its schema version is cached, and
 * an Ajv compile costs about 10 ms, which a segment list would otherwise pay per condition of every segment.
 */
const singleValueChecks = new WeakMap<CustomFieldDefinitionData, ValidateFunction>();
function singleValueCheck(def: CustomFieldDefinitionData): ValidateFunction {
  let check = singleValueChecks.get(def);
  if (!check) {
    check = valueAjv().compile(fieldSchema({ ...def, rules: {} }));
    singleValueChecks.set(def, check);
  }
  return check;
}

function conditionOf(
  def: CustomFieldDefinitionData,
  f: CustomFieldFilter,
  field: string,
): CustomValueCondition {
  const invalid = () =>
    badInput(
      `${field}.value`,
      `'${def.labelKo}' 항목에 이 조건(${f.op})과 값을 쓸 수 없습니다.`,
      `The condition ${f.op} with this value does not apply to the field '${def.key}'.`,
    );
  const single = singleValueCheck(def);
  const multi = def.type === T.MULTI_SELECT;
  const element = (v: unknown) => (multi ? single([v]) : single(v));
  const equals = (values: unknown[]): CustomValueCondition => ({
    kind: 'equals',
    key: def.key,
    values,
    multi,
  });
  switch (f.op) {
    case 'EQ':
      if (!element(f.value)) throw invalid();
      return equals([f.value]);
    case 'IN': {
      const values = f.value;
      if (Array.isArray(values) && values.length > CUSTOM_FILTER_LIMITS.inValues)
        throw badInput(
          `${field}.value`,
          `IN 조건의 값은 ${CUSTOM_FILTER_LIMITS.inValues}개까지입니다.`,
          `An IN condition takes at most ${CUSTOM_FILTER_LIMITS.inValues} values.`,
        );
      if (!Array.isArray(values) || !values.length || !values.every(element)) throw invalid();
      return equals(values);
    }
    case 'GT':
    case 'GTE':
    case 'LT':
    case 'LTE': {
      const cast =
        def.type === T.INTEGER || def.type === T.DECIMAL
          ? 'numeric'
          : def.type === T.DATE
            ? 'text'
            : def.type === T.DATETIME
              ? 'timestamptz'
              : null;
      if (!cast || !single(f.value)) throw invalid();
      return { kind: 'compare', key: def.key, op: COMPARE[f.op], cast, value: String(f.value) };
    }
    case 'CONTAINS':
      if (multi) {
        if (!element(f.value)) throw invalid();
        return equals([f.value]);
      }
      if (
        !TEXT_TYPES.includes(def.type) ||
        typeof f.value !== 'string' ||
        !f.value.trim() ||
        f.value.length > CUSTOM_FILTER_LIMITS.text
      )
        throw invalid();
      return { kind: 'like', key: def.key, pattern: `%${escapeLike(f.value.trim())}%` };
    case 'EMPTY':
      if (f.value !== undefined && f.value !== null && typeof f.value !== 'boolean') throw invalid();
      return { kind: 'present', key: def.key, present: f.value === false };
  }
}
