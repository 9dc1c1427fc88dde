import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { AppError, ErrorCode } from '../errors/app-errors';
import { normalizeInput } from '../text/normalize';

/** Korean and English text for a class-validator constraint, set through its `context` option. */
export interface Bilingual {
  ko: string;
  en: string;
}
export const say = (ko: string, en: string): { context: Bilingual } => ({ context: { ko, en } });

function flatten(errors: ValidationError[], prefix = ''): { field: string; ko: string; en: string }[] {
  return errors.flatMap((error) => {
    const field = prefix + error.property;
    const own = Object.keys(error.constraints ?? {}).map((constraint) => {
      const text = error.contexts?.[constraint] as Bilingual | undefined;
      return {
        field,
        ko: text?.ko ?? `${field} 값이 올바르지 않습니다.`,
        en: text?.en ?? error.constraints![constraint],
      };
    });
    return [...own, ...flatten(error.children ?? [], `${field}.`)];
  });
}

const NUL_KO = '입력값에 NUL 문자(U+0000)를 쓸 수 없습니다.';
const NUL_EN = 'Input must not contain the NUL character (U+0000).';

/** The path of the first string holding a NUL character (PostgreSQL text cannot store one), or null. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * Every GraphQL argument: refused if any string in it holds a NUL character, NFC-normalized, then checked
 * with class-validator. The first problem is the
 * message; all problems are listed in `extensions.fields`.
 */

@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // `@Parent()`, `@Context()` and `@Info()` reach pipes as 'custom': the server's own objects (the resolve
    // info is cyclic), never client input; only arguments ('body') are checked.
    if (metadata.type === 'custom') return value;
    const nul = nulPath(value, typeof value === 'object' ? '' : (metadata.data ?? ''));
    if (nul !== null) {
      const problem = { field: nul, ko: NUL_KO, en: NUL_EN };
      throw new AppError(ErrorCode.BadUserInput, NUL_KO, NUL_EN, { field: nul, fields: [problem] });
    }
    const normalized = normalizeInput(value);
    const type = metadata.metatype;
    if (!type || [String, Number, Boolean, Array, Object].includes(type as never) || normalized == null) {
      return normalized;
    }
    const instance = plainToInstance(type, normalized) as object;
    const problems = flatten(await validate(instance, { forbidUnknownValues: false }));
    if (problems.length) {
      throw new AppError(ErrorCode.BadUserInput, problems[0].ko, problems[0].en, {
        field: problems[0].field,
        fields: problems,
      });
    }
    return instance;
  }
}
