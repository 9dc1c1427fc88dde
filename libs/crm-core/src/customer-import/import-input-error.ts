import { ErrorCode } from '@pcrm/access';

/**
 * A refusal of an uploaded file or a mapping, framework-free so that reading and checking files stays
 * plain functions; the API turns it into an AppError with the same code, field and texts (`asAppError`).
 */
export class ImportInputError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly field: string,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = 'ImportInputError';
  }
}

export const badImportInput = (field: string, ko: string, en: string): ImportInputError =>
  new ImportInputError(ErrorCode.BadUserInput, field, ko, en);
