/**
 * Personal data in the public fields of a task (issue 10 #4, docs/adr/0029): what a published task must not
 * show. Pure, so the disclosure and the tasks capability (when a public task is edited) run the same check.
 *
 * The text is compared after NFKC (full-width digits and ＠ become ASCII) with format characters (U+200B,
 * U+2060, soft hyphens, …) removed; digits count as one number across separators (`-`, `.`, spaces,
 * parentheses), so `010 - 1234 - 5678`, `0 1 0 1 2 3 4 5 6 7 8` and `０１０` + U+200B + `１２３４５６７８` are all a mobile number.
 * Problems never carry the matched value: it is personal data and refusals end up in logs.
 */

export const PersonalDataKind = {
  PHONE: 'PHONE',
  EMAIL: 'EMAIL',
  RESIDENT_REGISTRATION_NO: 'RESIDENT_REGISTRATION_NO',
  RESIDENT_NAME: 'RESIDENT_NAME',
  RESIDENT_ADDRESS: 'RESIDENT_ADDRESS',
} as const;
export type PersonalDataKind = (typeof PersonalDataKind)[keyof typeof PersonalDataKind];

const KIND_TEXT: Record<PersonalDataKind, { ko: string; en: string }> = {
  PHONE: { ko: '전화번호', en: 'a phone number' },
  EMAIL: { ko: '전자우편 주소', en: 'an e-mail address' },
  RESIDENT_REGISTRATION_NO: { ko: '주민등록번호', en: 'a resident registration number' },
  RESIDENT_NAME: { ko: '연결된 민원인의 이름', en: 'the name of a linked resident' },
  RESIDENT_ADDRESS: { ko: '민원인의 상세 주소', en: "a resident's detailed address" },
};

/** One public field of a task: `title`, `summary`, `result`, `impossibleReason`, `steps.<n>.name|note`. */
export interface PublicTextField {
  field: string;
  labelKo: string;
  labelEn: string;
  text: string | null | undefined;
}

/** What the task's linked residents (VOC contacts, customers) are known as; never shown, only matched. */
export interface KnownResidents {
  names: readonly string[];
  /** Road or lot-number addresses with building numbers, and detail parts (동·호수). */
  addresses: readonly string[];
}

export interface PublicTextProblem {
  field: string;
  kind: PersonalDataKind;
  messageKo: string;
  messageEn: string;
}

const FORMAT = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** NFKC without format or ignorable characters: what a reader sees. */
export const visibleText = (value: string): string => value.normalize('NFKC').replace(FORMAT, '');

/** Letters and digits only, lower case: names and addresses match however they are spaced or punctuated. */
const compact = (value: string): string =>
  visibleText(value)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** Digit groups joined by at most three separator characters form one number. */
const NUMBER = /[0-9]+(?:[\s\-.·()/_]{1,3}[0-9]+)*/g;
const MOBILE = /^01[016789][0-9]{7,8}$/;
/** Seoul 02, the regional 0XX codes, 070 internet phones, 050X personal numbers. */
const LANDLINE = /^(?:02[0-9]{7,8}|0[3-6][1-5][0-9]{7,8}|070[0-9]{8}|050[0-9]{8,9})$/;

function isRegistrationNo(digits: string): boolean {
  if (!/^[0-9]{13}$/.test(digits)) return false;
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && /[1-8]/.test(digits[6]);
}

/** Every run of consecutive digit groups of each number in the text, joined. */
function* digitWindows(text: string): Generator<string> {
  for (const match of text.matchAll(NUMBER)) {
    const groups = match[0].split(/[^0-9]+/).filter(Boolean);
    for (let from = 0; from < groups.length; from++) {
      let joined = '';
      for (let to = from; to < groups.length && joined.length < 14; to++) {
        joined += groups[to];
        yield joined;
      }
    }
  }
}

const EMAIL =
  /[\p{L}\p{N}._%+-]+\s*(?:@|\(at\)|\[at\])\s*[\p{L}\p{N}-]+(?:\s*\.\s*[\p{L}\p{N}-]+)*\s*\.\s*\p{L}{2,}/iu;
/** An apartment or building unit (101동 1203호) is a detailed address whoever lives there. */
const UNIT = /[0-9]{1,4}\s*동\s*[0-9]{1,5}\s*호/u;

function kindsIn(text: string, names: readonly string[], addresses: readonly string[]): PersonalDataKind[] {
  const visible = visibleText(text);
  const found = new Set<PersonalDataKind>();
  for (const digits of digitWindows(visible)) {
    if (MOBILE.test(digits) || LANDLINE.test(digits)) found.add(PersonalDataKind.PHONE);
    if (isRegistrationNo(digits)) found.add(PersonalDataKind.RESIDENT_REGISTRATION_NO);
  }
  if (EMAIL.test(visible)) found.add(PersonalDataKind.EMAIL);
  const packed = compact(text);
  if (names.some((n) => packed.includes(n))) found.add(PersonalDataKind.RESIDENT_NAME);
  if (UNIT.test(visible) || addresses.some((a) => packed.includes(a)))
    found.add(PersonalDataKind.RESIDENT_ADDRESS);
  return [...found];
}

/**
 * The part of an address that points at one building: from the road (…로, …길) or the lot's 동·리·가 on, so
 * `부산광역시 해운대구 센텀중앙로 97` is found as `센텀중앙로 97` and the city alone is not.
 */
function addressTail(address: string): string {
  const words = visibleText(address).trim().split(/\s+/);
  const from = words.findIndex((w) => /(?:로|길|동|리|가)$/u.test(w) && !/(?:시|도|군|구)$/u.test(w));
  return compact(words.slice(Math.max(0, from)).join(''));
}

/** Names of one character and addresses shorter than 4 letters would match ordinary words: not compared. */
function comparable(known: KnownResidents): { names: string[]; addresses: string[] } {
  const names = [...new Set(known.names.map(compact).filter((n) => n.length >= 2))];
  const addresses = [...new Set(known.addresses.map(addressTail).filter((a) => a.length >= 4))];
  return { names, addresses };
}

/** Every field holding personal data, one problem per (field, kind), in the fields' order. */
export function publicTextProblems(
  fields: readonly PublicTextField[],
  known: KnownResidents = { names: [], addresses: [] },
): PublicTextProblem[] {
  const { names, addresses } = comparable(known);
  return fields.flatMap((f) =>
    f.text
      ? kindsIn(f.text, names, addresses).map((kind) => ({
          field: f.field,
          kind,
          messageKo: `공개 항목 '${f.labelKo}'에 ${KIND_TEXT[kind].ko}(으)로 보이는 개인정보가 있어 공개할 수 없습니다. 지우거나 가린 뒤 다시 공개하세요.`,
          messageEn: `The public field '${f.labelEn}' holds what looks like ${KIND_TEXT[kind].en}; remove it before publishing.`,
        }))
      : [],
  );
}
