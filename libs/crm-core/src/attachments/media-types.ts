import { AttachmentRefusal, refusedUpload } from './attachment-errors';
import { extensionOf } from './file-name';

/** The kinds of file an attachment may be, each with its media type and the extensions its name may have. */
export const ATTACHMENT_TYPES = {
  PDF: { mediaType: 'application/pdf', extensions: ['pdf'] },
  JPEG: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  PNG: { mediaType: 'image/png', extensions: ['png'] },
  GIF: { mediaType: 'image/gif', extensions: ['gif'] },
  WEBP: { mediaType: 'image/webp', extensions: ['webp'] },
  /** 한글 (HWP 5): a Compound File Binary (OLE) container with a `FileHeader` stream. */
  HWP: { mediaType: 'application/x-hwp', extensions: ['hwp'] },
  /** 한글 (HWPX, OWPML): a ZIP whose first entry `mimetype` says `application/hwp+zip`. */
  HWPX: { mediaType: 'application/hwp+zip', extensions: ['hwpx'] },
  DOCX: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  XLSX: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  PPTX: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
  },
  TEXT: { mediaType: 'text/plain; charset=utf-8', extensions: ['txt'] },
} as const satisfies Record<string, { mediaType: string; extensions: readonly string[] }>;
export type AttachmentKind = keyof typeof ATTACHMENT_TYPES;

const KIND_OF_EXTENSION = new Map<string, AttachmentKind>(
  (Object.keys(ATTACHMENT_TYPES) as AttachmentKind[]).flatMap((kind) =>
    ATTACHMENT_TYPES[kind].extensions.map((ext) => [ext, kind] as const),
  ),
);

const startsWith = (bytes: Buffer, magic: string | readonly number[], at = 0): boolean =>
  typeof magic === 'string'
    ? bytes.length >= at + magic.length && bytes.toString('latin1', at, at + magic.length) === magic
    : bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
const HWP_SIGNATURE = 'HWP Document File';

/**
 * HWP 5: the directory of the CFB container names a `FileHeader` stream (UTF-16LE), and that stream,
 * which starts a 64-byte mini-stream sector, begins with the HWP signature. Other OLE files (.doc, .xls,
 * .msi) have neither.
 */
function isHwp(bytes: Buffer): boolean {
  if (!bytes.includes(Buffer.from('FileHeader', 'utf16le'))) return false;
  for (let at = bytes.indexOf(HWP_SIGNATURE, 512, 'latin1'); at !== -1;) {
    if (at % 64 === 0) return true;
    at = bytes.indexOf(HWP_SIGNATURE, at + 1, 'latin1');
  }
  return false;
}

/** The entry names of a ZIP's central directory, or null when it has none that parses. */
function zipEntryNames(bytes: Buffer): string[] | null {
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= from; at--)
    if (bytes.readUInt32LE(at) === ZIP_END) {
      end = at;
      break;
    }
  if (end === -1) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== ZIP_CENTRAL) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The content of the ZIP's first entry when it is stored uncompressed under `name` (HWPX's `mimetype`). */
function firstStoredEntry(bytes: Buffer, name: string): string | null {
  if (bytes.length < 30 || bytes.readUInt32LE(0) !== ZIP_LOCAL || bytes.readUInt16LE(8) !== 0) return null;
  const size = bytes.readUInt32LE(18);
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  if (bytes.toString('utf8', 30, 30 + nameLength) !== name) return null;
  const start = 30 + nameLength + extraLength;
  return start + size <= bytes.length ? bytes.toString('utf8', start, start + size) : null;
}

/** Which office document a ZIP is, by the entries its format requires; a plain ZIP is none. */
function zipKind(bytes: Buffer): AttachmentKind | null {
  const names = zipEntryNames(bytes);
  if (!names) return null;
  const has = new Set(names);
  if (
    firstStoredEntry(bytes, 'mimetype')?.trim() === 'application/hwp+zip' &&
    has.has('Contents/content.hpf')
  )
    return 'HWPX';
  if (!has.has('[Content_Types].xml')) return null;
  if (has.has('word/document.xml')) return 'DOCX';
  if (has.has('xl/workbook.xml')) return 'XLSX';
  if (has.has('ppt/presentation.xml')) return 'PPTX';
  return null;
}

/** UTF-8 text: valid UTF-8 throughout (a BOM is fine) and no NUL, which no text file holds. */
function isUtf8Text(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The kind of file by its content alone (magic numbers, container markers, text validity), or null. */
export function sniffKind(bytes: Buffer): AttachmentKind | null {
  if (startsWith(bytes, '%PDF-')) return 'PDF';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return 'GIF';
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return 'WEBP';
  if (startsWith(bytes, CFB)) return isHwp(bytes) ? 'HWP' : null;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
  return isUtf8Text(bytes) ? 'TEXT' : null;
}

/**
 * The media type of an uploaded file, by its content, when that content is an allowed kind and its name's
 * extension is one of that kind's. Refuses (`BAD_USER_INPUT`, reason) an empty file, a name whose extension
 * is not allowed, and content that is not what the name says (a renamed .exe, an HWPX named .hwp).
 */
export function checkedMediaType(
  fileName: string,
  bytes: Buffer,
): { kind: AttachmentKind; mediaType: string } {
  if (bytes.length === 0)
    throw refusedUpload(
      AttachmentRefusal.EmptyFile,
      fileName,
      `파일 '${fileName}'이(가) 비어 있습니다.`,
      `The file '${fileName}' is empty.`,
    );
  const named = KIND_OF_EXTENSION.get(extensionOf(fileName));
  if (!named)
    throw refusedUpload(
      AttachmentRefusal.TypeNotAllowed,
      fileName,
      `'${fileName}'은(는) 올릴 수 없는 형식입니다. PDF, 이미지(JPG·PNG·GIF·WebP), 한글(HWP·HWPX), 워드·엑셀·파워포인트(DOCX·XLSX·PPTX), 텍스트(TXT)만 올릴 수 있습니다.`,
      `'${fileName}' is not an allowed type. Allowed: PDF, images (JPG, PNG, GIF, WebP), Hangul (HWP, HWPX), DOCX, XLSX, PPTX and plain text (TXT).`,
    );
  const sniffed = sniffKind(bytes);
  if (sniffed !== named)
    throw refusedUpload(
      AttachmentRefusal.ContentMismatch,
      fileName,
      `파일 '${fileName}'의 내용이 이름(.${extensionOf(fileName)})과 맞지 않습니다${sniffed ? ` (내용은 ${sniffed})` : ''}.`,
      `The content of '${fileName}' is not what its name (.${extensionOf(fileName)}) says${sniffed ? ` (it is ${sniffed})` : ''}.`,
    );
  return { kind: named, mediaType: ATTACHMENT_TYPES[named].mediaType };
}
