import { badInput, controlOrFormatCharacter, hasVisibleCharacter } from '@pcrm/tenancy';

export const SURVEY_COMMENT_MAX = 2000;

/**
 * The 서술형 answer: line breaks kept (CR LF → LF), other control and format characters refused as in every
 * other text field, NFC, trimmed; blank is no comment; text of invisible characters only is refused.
 */
export function surveyComment(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.replace(/\r\n?/g, '\n');
  const bad = controlOrFormatCharacter(text.replace(/[\n\t]/g, ' '));
  if (bad)
    throw badInput(
      'comment',
      `의견에 제어 문자나 보이지 않는 서식 문자(${bad})를 쓸 수 없습니다.`,
      `The comment must not contain control or invisible format characters (${bad}).`,
    );
  const trimmed = text.normalize('NFC').trim();
  if (!trimmed) return null;
  if (!hasVisibleCharacter(trimmed))
    throw badInput(
      'comment',
      '의견에는 보이는 글자가 있어야 합니다.',
      'The comment needs a visible character.',
    );
  if (Array.from(trimmed).length > SURVEY_COMMENT_MAX)
    throw badInput(
      'comment',
      `의견은 ${SURVEY_COMMENT_MAX}자 이하여야 합니다.`,
      `The comment must be at most ${SURVEY_COMMENT_MAX} characters.`,
    );
  return trimmed;
}

/** One of 신속, 친절, 공정, 편이: a whole number from 1 to 5. */
export function surveyScore(value: unknown, field: string, label: string): number {
  const n = typeof value === 'string' && /^[1-5]$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 5)
    throw badInput(
      field,
      `${label} 점수를 1~5 중에서 골라 주세요.`,
      `${field} must be a whole number from 1 to 5.`,
    );
  return n;
}
