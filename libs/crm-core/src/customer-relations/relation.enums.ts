import { registerEnumType } from '@nestjs/graphql';

/** What the related customer is to the customer (`customer_relations.kind`). */
export enum RelationKind {
  FAMILY = 'FAMILY',
  REPRESENTATIVE = 'REPRESENTATIVE',
  PROXY = 'PROXY',
  CONTACT_PERSON = 'CONTACT_PERSON',
}

/** Which end of a stored relation the customer being viewed is. */
export enum RelationDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
}

registerEnumType(RelationKind, {
  name: 'RelationKind',
  description: '고객 사이의 관계 (관련 고객이 이 고객의 무엇인지)',
  valuesMap: {
    FAMILY: { description: '가족 (양방향: 한쪽에만 기록)' },
    REPRESENTATIVE: { description: '대표자 (법인·단체의 대표)' },
    PROXY: { description: '대리인' },
    CONTACT_PERSON: { description: '담당자·연락 담당' },
  },
});
registerEnumType(RelationDirection, {
  name: 'RelationDirection',
  valuesMap: {
    OUTGOING: { description: '관련 고객이 이 고객의 (kind) 입니다' },
    INCOMING: { description: '이 고객이 관련 고객의 (kind) 입니다' },
  },
});
