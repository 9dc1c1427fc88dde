import type { CustomizableEntity } from '../entities/customizable-entity';

/**
 * What a term names: an entity of the standard model, an entry of the admin's menu, or a word the screens
 * use throughout (column headers, form labels).
 */
export enum TermGroup {
  ENTITY = 'ENTITY',
  MENU = 'MENU',
  COMMON = 'COMMON',
}

/** The form of every term key; the table's CHECK holds stored keys to it too. */
export const TERM_KEY_PATTERN = '^[a-z]+\\.[A-Za-z0-9][A-Za-z0-9.-]{0,79}$';

export interface StandardTerm {
  /** `entity.<entity id>`, `menu.<admin nav key>` or `term.<name>`; stable, never reused. */
  readonly key: string;
  readonly group: TermGroup;
  readonly ko: string;
  readonly en: string;
}

const term = (group: TermGroup, key: string, ko: string, en: string): StandardTerm =>
  Object.freeze({ key, group, ko, en });

const entity = (id: string, ko: string, en: string) => term(TermGroup.ENTITY, `entity.${id}`, ko, en);
const menu = (navKey: string, ko: string, en: string) => term(TermGroup.MENU, `menu.${navKey}`, ko, en);
const common = (name: string, ko: string, en: string) => term(TermGroup.COMMON, `term.${name}`, ko, en);

/**
 * The core entities in the order editors see them. Entities that register themselves as customizable later
 * join the catalog with the labels they registered (`termCatalog`).
 */
const CORE_ENTITIES: readonly StandardTerm[] = [
  entity('crm-core.customers', '고객', 'Customer'),
  entity('crm-core.petition', '민원', 'Petition'),
  entity('crm-core.department', '부서', 'Department'),
  entity('crm-core.staff', '직원', 'Staff'),
];

/** The admin's menu entries a tenant may rename (the keys of apps/admin/src/layout/nav.tsx). */
const MENU_TERMS: readonly StandardTerm[] = [
  menu('home', '홈', 'Home'),
  menu('departments', '조직(부서) 관리', 'Departments'),
  menu('staff', '직원', 'Staff'),
  menu('customers', '고객', 'Customers'),
  menu('petitions', '민원(VOC)', 'Petitions (VOC)'),
  menu('customer-import', '고객 가져오기', 'Customer import'),
  menu('segments', '고객 세그먼트', 'Customer segments'),
  menu('data-quality', '고객정보 품질', 'Data quality'),
  menu('business-calendar', '업무 달력', 'Business calendar'),
  menu('petition-settings', '민원 분류·배정 설정', 'Petition categories & routing'),
  menu('notification-templates', '알림 템플릿', 'Notification templates'),
  menu('petition-survey-results', '만족도 조사 결과', 'Survey results'),
  menu('petition-backlog', '지연·미처리 현황', 'Backlog and overdue'),
];

/** Words the screens use as column headers and field labels. */
const COMMON_TERMS: readonly StandardTerm[] = [
  common('receiptNo', '접수번호', 'Receipt no.'),
  common('title', '제목', 'Title'),
  common('category', '분류', 'Category'),
  common('handlingClass', '처리유형', 'Handling class'),
  common('dueDate', '처리기한', 'Due'),
  common('officer', '담당자', 'Officer'),
  common('channel', '채널', 'Channel'),
];

/** A standard word an edition of the standard model revises: its new Korean and English text. */
export interface TermRevision {
  readonly key: string;
  readonly ko: string;
  readonly en: string;
}

/**
 * What each edition of the standard model (docs/adr/0026) revises of the terms above, which are edition 1's
 * (and the admin's built-in texts). Edition 2 follows the plain-language rule for public documents (국어기본법
 * 제14조): 채널 becomes 접수 경로, and the backlog menu says what is late (the due date has passed).
 */
export const TERM_REVISIONS: Readonly<Record<number, readonly TermRevision[]>> = {
  2: [
    { key: 'term.channel', ko: '접수 경로', en: 'Intake channel' },
    { key: 'menu.petition-backlog', ko: '처리기한 경과·미처리 민원', en: 'Overdue and open petitions' },
  ],
};

/** The fixed terms (no registered entities) as `edition` of the standard model words them. */
export function standardTerms(edition: number): StandardTerm[] {
  const revised = new Map<string, TermRevision>();
  for (let e = 2; e <= edition; e++) for (const r of TERM_REVISIONS[e] ?? []) revised.set(r.key, r);
  return [...CORE_ENTITIES, ...MENU_TERMS, ...COMMON_TERMS].map((t) => {
    const r = revised.get(t.key);
    return r ? term(t.group, t.key, r.ko, r.en) : t;
  });
}

/**
 * Every term a tenant may rename, worded as the tenant's edition of the standard model words it: the core
 * entities and every other registered customizable entity, the menu entries and the common words. The
 * catalog is code, so a key a tenant stored always means one thing.
 */
export function termCatalog(registered: readonly CustomizableEntity[], edition: number): StandardTerm[] {
  const fixed = standardTerms(edition);
  const known = new Set(fixed.map((t) => t.key));
  const more = registered.map((e) => entity(e.id, e.labelKo, e.labelEn)).filter((t) => !known.has(t.key));
  const entities = fixed.filter((t) => t.group === TermGroup.ENTITY);
  return [...entities, ...more, ...fixed.filter((t) => t.group !== TermGroup.ENTITY)];
}

/** The text the admin's own dictionary uses for a term: edition 1's (the screens find a term by it). */
export function builtInTerm(key: string): StandardTerm | undefined {
  return BUILT_IN.get(key);
}

const BUILT_IN = new Map([...CORE_ENTITIES, ...MENU_TERMS, ...COMMON_TERMS].map((t) => [t.key, t]));
