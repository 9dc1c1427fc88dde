import { AttachmentRefusal, refusedUpload } from './attachment-errors';
import { ATTACHMENT_LIMITS } from './attachment-limits';

/** Control, format (bidirectional overrides, zero-width), separator and private/unassigned code points. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu;
/** Characters Windows refuses in names, besides the path separators. */
const RESERVED = /[<>:"|?*]/g;

/**
 * The name a file is shown and downloaded under: the last path segment only (`../../x.pdf` → `x.pdf`),
 * without control or invisible characters (a right-to-left override makes `exe.pdf` of `fdp.exe`), runs
 * of white space as one space, no leading dots, at most `maxFileNameLength` characters with the extension
 * kept. Never used as a path: files are stored by id.
 */
export function cleanFileName(raw: string): string {
  const lastSegment = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .replace(UNSAFE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\.+/, '')
    .trim();
  if (cleaned === '' || !/[^.\s]/u.test(cleaned))
    throw refusedUpload(
      AttachmentRefusal.BadFileName,
      null,
      '파일 이름이 비어 있거나 쓸 수 있는 글자가 없습니다.',
      'The file name is empty or has no usable characters.',
    );
  const chars = Array.from(cleaned);
  if (chars.length <= ATTACHMENT_LIMITS.maxFileNameLength) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(cleaned.slice(dot)) : [];
  const keep = extension.length < 20 ? extension : [];
  return chars
    .slice(0, ATTACHMENT_LIMITS.maxFileNameLength - keep.length)
    .join('')
    .trimEnd()
    .concat(keep.join(''));
}

/** The lower-case extension after the last dot, or '' when there is none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}
