import { CustomFieldType as T, type CustomFieldDefinitionData } from './custom-field.types';

/**
 * Custom values as spreadsheet text, both ways (ADR 0022 "Exports and imports"): an export writes what an
 * import reads back. Choices are written as their Korean labels and read by value or Korean label; a
 * multi-select's choices are separated by `MULTI_SEPARATOR`; booleans are 예/아니오; date-times are Korean
 * time `YYYY-MM-DD HH:mm`; an address is `[우편번호] 도로명주소 / 상세주소`.
 */
export const MULTI_SEPARATOR = ';';
export const BOOLEAN_WORDS = { true: ['예', 'y', 'yes', 'true'], false: ['아니오', 'n', 'no', 'false'] };

type Definition = Pick<CustomFieldDefinitionData, 'type' | 'options'>;

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as Korean staff read it: YYYY-MM-DD HH:mm in Korea (KST has no daylight saving). */
const koreanTime = (iso: string): string => {
  const at = new Date(iso);
  return Number.isNaN(at.getTime())
    ? iso
    : at.toLocaleString('sv-SE', { timeZone: 'Asia/Seoul' }).slice(0, 16);
};

const optionLabel = (def: Definition, value: unknown): string =>
  def.options.find((o) => o.value === value)?.labelKo ?? String(value);

/** A stored (or masked) value as one spreadsheet cell; absent is empty. */
export function spreadsheetText(def: Definition, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (def.type) {
    case T.BOOLEAN:
      return typeof value === 'boolean' ? (value ? '예' : '아니오') : String(value);
    case T.SELECT:
      return optionLabel(def, value);
    case T.MULTI_SELECT:
      return Array.isArray(value)
        ? value.map((v) => optionLabel(def, v)).join(`${MULTI_SEPARATOR} `)
        : String(value);
    case T.DATETIME:
      return typeof value === 'string' ? koreanTime(value) : String(value);
    case T.ADDRESS: {
      if (typeof value !== 'object' || Array.isArray(value)) return String(value);
      const a = value as { postalCode?: string; road?: string; detail?: string };
      return [a.postalCode ? `[${a.postalCode}]` : '', a.road ?? '', a.detail ? `/ ${a.detail}` : '']
        .filter(Boolean)
        .join(' ');
    }
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** Why a cell is not a value of its field, in Korean and English. */
export interface SpreadsheetProblem {
  ko: string;
  en: string;
}

export type ParsedCell = { value: unknown } | { problem: SpreadsheetProblem } | null;

const problem = (ko: string, en: string): ParsedCell => ({ problem: { ko, en } });

const INTEGER = /^[+-]?\d+$/u;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/u;
const DATE = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?$/u;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/u;
const LOCAL_TIME = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/u;
const WITH_OFFSET = /(?:Z|[+-]\d{2}:\d{2})$/u;

function dateOf(text: string): string | null {
  const m = DATE.exec(text) ?? COMPACT_DATE.exec(text);
  return m ? `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}` : null;
}

/** The option a cell names, by value or by Korean label (spaces around ignored). */
function optionOf(def: Definition, text: string): string | null {
  const option =
    def.options.find((o) => o.value === text) ??
    def.options.find((o) => o.labelKo.normalize('NFC').trim() === text);
  return option ? option.value : null;
}

/**
 * One spreadsheet cell as a value of its field, converted from how people write it (thousands separators,
 * 2026.3.1, 예/아니오, a choice's Korean label); null for an empty cell (nothing set). The value is then
 * checked by the field's validator like any other write; this only turns text into the value's type.
 */
export function parseSpreadsheetText(def: Definition, raw: string): ParsedCell {
  const text = raw.normalize('NFC').trim();
  if (text === '') return null;
  switch (def.type) {
    case T.INTEGER:
    case T.DECIMAL: {
      const plain = text.replace(/[,\s]/gu, '');
      const ok = def.type === T.INTEGER ? INTEGER.test(plain) : DECIMAL.test(plain);
      return ok
        ? { value: Number(plain) }
        : problem(
            def.type === T.INTEGER ? '정수가 아닙니다.' : '숫자가 아닙니다.',
            def.type === T.INTEGER ? 'Not a whole number.' : 'Not a number.',
          );
    }
    case T.DATE: {
      const date = dateOf(text);
      return date ? { value: date } : problem('날짜(YYYY-MM-DD)가 아닙니다.', 'Not a date (YYYY-MM-DD).');
    }
    case T.DATETIME: {
      const local = LOCAL_TIME.exec(text);
      if (local) {
        const [, y, mo, d, h, mi, s] = local;
        return { value: `${y}-${pad(+mo)}-${pad(+d)}T${pad(+h)}:${mi}:${s ?? '00'}+09:00` };
      }
      const date = dateOf(text);
      if (date) return { value: `${date}T00:00:00+09:00` };
      return WITH_OFFSET.test(text)
        ? { value: text }
        : problem(
            '일시(YYYY-MM-DD HH:mm, 한국 시각)가 아닙니다.',
            'Not a date and time (YYYY-MM-DD HH:mm, Korean time).',
          );
    }
    case T.BOOLEAN: {
      const word = text.toLowerCase();
      if (BOOLEAN_WORDS.true.includes(word)) return { value: true };
      if (BOOLEAN_WORDS.false.includes(word)) return { value: false };
      return problem('예/아니오(Y/N, true/false)가 아닙니다.', 'Not yes/no (예/아니오, Y/N, true/false).');
    }
    case T.SELECT: {
      const value = optionOf(def, text);
      return value !== null
        ? { value }
        : problem(
            `'${text}' 은(는) 이 항목의 선택지가 아닙니다.`,
            `'${text}' is not an option of this field.`,
          );
    }
    case T.MULTI_SELECT: {
      const values: string[] = [];
      for (const part of text.split(MULTI_SEPARATOR).map((p) => p.trim())) {
        if (!part) continue;
        const value = optionOf(def, part);
        if (value === null)
          return problem(
            `'${part}' 은(는) 이 항목의 선택지가 아닙니다 (여러 개는 '${MULTI_SEPARATOR}' 로 나눕니다).`,
            `'${part}' is not an option of this field (separate several with '${MULTI_SEPARATOR}').`,
          );
        if (!values.includes(value)) values.push(value);
      }
      return values.length ? { value: values } : null;
    }
    case T.ADDRESS: {
      const m = /^(?:\[(\d{5})\]\s*)?([^/]*?)(?:\s*\/\s*(.*))?$/u.exec(text)!;
      const road = m[2].trim();
      if (!road) return problem('도로명주소가 없습니다.', 'The road address is missing.');
      return {
        value: {
          road,
          ...(m[1] ? { postalCode: m[1] } : {}),
          ...(m[3]?.trim() ? { detail: m[3].trim() } : {}),
        },
      };
    }
    default:
      return { value: text };
  }
}
