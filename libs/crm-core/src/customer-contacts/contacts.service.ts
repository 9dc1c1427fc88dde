import { Injectable } from '@nestjs/common';
import { Cursor, RequestContexts, badInput, recordAudit, run, runOne } from '@pcrm/tenancy';
import { CustomerRecordsService, checkText, currentActor, pastMoment, requiredText } from '../customers';
import { ContactQueries as Q, type ContactKey, type ContactRow } from './contacts.sql';
import type { ContactChannel, ContactDirection } from './contact.enums';
import type { Contact, ContactConnection } from './contact.model';
import type { RecordContactInput } from './contact.inputs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/u;
const SUBJECT_TYPE = /^[a-z][a-z0-9_-]{0,39}$/u;

export const CONTACT_LIMITS = { summary: 2000, subjectId: 100 };

function afterKey(cursor: string): ContactKey {
  const [occurredAt, id] = Cursor.decode(cursor, 2);
  if (typeof occurredAt === 'string' && MOMENT.test(occurredAt) && typeof id === 'string' && UUID.test(id))
    return { occurredAt, id };
  throw badInput('after', '페이지 커서(after)가 올바르지 않습니다.', 'The page cursor (after) is invalid.');
}

function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    customerId: row.customer_id,
    channel: row.channel as ContactChannel,
    direction: row.direction as ContactDirection,
    occurredAt: row.occurred_at,
    staff: row.staff_id && row.staff_name ? { id: row.staff_id, name: row.staff_name } : null,
    department:
      row.department_id && row.department_name ? { id: row.department_id, name: row.department_name } : null,
    summary: row.summary,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    originCustomerId: row.origin_customer_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/** Contact history (접촉 이력): recording contacts and the customer 360 timeline. */
@Injectable()
export class CustomerContactsService extends CustomerRecordsService {
  /** One page of the customer's timeline, newest first across channels. */
  async timeline(
    customerId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<ContactConnection> {
    const key = after ? afterKey(after) : null;
    const rows = await run(this.sql, Q.timeline(customerId, key, first + 1));
    const page = rows.slice(0, first);
    const edges = page.map((row) => ({
      cursor: Cursor.encode([row.occurred_key, row.id]),
      node: toContact(row),
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      count: async () => (await runOne(this.sql, Q.count(customerId))).n,
    };
  }

  /**
   * Records a contact on an active customer and moves its last contact forward; audited. Staff defaults to
   * the caller's own staff record, the department to that staff member's.
   */
  async record(input: RecordContactInput): Promise<Contact> {
    const summary = requiredText(input.summary, 'summary', '내용 요약', CONTACT_LIMITS.summary);
    const occurredAt = pastMoment(input.occurredAt, 'occurredAt', '접촉 시각');
    const subject = this.subject(input);
    await this.customers.requireActive(input.customerId, 'customerId');
    const { staffId, departmentId } = await this.handler(input);
    const { id } = await runOne(
      this.sql,
      Q.insert({
        customerId: input.customerId,
        channel: input.channel,
        direction: input.direction,
        occurredAt,
        staffId,
        departmentId,
        summary,
        subjectType: subject.type,
        subjectId: subject.id,
        createdBy: currentActor(),
      }),
    );
    await run(this.sql, Q.touchCustomer(input.customerId, occurredAt));
    await recordAudit(this.sql, {
      action: 'create',
      entity: 'contact',
      entityId: id,
      after: {
        customerId: input.customerId,
        channel: input.channel,
        direction: input.direction,
        occurredAt: occurredAt.toISOString(),
        staffId,
        departmentId,
        subjectType: subject.type,
        subjectId: subject.id,
      },
    });
    return toContact((await runOne(this.sql, Q.byId(id))) as ContactRow);
  }

  private subject(input: RecordContactInput): { type: string | null; id: string | null } {
    const type = checkText(input.subjectType, 'subjectType', '관련 업무 종류', 40);
    const id = checkText(input.subjectId, 'subjectId', '관련 업무 ID', CONTACT_LIMITS.subjectId);
    if ((type === null) !== (id === null))
      throw badInput(
        type === null ? 'subjectType' : 'subjectId',
        '관련 업무 종류(subjectType)와 ID(subjectId)는 함께 입력해야 합니다.',
        'subjectType and subjectId go together: give both or neither.',
      );
    if (type !== null && !SUBJECT_TYPE.test(type))
      throw badInput(
        'subjectType',
        `관련 업무 종류 '${type}' 이(가) 올바르지 않습니다. 영문 소문자로 시작하는 영문 소문자·숫자·_·- 40자 이하여야 합니다 (예: petition).`,
        `subjectType '${type}' is invalid: lowercase letters, digits, _ or -, starting with a letter, at most 40 (e.g. petition).`,
      );
    return { type, id };
  }

  /** Who handled the contact: the given staff and department, else the caller's own staff record. */
  private async handler(
    input: RecordContactInput,
  ): Promise<{ staffId: string | null; departmentId: string | null }> {
    let staff: { id: string; department_id: string | null } | undefined;
    if (input.staffId) {
      [staff] = await run(this.sql, Q.staffById(input.staffId));
      if (!staff)
        throw badInput(
          'staffId',
          '응대한 직원을 찾을 수 없습니다.',
          'The staff member (staffId) does not exist.',
        );
    } else {
      [staff] = await run(this.sql, Q.staffBySubject(RequestContexts.require().principal.subject));
    }
    if (input.departmentId) {
      const [department] = await run(this.sql, Q.departmentById(input.departmentId));
      if (!department)
        throw badInput(
          'departmentId',
          '응대한 부서를 찾을 수 없습니다.',
          'The department (departmentId) does not exist.',
        );
    }
    return {
      staffId: staff?.id ?? null,
      departmentId: input.departmentId ?? staff?.department_id ?? null,
    };
  }
}
