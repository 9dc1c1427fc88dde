import { AppError } from '@pcrm/tenancy';
import { ImportInputError } from './import-input-error';

/** Runs `work`, turning a refused file or mapping into the API's AppError (same code, field, texts). */
export async function asAppErrors<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ImportInputError)
      throw new AppError(error.code, error.message, error.messageEn, { field: error.field });
    throw error;
  }
}
