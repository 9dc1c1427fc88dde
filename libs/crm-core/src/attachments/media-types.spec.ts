import { FILES, cfbOf, zipOf } from '../../test/attachment-files';
import { AttachmentRefusal } from './attachment-errors';
import { ATTACHMENT_LIMITS } from './attachment-limits';
import { cleanFileName } from './file-name';
import { ATTACHMENT_TYPES, checkedMediaType, sniffKind } from './media-types';

const refusal = (fileName: string, bytes: Buffer): string | null => {
  try {
    checkedMediaType(fileName, bytes);
    return null;
  } catch (error) {
    return (error as { reason: string }).reason;
  }
};

describe('sniffing by content', () => {
  it.each([
    ['pdf', 'PDF'],
    ['jpeg', 'JPEG'],
    ['png', 'PNG'],
    ['gif', 'GIF'],
    ['webp', 'WEBP'],
    ['hwp', 'HWP'],
    ['hwpx', 'HWPX'],
    ['docx', 'DOCX'],
    ['xlsx', 'XLSX'],
    ['pptx', 'PPTX'],
    ['txt', 'TEXT'],
  ] as const)('%s is %s', (file, kind) => {
    expect(sniffKind(FILES[file])).toBe(kind);
  });

  it.each([
    ['a Windows executable', FILES.exe],
    ['a plain ZIP', FILES.zip],
    ['an OLE file that is not HWP (.doc)', FILES.doc],
    ['a ZIP with [Content_Types].xml but no document part', zipOf([['[Content_Types].xml', '<Types/>']])],
    ['an HWPX mimetype without its package file', zipOf([['mimetype', 'application/hwp+zip']])],
    ['text with a NUL', Buffer.from('abc\0def')],
    ['invalid UTF-8 (CP949 bytes)', Buffer.from([0xb9, 0xce, 0xbf, 0xf8])],
    ['a CFB naming FileHeader without the HWP signature', cfbOf(['FileHeader'], 'something else')],
  ])('%s is no allowed kind', (_what, bytes) => {
    expect(sniffKind(bytes)).toBeNull();
  });
});

describe('content must agree with the name', () => {
  it.each([
    ['보고서.pdf', FILES.pdf, 'application/pdf'],
    ['사진.JPG', FILES.jpeg, 'image/jpeg'],
    ['사진.jpeg', FILES.jpeg, 'image/jpeg'],
    ['도면.png', FILES.png, 'image/png'],
    ['a.gif', FILES.gif, 'image/gif'],
    ['a.webp', FILES.webp, 'image/webp'],
    ['공문.hwp', FILES.hwp, 'application/x-hwp'],
    ['공문.hwpx', FILES.hwpx, 'application/hwp+zip'],
    ['a.docx', FILES.docx, ATTACHMENT_TYPES.DOCX.mediaType],
    ['a.xlsx', FILES.xlsx, ATTACHMENT_TYPES.XLSX.mediaType],
    ['a.pptx', FILES.pptx, ATTACHMENT_TYPES.PPTX.mediaType],
    ['메모.txt', FILES.txt, 'text/plain; charset=utf-8'],
  ])('%s is accepted as %s', (name, bytes, mediaType) => {
    expect(checkedMediaType(name, bytes).mediaType).toBe(mediaType);
  });

  it.each([
    ['an executable renamed .pdf', 'invoice.pdf', FILES.exe, AttachmentRefusal.ContentMismatch],
    ['an executable', 'setup.exe', FILES.exe, AttachmentRefusal.TypeNotAllowed],
    ['an HWPX named .hwp', '공문.hwp', FILES.hwpx, AttachmentRefusal.ContentMismatch],
    ['an HWP named .hwpx', '공문.hwpx', FILES.hwp, AttachmentRefusal.ContentMismatch],
    ['a .doc named .hwp', '공문.hwp', FILES.doc, AttachmentRefusal.ContentMismatch],
    ['a plain ZIP named .docx', 'a.docx', FILES.zip, AttachmentRefusal.ContentMismatch],
    ['a DOCX named .xlsx', 'a.xlsx', FILES.docx, AttachmentRefusal.ContentMismatch],
    ['a PNG named .jpg', 'a.jpg', FILES.png, AttachmentRefusal.ContentMismatch],
    ['a PDF named .txt (text check is last)', 'a.txt', FILES.pdf, AttachmentRefusal.ContentMismatch],
    ['binary named .txt', 'a.txt', FILES.exe, AttachmentRefusal.ContentMismatch],
    ['a ZIP', 'a.zip', FILES.zip, AttachmentRefusal.TypeNotAllowed],
    ['a name without extension', 'README', FILES.txt, AttachmentRefusal.TypeNotAllowed],
    ['an empty file', 'a.pdf', Buffer.alloc(0), AttachmentRefusal.EmptyFile],
  ])('%s is refused: %s', (_what, name, bytes, reason) => {
    expect(refusal(name, bytes)).toBe(reason);
  });

  it('a refusal has a Korean message, messageEn and the file name', () => {
    expect(() => checkedMediaType('invoice.pdf', FILES.exe)).toThrow(
      expect.objectContaining({
        message: expect.stringContaining('invoice.pdf'),
        code: 'BAD_USER_INPUT',
        reason: 'CONTENT_MISMATCH',
        fileName: 'invoice.pdf',
        details: { field: 'files', reason: 'CONTENT_MISMATCH', fileName: 'invoice.pdf' },
        messageEn: expect.stringContaining('not what its name'),
      }),
    );
  });
});

describe('file names', () => {
  it.each([
    ['../../etc/passwd.txt', 'passwd.txt'],
    ['C:\\Users\\민원인\\사진.png', '사진.png'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['a\u0000b.pdf', 'ab.pdf'],
    ['zero\u200Bwidth.pdf', 'zerowidth.pdf'],
    ['  many   spaces\t.pdf ', 'many spaces.pdf'],
    ['two  spaces .pdf', 'two spaces .pdf'],
    ['...hidden.txt', 'hidden.txt'],
    ['what?<is>:"this"|*.pdf', 'what__is___this___.pdf'],
    ['\u1100\u1161.txt', '가.txt'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanFileName(raw)).toBe(clean);
  });

  it('keeps the extension when a long name is cut', () => {
    const name = cleanFileName(`${'가'.repeat(300)}.hwpx`);
    expect(Array.from(name)).toHaveLength(ATTACHMENT_LIMITS.maxFileNameLength);
    expect(name.endsWith('가.hwpx')).toBe(true);
  });

  it.each(['', '../', '\u202E', '...', ' \u200B '])('refuses %j (nothing usable is left)', (raw) => {
    expect(() => cleanFileName(raw)).toThrow(expect.objectContaining({ reason: 'BAD_FILE_NAME' }));
  });
});
