import { AppError, ErrorCode } from '@pcrm/tenancy';
import { ATTACHMENT_LIMITS } from './attachment-limits';

/** Why an upload was refused, in `extensions.reason` next to the code: clients switch on it. */
export const AttachmentRefusal = {
  NotMultipart: 'NOT_MULTIPART',
  NoFile: 'NO_FILE',
  TooManyFiles: 'TOO_MANY_FILES',
  FileTooLarge: 'FILE_TOO_LARGE',
  EmptyFile: 'EMPTY_FILE',
  BadFileName: 'BAD_FILE_NAME',
  TypeNotAllowed: 'TYPE_NOT_ALLOWED',
  ContentMismatch: 'CONTENT_MISMATCH',
} as const;
export type AttachmentRefusal = (typeof AttachmentRefusal)[keyof typeof AttachmentRefusal];

const MB = ATTACHMENT_LIMITS.maxFileBytes / 1024 / 1024;

/** A refused upload: `BAD_USER_INPUT` (400) or, over the size limit, `PAYLOAD_TOO_LARGE` (413). */
export function refusedUpload(
  reason: AttachmentRefusal,
  fileName: string | null,
  messageKo: string,
  messageEn: string,
): AppError {
  const code = reason === AttachmentRefusal.FileTooLarge ? ErrorCode.PayloadTooLarge : ErrorCode.BadUserInput;
  return new AppError(code, messageKo, messageEn, {
    field: 'files',
    reason,
    ...(fileName === null ? {} : { fileName }),
  });
}

export const fileTooLarge = (fileName: string): AppError =>
  refusedUpload(
    AttachmentRefusal.FileTooLarge,
    fileName,
    `파일 '${fileName}'이(가) ${MB}MB 를 넘습니다.`,
    `The file '${fileName}' exceeds ${MB} MB.`,
  );

export const tooManyFiles = (): AppError =>
  refusedUpload(
    AttachmentRefusal.TooManyFiles,
    null,
    `한 번에 파일을 ${ATTACHMENT_LIMITS.maxFiles}개까지 올릴 수 있습니다.`,
    `At most ${ATTACHMENT_LIMITS.maxFiles} files can be uploaded at once.`,
  );
