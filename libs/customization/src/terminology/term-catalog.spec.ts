import { customizableEntity } from '../entities/customizable-entity';
import {
  TERM_KEY_PATTERN,
  TERM_REVISIONS,
  TermGroup,
  builtInTerm,
  standardTerms,
  termCatalog,
} from './term-catalog';

const visit = customizableEntity({
  id: 'crm-core.visit',
  table: 'visits',
  labelKo: '방문',
  labelEn: 'Visit',
});
const customers = customizableEntity({
  id: 'crm-core.customers',
  table: 'customers',
  labelKo: '고객(등록)',
  labelEn: 'Registered customer',
});

const EDITIONS = [1, ...Object.keys(TERM_REVISIONS).map(Number)];

it.each(EDITIONS)(
  'lists every term once in edition %i, with a storable key and labels a tenant could have written',
  (edition) => {
    const catalog = termCatalog([visit], edition);
    expect(new Set(catalog.map((t) => t.key)).size).toBe(catalog.length);
    for (const term of catalog) {
      expect(term.key).toMatch(new RegExp(TERM_KEY_PATTERN));
      for (const label of [term.ko, term.en])
        expect([term.key, label.length]).toEqual([term.key, label.trim().length]);
      expect(Math.max(term.ko.length, term.en.length)).toBeLessThanOrEqual(40);
    }
  },
);

it('revises in each edition only fixed terms, each to words that differ from the previous edition', () => {
  for (const [edition, revisions] of Object.entries(TERM_REVISIONS)) {
    const before = new Map(standardTerms(Number(edition) - 1).map((t) => [t.key, t]));
    for (const r of revisions) {
      expect([r.key, before.has(r.key)]).toEqual([r.key, true]);
      const was = before.get(r.key)!;
      expect([r.key, was.ko === r.ko && was.en === r.en]).toEqual([r.key, false]);
    }
  }
});

it('words edition 2 in plain Korean, keeps the built-in (edition 1) text for the screens', () => {
  const words = (edition: number) =>
    Object.fromEntries(
      standardTerms(edition)
        .filter((t) => ['term.channel', 'menu.petition-backlog', 'term.officer'].includes(t.key))
        .map((t) => [t.key, [t.ko, t.en]]),
    );
  expect(words(1)).toEqual({
    'menu.petition-backlog': ['지연·미처리 현황', 'Backlog and overdue'],
    'term.channel': ['채널', 'Channel'],
    'term.officer': ['담당자', 'Officer'],
  });
  expect(words(2)).toEqual({
    'menu.petition-backlog': ['처리기한 경과·미처리 민원', 'Overdue and open petitions'],
    'term.channel': ['접수 경로', 'Intake channel'],
    'term.officer': ['담당자', 'Officer'],
  });
  expect(builtInTerm('term.channel')).toMatchObject({ ko: '채널', en: 'Channel' });
  expect(termCatalog([visit], 2).find((t) => t.key === 'term.channel')).toMatchObject({ ko: '접수 경로' });
});

it('adds registered entities after the core ones and keeps the core labels', () => {
  const entities = termCatalog([customers, visit], 2).filter((t) => t.group === TermGroup.ENTITY);
  expect(entities.map((t) => [t.key, t.ko])).toEqual([
    ['entity.crm-core.customers', '고객'],
    ['entity.crm-core.petition', '민원'],
    ['entity.crm-core.department', '부서'],
    ['entity.crm-core.staff', '직원'],
    ['entity.crm-core.visit', '방문'],
  ]);
});
