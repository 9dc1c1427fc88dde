import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { AppError } from '@pcrm/tenancy';
import {
  AttachmentInputError,
  AttachmentRefusal,
  fileTooLarge,
  refusedUpload,
  tooManyFiles,
} from './attachment-errors';
import { ATTACHMENT_LIMITS } from './attachment-limits';
import { cleanFileName } from './file-name';
import { checkedMediaType } from './media-types';

/** One file of an upload, checked: clean name, sniffed media type agreeing with the name, hash. */
export interface CheckedFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
  readonly sha256: string;
}

const notMultipart = (): AttachmentInputError =>
  refusedUpload(
    AttachmentRefusal.NotMultipart,
    null,
    '파일은 multipart/form-data 로 보내야 합니다.',
    'Send the files as multipart/form-data.',
  );

const noFile = (): AttachmentInputError =>
  refusedUpload(AttachmentRefusal.NoFile, null, '올린 파일이 없습니다.', 'No file was uploaded.');

/** A refused upload as the API answers it (same code, reason, field, texts); other errors unchanged. */
export const asAppError = (error: unknown): unknown =>
  error instanceof AttachmentInputError
    ? new AppError(error.code, error.message, error.messageEn, error.details)
    : error;

/**
 * Reads the files of a multipart body one by one as they stream in, each held only up to the size limit
 * (past it, the rest of that file is never buffered and the upload is refused at once) and handed to
 * `accept` as soon as it is complete and checked. Resolves when every file was accepted; rejects with the
 * first refusal (`AppError`), after which nothing more is read (the caller answers and drains the body).
 */
export function readMultipartFiles(
  req: IncomingMessage,
  accept: (file: CheckedFile) => Promise<void>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        preservePath: true, // the name is cleaned in one place, cleanFileName
        limits: {
          // busboy calls a file reaching this size too large: one byte over ours is the first refused.
          fileSize: ATTACHMENT_LIMITS.maxFileBytes + 1,
          files: ATTACHMENT_LIMITS.maxFiles,
          fields: 20,
          fieldSize: 1024,
          parts: ATTACHMENT_LIMITS.maxFiles + 20,
          headerPairs: 20,
        },
      });
    } catch {
      reject(asAppError(notMultipart()));
      return;
    }
    let failed = false;
    let files = 0;
    /** Files are accepted one after another, in the order they came. */
    let accepted: Promise<void> = Promise.resolve();
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      // Rejected only once the accepts under way have finished, so the caller can remove all they stored.
      void accepted.then(() => reject(asAppError(error)));
    };
    parser.on('file', (_field, stream, info) => {
      files++;
      if (failed) {
        stream.resume();
        return;
      }
      let fileName: string;
      try {
        fileName = cleanFileName(info.filename ?? '');
      } catch (error) {
        stream.resume();
        fail(error);
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        if (failed) return;
        size += chunk.length;
        chunks.push(chunk);
      });
      stream.on('limit', () => {
        chunks.length = 0;
        fail(fileTooLarge(fileName));
      });
      stream.on('end', () => {
        if (failed || stream.truncated) return;
        const content = Buffer.concat(chunks, size);
        chunks.length = 0;
        try {
          const { mediaType } = checkedMediaType(fileName, content);
          const sha256 = createHash('sha256').update(content).digest('hex');
          accepted = accepted.then(() =>
            failed ? undefined : accept({ fileName, mediaType, content, sha256 }).catch(fail),
          );
        } catch (error) {
          fail(error);
        }
      });
    });
    parser.on('filesLimit', () => fail(tooManyFiles()));
    parser.on('error', () => fail(notMultipart()));
    parser.on('close', () => {
      if (failed) return;
      if (files === 0) return fail(noFile());
      void accepted.then(() => {
        if (!failed) resolve();
      });
    });
    req.pipe(parser);
  });
}
