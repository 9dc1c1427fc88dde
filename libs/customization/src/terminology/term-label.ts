import { controlOrFormatCharacter, hasVisibleCharacter } from '@pcrm/tenancy';

export const TERM_LABEL_MAX = 40;

export interface TermLabelProblem {
  readonly ko: string;
  readonly en: string;
}

/**
 * Why a label cannot be a term (null when it can). A label is shown in menus and headings, so it must show
 * something, stay short and hide nothing: no control or format characters (zero-width spaces, direction
 * marks), not only blanks or invisible characters, at most 40 characters after trimming.
 */
export function termLabelProblem(label: string): TermLabelProblem | null {
  const control = controlOrFormatCharacter(label);
  if (control)
    return {
      ko: `보이지 않는 제어 문자(${control})는 쓸 수 없습니다.`,
      en: `Control or format characters (${control}) are not allowed.`,
    };
  const trimmed = label.trim();
  if (!hasVisibleCharacter(trimmed))
    return {
      ko: '용어를 입력해 주세요. 빈칸만으로는 안 됩니다.',
      en: 'Enter a label; blanks alone are not a label.',
    };
  if ([...trimmed].length > TERM_LABEL_MAX)
    return {
      ko: `용어는 ${TERM_LABEL_MAX}자 이하여야 합니다.`,
      en: `A label must be at most ${TERM_LABEL_MAX} characters.`,
    };
  return null;
}
