/**
 * Characters that show nothing on their own: white space, default-ignorable code points (zero-width space,
 * BOM, the Hangul fillers U+115F/U+1160/U+3164/U+FFA0), other/format/control code points, combining marks
 * without a base, and the braille blank that fonts draw empty.
 */
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{C}\p{M}\u2800]/u;

/** Control (Cc) and format (Cf) characters: they reorder, hide or break text wherever it is shown. */
const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}]/u;

/** True when at least one character of `value` is visible. */
export function hasVisibleCharacter(value: string): boolean {
  for (const ch of value) if (!INVISIBLE.test(ch)) return true;
  return false;
}

/** The first control or format character of `value` as `U+XXXX`, or null. */
export function controlOrFormatCharacter(value: string): string | null {
  const found = CONTROL_OR_FORMAT.exec(value)?.[0];
  return found === undefined
    ? null
    : `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
