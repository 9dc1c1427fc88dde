import { isEmail } from 'class-validator';
import {
  RESERVED_TENANT_CODES,
  TENANT_CODE_PATTERN,
  badInput,
  controlOrFormatCharacter,
  hasVisibleCharacter,
  nfc,
} from '@pcrm/tenancy';

/** What the platform operator gives for a new tenant (GraphQL `CreateTenantInput`). */
export interface NewTenant {
  code: string;
  nameKo: string;
  nameEn: string;
  firstAdmin: { username: string; name: string; email: string };
}

/** A staff login name: also the Keycloak username of the realm. */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,39}$/;

function name(field: string, value: string, max: number): string {
  const text = nfc(value).trim();
  if (!hasVisibleCharacter(text) || text.length > max || controlOrFormatCharacter(text) !== null)
    throw badInput(
      field,
      `이름은 보이는 글자로 ${max}자 이내여야 합니다.`,
      `The name must be visible text of at most ${max} characters.`,
    );
  return text;
}

/** The input checked and normalized; a clear BAD_USER_INPUT naming the field otherwise. */
export function checkNewTenant(input: NewTenant): NewTenant {
  const code = input.code;
  if (!TENANT_CODE_PATTERN.test(code))
    throw badInput(
      'code',
      '시·도 코드는 영문 소문자로 시작하는 2~31자의 영문 소문자·숫자·하이픈이어야 합니다 (예: sejong).',
      'The tenant code must be 2–31 lowercase letters, digits or hyphens, starting with a letter (e.g. sejong).',
    );
  if (RESERVED_TENANT_CODES.includes(code))
    throw badInput(
      'code',
      `"${code}" 는 플랫폼이 쓰는 예약어라 시·도 코드로 쓸 수 없습니다.`,
      `"${code}" is reserved by the platform and cannot be a tenant code.`,
    );
  const username = input.firstAdmin.username;
  if (!USERNAME_PATTERN.test(username))
    throw badInput(
      'firstAdmin.username',
      '사용자 이름은 영문 소문자로 시작하는 3~40자의 영문 소문자·숫자·마침표·밑줄·하이픈이어야 합니다.',
      'The username must be 3–40 lowercase letters, digits, dots, underscores or hyphens, starting with a letter.',
    );
  const email = input.firstAdmin.email.trim();
  if (email.length > 254 || !isEmail(email))
    throw badInput(
      'firstAdmin.email',
      '전자우편 주소가 올바르지 않습니다.',
      'The e-mail address is invalid.',
    );
  return {
    code,
    nameKo: name('nameKo', input.nameKo, 50),
    nameEn: name('nameEn', input.nameEn, 100),
    firstAdmin: { username, name: name('firstAdmin.name', input.firstAdmin.name, 50), email },
  };
}
