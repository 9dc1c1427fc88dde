import type { MessageKey } from '../i18n/messages';

/** The customer enums of the GraphQL contract, in display order. */
export const CUSTOMER_ENUMS = {
  kind: ['CURRENT', 'ACQUIRED', 'POLICY'],
  partyType: ['PERSON', 'ORGANIZATION'],
  status: ['ACTIVE', 'MERGED', 'ANONYMIZED'],
  sex: ['MALE', 'FEMALE', 'UNKNOWN'],
  phoneKind: ['MOBILE', 'HOME', 'WORK'],
  channel: ['VISIT', 'PHONE', 'WEB', 'MOBILE', 'EMAIL', 'MAIL', 'KIOSK', 'SMS'],
  direction: ['INBOUND', 'OUTBOUND'],
  relation: ['FAMILY', 'REPRESENTATIVE', 'PROXY', 'CONTACT_PERSON'],
  consent: ['ADMIN_NOTICE', 'SATISFACTION_SURVEY', 'PROMOTION'],
  ageBand: ['UNDER_20', 'TWENTIES', 'THIRTIES', 'FORTIES', 'FIFTIES', 'SIXTIES', 'SEVENTY_PLUS', 'UNKNOWN'],
  lifeStage: ['INFANT', 'CHILD', 'ADOLESCENT', 'YOUTH', 'MIDDLE_AGED', 'SENIOR'],
  qualityField: ['NAME', 'ADDRESS', 'PHONE', 'MOBILE', 'EMAIL', 'BIRTH_DATE'],
} as const;
export type CustomerEnum = keyof typeof CUSTOMER_ENUMS;

/** The message key naming one value of a customer enum (`customerEnum.kind.CURRENT`). */
export function enumLabelKey(kind: CustomerEnum, value: string): MessageKey {
  return `customerEnum.${kind}.${value}` as MessageKey;
}

/** Select options of an enum, labelled in the current language. */
export function enumOptions(
  kind: CustomerEnum,
  t: (key: MessageKey) => string,
): { value: string; label: string }[] {
  return CUSTOMER_ENUMS[kind].map((value) => ({ value, label: t(enumLabelKey(kind, value)) }));
}
