import { Inject, Injectable } from '@nestjs/common';
import { AppError, ErrorCode, badInput } from '@pcrm/tenancy';
import { AccessLogWriter, REASON_MAX, statedReason } from '../access-log';
import { CustomersService, customerNotFound, type Customer } from '../customers';
import { RevealableField } from './customer-privacy.model';
import type { RevealCustomerFieldArgs } from './customer-privacy.inputs';

/** The `Customer` field each revealable value is shown in (what the access-log entry names). */
const LOGGED_FIELD: Record<RevealableField, string> = {
  NAME: 'name',
  BIRTH_DATE: 'birthDate',
  REPRESENTATIVE_NAME: 'representativeName',
  ADDRESS: 'address',
  PHONE: 'phones',
  EMAIL: 'emails',
};

const noValue = () =>
  new AppError(
    ErrorCode.NotFound,
    '이 고객에게는 그 항목의 값이 없습니다.',
    'The customer has no such value.',
    {
      field: 'field',
    },
  );

const itemNotFound = () =>
  new AppError(
    ErrorCode.NotFound,
    '이 고객의 전화번호·e-mail 중에 그 항목(itemId)이 없습니다.',
    'The customer has no phone or e-mail with that itemId.',
    { field: 'itemId' },
  );

/** One of a list (`itemId`), else its primary entry, else its first. */
function pick<T extends { id: string; isPrimary: boolean }>(items: T[], itemId: string | null | undefined) {
  if (itemId) {
    const wanted = itemId.toLowerCase();
    const item = items.find((i) => i.id === wanted);
    if (!item) throw itemNotFound();
    return item;
  }
  return items.find((i) => i.isPrimary) ?? items[0] ?? null;
}

/** The address as one line: road (else 지번) address, building number, detail, postal code. */
function addressLine({ address: a }: Customer): string | null {
  const line = [a.roadAddress ?? a.jibunAddress, a.buildingNo, a.addressDetail]
    .filter((part) => part)
    .join(' ');
  if (!line && !a.postalCode) return null;
  return a.postalCode ? `${line} (${a.postalCode})`.trim() : line;
}

function valueOf(c: Customer, field: RevealableField, itemId: string | null | undefined): string | null {
  switch (field) {
    case RevealableField.NAME:
      return c.name;
    case RevealableField.BIRTH_DATE:
      return c.birthDate;
    case RevealableField.REPRESENTATIVE_NAME:
      return c.representativeName;
    case RevealableField.ADDRESS:
      return addressLine(c);
    case RevealableField.PHONE:
      return pick(c.phones, itemId)?.number ?? null;
    case RevealableField.EMAIL:
      return pick(c.emails, itemId)?.address ?? null;
  }
}

/** Shows one masked value of a customer on purpose: with a stated reason, in the access log first. */
@Injectable()
export class CustomerRevealService {
  constructor(
    @Inject(CustomersService) private readonly customers: CustomersService,
    @Inject(AccessLogWriter) private readonly accessLog: AccessLogWriter,
  ) {}

  async reveal({ id, field, reason, itemId }: RevealCustomerFieldArgs): Promise<string> {
    const why = statedReason(reason, () =>
      badInput(
        'reason',
        `열람 사유를 1~${REASON_MAX}자로 적어 주세요. 사유는 개인정보 열람 기록에 남습니다.`,
        `State the reason in 1 to ${REASON_MAX} characters; it is kept in the access log.`,
      ),
    );
    if (itemId && field !== RevealableField.PHONE && field !== RevealableField.EMAIL)
      throw badInput(
        'itemId',
        'itemId 는 전화번호(PHONE)·e-mail(EMAIL) 항목에만 줄 수 있습니다.',
        'itemId applies only to PHONE and EMAIL.',
      );
    const customer = await this.customers.findById(id);
    if (!customer) throw customerNotFound();
    const value = valueOf(customer, field, itemId);
    if (value === null) throw noValue();
    await this.accessLog.recordReason({
      operation: 'revealCustomerField',
      entity: 'Customer',
      recordId: id,
      fields: [LOGGED_FIELD[field]],
      reason: why,
    });
    return value;
  }
}
