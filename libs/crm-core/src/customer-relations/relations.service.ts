import { Injectable } from '@nestjs/common';
import { badInput, conflict, notFound, recordAudit, run } from '@pcrm/tenancy';
import { CustomerRecordsService, checkText, currentActor, type CustomerSummary } from '../customers';
import { RelationQueries as Q, type RelationRow } from './relations.sql';
import { RelationDirection, RelationKind } from './relation.enums';
import type { CustomerRelation } from './relation.model';
import type { AddCustomerRelationInput } from './relation.inputs';

export const RELATION_LIMITS = { note: 500, householdMembers: 50 };

const KIND_KO: Record<RelationKind, string> = {
  FAMILY: '가족',
  REPRESENTATIVE: '대표자',
  PROXY: '대리인',
  CONTACT_PERSON: '담당자',
};

export const relationNotFound = () => notFound('고객 관계', 'Customer relation');

function toRelation(row: RelationRow, related: CustomerSummary): CustomerRelation {
  return {
    id: row.relation_id,
    kind: row.relation_kind as RelationKind,
    direction: row.direction as RelationDirection,
    related,
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/** Relations between customers (가족, 대표자, 대리인, 담당자) and households derived from addresses. */
@Injectable()
export class CustomerRelationsService extends CustomerRecordsService {
  /** The customer's relations in both directions, the other customer masked as in lists. */
  async ofCustomer(customerId: string): Promise<CustomerRelation[]> {
    const rows = (await run(this.sql, Q.ofCustomer(customerId))) as RelationRow[];
    const related = await this.customers.summaries(rows);
    return rows.map((row, i) => toRelation(row, related[i]));
  }

  /** The other active customers at the customer's address (its household), masked as in lists. */
  async householdMembers(customerId: string): Promise<CustomerSummary[]> {
    const rows = await run(this.sql, Q.household(customerId, RELATION_LIMITS.householdMembers));
    return this.customers.summaries(rows);
  }

  /** Relates two active customers of the tenant; one relation per kind between a pair. Audited. */
  async add(input: AddCustomerRelationInput): Promise<CustomerRelation> {
    const note = checkText(input.note, 'note', '메모', RELATION_LIMITS.note);
    if (input.customerId.toLowerCase() === input.relatedCustomerId.toLowerCase())
      throw badInput(
        'relatedCustomerId',
        '고객을 자기 자신과 관계 지을 수 없습니다. 다른 고객을 골라 주세요.',
        'A customer cannot be related to itself: choose another customer.',
      );
    await this.customers.requireActive(input.customerId, 'customerId');
    const relatedRow = await this.customers.requireActive(input.relatedCustomerId, 'relatedCustomerId');
    await run(this.sql, Q.lockPair(input.customerId, input.relatedCustomerId));
    const already =
      input.kind === RelationKind.FAMILY
        ? await run(this.sql, Q.betweenEitherWay(input.customerId, input.relatedCustomerId, input.kind))
        : [];
    const [inserted] = already.length
      ? []
      : await run(
          this.sql,
          Q.insert({
            customerId: input.customerId,
            relatedCustomerId: input.relatedCustomerId,
            kind: input.kind,
            note,
            createdBy: currentActor(),
          }),
        );
    if (!inserted)
      throw conflict(
        'kind',
        `두 고객 사이에 이미 '${KIND_KO[input.kind]}' 관계가 있습니다.`,
        `The two customers already have a ${input.kind} relation.`,
      );
    await recordAudit(this.sql, {
      action: 'create',
      entity: 'customer-relation',
      entityId: inserted.id,
      after: { customerId: input.customerId, relatedCustomerId: input.relatedCustomerId, kind: input.kind },
    });
    const [related] = await this.customers.summaries([relatedRow]);
    return {
      id: inserted.id,
      kind: input.kind,
      direction: RelationDirection.OUTGOING,
      related,
      note,
      createdBy: inserted.created_by,
      createdAt: inserted.created_at,
    };
  }

  /** Removes a relation (both customers stay as they are); returns its id. Audited. */
  async remove(id: string): Promise<string> {
    const [removed] = await run(this.sql, Q.delete(id));
    if (!removed) throw relationNotFound();
    await recordAudit(this.sql, {
      action: 'delete',
      entity: 'customer-relation',
      entityId: id,
      before: {
        customerId: removed.customer_id,
        relatedCustomerId: removed.related_customer_id,
        kind: removed.kind,
      },
    });
    return id;
  }
}
