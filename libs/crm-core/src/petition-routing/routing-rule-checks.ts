import { hasVisibleCharacter, nfc } from '@pcrm/tenancy';
import { ROUTING_KEYWORD_LIMIT, ROUTING_RULE_LIMIT } from '../petitions';
import { RoutingRuleError } from './routing-rule-errors';

export const KEYWORD_MAX_LENGTH = 40;
export const PRIORITY_MIN = 1;
export const PRIORITY_MAX = 1_000_000;
const CATEGORY_CODE = /^[A-Z][A-Z0-9_]{0,39}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Characters a keyword can hold but never match through (intake refuses them in a title or body). */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * A keyword as it is matched: NFC, runs of white space as one space, invisible and control characters
 * (zero-width space, BOM, Hangul fillers, …) dropped, trimmed. Null when nothing visible is left.
 */
export function normalizeKeyword(value: string): string | null {
  const text = nfc(value).replace(/\s+/gu, ' ').replace(HIDDEN, '').trim();
  return text && hasVisibleCharacter(text) ? text : null;
}

/** The rule's keywords: normalised, without repeats (case-insensitively), within the limits. */
export function checkKeywords(values: readonly string[]): string[] {
  if (values.length > ROUTING_KEYWORD_LIMIT) throw tooManyKeywords(values.length);
  const keywords = new Map<string, string>();
  values.forEach((value, i) => {
    const keyword = normalizeKeyword(value);
    if (keyword === null)
      throw new RoutingRuleError(
        'ROUTING_KEYWORD_EMPTY',
        `keywords.${i}`,
        `${i + 1}번째 핵심어에 보이는 글자가 없습니다.`,
        `Keyword ${i + 1} has no visible character.`,
      );
    if (Array.from(keyword).length > KEYWORD_MAX_LENGTH)
      throw new RoutingRuleError(
        'ROUTING_KEYWORD_TOO_LONG',
        `keywords.${i}`,
        `핵심어는 ${KEYWORD_MAX_LENGTH}자 이하여야 합니다: '${keyword.slice(0, 20)}…'`,
        `A keyword must be at most ${KEYWORD_MAX_LENGTH} characters.`,
      );
    if (!keywords.has(keyword.toLowerCase())) keywords.set(keyword.toLowerCase(), keyword);
  });
  return [...keywords.values()];
}

const tooManyKeywords = (n: number) =>
  new RoutingRuleError(
    'ROUTING_TOO_MANY_KEYWORDS',
    'keywords',
    `핵심어는 규칙 하나에 ${ROUTING_KEYWORD_LIMIT}개까지입니다 (${n}개).`,
    `A rule has at most ${ROUTING_KEYWORD_LIMIT} keywords (got ${n}).`,
  );

/** A category code as written, or null for a rule of every category. */
export function categoryCodeOf(value: string | null | undefined): string | null {
  const code = value?.trim() ?? '';
  return code ? code : null;
}

export const isCategoryCode = (code: string): boolean => CATEGORY_CODE.test(code);
export const isUuid = (id: string): boolean => UUID.test(id);

export const unknownCategory = (code: string) =>
  new RoutingRuleError(
    'ROUTING_UNKNOWN_CATEGORY',
    'categoryCode',
    `분류 '${code.slice(0, 40)}'은(는) 이 시·도의 사용 중인 민원 분류가 아닙니다.`,
    `'${code.slice(0, 40)}' is not an active petition category of this tenant.`,
  );

export const unknownDepartment = () =>
  new RoutingRuleError(
    'ROUTING_UNKNOWN_DEPARTMENT',
    'departmentId',
    '배정할 부서가 이 시·도의 사용 중인 부서가 아닙니다.',
    'departmentId is not an active department of this tenant.',
  );

export const emptyRule = () =>
  new RoutingRuleError(
    'ROUTING_EMPTY_RULE',
    'keywords',
    '규칙에는 분류나 핵심어가 하나 이상 있어야 합니다.',
    'A rule needs a category, keywords or both.',
  );

export function checkPriority(value: number): number {
  if (!Number.isInteger(value) || value < PRIORITY_MIN || value > PRIORITY_MAX)
    throw new RoutingRuleError(
      'ROUTING_PRIORITY_RANGE',
      'priority',
      `우선순위는 ${PRIORITY_MIN}부터 ${PRIORITY_MAX.toLocaleString('en')}까지의 정수여야 합니다.`,
      `priority must be an integer from ${PRIORITY_MIN} to ${PRIORITY_MAX}.`,
    );
  return value;
}

export const tooManyRules = () =>
  new RoutingRuleError(
    'ROUTING_TOO_MANY_RULES',
    'input',
    `배정 규칙은 ${ROUTING_RULE_LIMIT}개까지 둘 수 있습니다. 쓰지 않는 규칙을 지워 주세요.`,
    `A tenant has at most ${ROUTING_RULE_LIMIT} routing rules; delete unused ones.`,
  );

export const reorderMismatch = () =>
  new RoutingRuleError(
    'ROUTING_REORDER_MISMATCH',
    'ids',
    '순서를 바꾸려면 모든 배정 규칙을 한 번씩 보내야 합니다. 목록을 새로 고친 뒤 다시 시도해 주세요.',
    'Reordering needs every routing rule of the tenant exactly once; reload the list and try again.',
  );
