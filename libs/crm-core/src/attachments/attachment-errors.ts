import { ErrorCode } from '@pcrm/access';
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

/**
 * A refused upload: `BAD_USER_INPUT` (400) or, over the size limit, `PAYLOAD_TOO_LARGE` (413). Framework-free,
 * so that checking files stays plain functions; the endpoint answers it as an AppError (`asAppError`).
 */
export class AttachmentInputError extends Error {
  readonly code: ErrorCode;

  constructor(
    readonly reason: AttachmentRefusal,
    readonly fileName: string | null,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = 'AttachmentInputError';
    this.code =
      reason === AttachmentRefusal.FileTooLarge ? ErrorCode.PayloadTooLarge : ErrorCode.BadUserInput;
  }

  /** What the API answers besides code and messages: the field, the reason and the file concerned. */
  get details(): Record<string, string> {
    return {
      field: 'files',
      reason: this.reason,
      ...(this.fileName === null ? {} : { fileName: this.fileName }),
    };
  }
}

export const refusedUpload = (
  reason: AttachmentRefusal,
  fileName: string | null,
  messageKo: string,
  messageEn: string,
): AttachmentInputError => new AttachmentInputError(reason, fileName, messageKo, messageEn);

export const fileTooLarge = (fileName: string): AttachmentInputError =>
  refusedUpload(
    AttachmentRefusal.FileTooLarge,
    fileName,
    `파일 '${fileName}'이(가) ${MB}MB 를 넘습니다.`,
    `The file '${fileName}' exceeds ${MB} MB.`,
  );

export const tooManyFiles = (): AttachmentInputError =>
  refusedUpload(
    AttachmentRefusal.TooManyFiles,
    null,
    `한 번에 파일을 ${ATTACHMENT_LIMITS.maxFiles}개까지 올릴 수 있습니다.`,
    `At most ${ATTACHMENT_LIMITS.maxFiles} files can be uploaded at once.`,
  );
