import { badInput, controlOrFormatCharacter, hasVisibleCharacter, nfc } from '@pcrm/tenancy';

/** The earliest year a figure may be entered for (the registration statistics' series starts before it). */
export const FIRST_POPULATION_YEAR = 1990;
/** More than any 시·도 has (경기도: about 13.7 million): a larger figure is a typing mistake. */
export const MAX_POPULATION = 20_000_000;
/** The most districts one bulk save writes (경기도 has 44 시·군·구). Also enforced by the SQL function. */
export const MAX_DISTRICTS_PER_SAVE = 100;
const MAX_SOURCE = 200;
const MAX_DISTRICT_NAME = 50;

/** The current year in Asia/Seoul. */
const seoulYear = (now: Date): number => new Date(now.getTime() + 9 * 3_600_000).getUTCFullYear();

export function checkYear(year: number, now = new Date()): number {
  const last = seoulYear(now);
  if (!Number.isInteger(year) || year < FIRST_POPULATION_YEAR || year > last)
    throw badInput(
      'year',
      `연도는 ${FIRST_POPULATION_YEAR}년부터 올해(${last}년)까지여야 합니다.`,
      `The year must be between ${FIRST_POPULATION_YEAR} and this year (${last}).`,
    );
  return year;
}

export function checkPopulation(population: number, field = 'population'): number {
  if (!Number.isInteger(population) || population < 1 || population > MAX_POPULATION)
    throw badInput(
      field,
      `인구는 1명 이상 ${MAX_POPULATION.toLocaleString('ko-KR')}명 이하의 정수여야 합니다.`,
      `The population must be a whole number from 1 to ${MAX_POPULATION.toLocaleString('en-US')}.`,
    );
  return population;
}

/** Visible text without control or format characters (NUL, zero-width, bidi overrides), NFC, trimmed. */
function visibleText(field: string, value: string, max: number, what: [string, string]): string {
  const text = nfc(value).trim();
  if (!hasVisibleCharacter(text) || text.length > max || controlOrFormatCharacter(text) !== null)
    throw badInput(
      field,
      `${what[0]}은(는) 보이는 글자로 ${max}자 이내여야 하며 제어·서식 문자를 쓸 수 없습니다.`,
      `The ${what[1]} must be visible text of at most ${max} characters, without control or format characters.`,
    );
  return text;
}

export const checkSource = (source: string, field = 'source'): string =>
  visibleText(field, source, MAX_SOURCE, ['출처', 'source']);

export const checkDistrictName = (sigungu: string, field = 'sigungu'): string =>
  visibleText(field, sigungu, MAX_DISTRICT_NAME, ['시·군·구 이름', 'district name']);

export interface DistrictFigureInput {
  sigungu: string;
  population: number;
  source: string;
  expectedUpdatedAt?: Date | null;
}

/** A bounded list of distinct districts, each checked; the first bad entry is named by its index. */
export function checkDistrictFigures(entries: readonly DistrictFigureInput[]): DistrictFigureInput[] {
  if (entries.length < 1 || entries.length > MAX_DISTRICTS_PER_SAVE)
    throw badInput(
      'districts',
      `한 번에 1~${MAX_DISTRICTS_PER_SAVE}개 시·군·구를 저장할 수 있습니다.`,
      `Between 1 and ${MAX_DISTRICTS_PER_SAVE} districts can be saved at once.`,
    );
  const seen = new Set<string>();
  return entries.map((entry, i) => {
    const sigungu = checkDistrictName(entry.sigungu, `districts.${i}.sigungu`);
    if (seen.has(sigungu))
      throw badInput(
        `districts.${i}.sigungu`,
        `"${sigungu}" 이(가) 목록에 두 번 있습니다.`,
        `"${sigungu}" appears twice in the list.`,
      );
    seen.add(sigungu);
    return {
      sigungu,
      population: checkPopulation(entry.population, `districts.${i}.population`),
      source: checkSource(entry.source, `districts.${i}.source`),
      expectedUpdatedAt: entry.expectedUpdatedAt ?? null,
    };
  });
}
