import { registerEnumType } from '@nestjs/graphql';

export enum PartyType {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
}
export enum CustomerKind {
  CURRENT = 'CURRENT',
  ACQUIRED = 'ACQUIRED',
  POLICY = 'POLICY',
}
export enum CustomerStatus {
  ACTIVE = 'ACTIVE',
  MERGED = 'MERGED',
  ANONYMIZED = 'ANONYMIZED',
}
export enum CustomerPhoneKind {
  MOBILE = 'MOBILE',
  HOME = 'HOME',
  WORK = 'WORK',
}
export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
export enum ConsentPurpose {
  ADMIN_NOTICE = 'ADMIN_NOTICE',
  SATISFACTION_SURVEY = 'SATISFACTION_SURVEY',
  PROMOTION = 'PROMOTION',
}
export enum AgeBand {
  UNDER_20 = 'UNDER_20',
  TWENTIES = 'TWENTIES',
  THIRTIES = 'THIRTIES',
  FORTIES = 'FORTIES',
  FIFTIES = 'FIFTIES',
  SIXTIES = 'SIXTIES',
  SEVENTY_PLUS = 'SEVENTY_PLUS',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(PartyType, {
  name: 'PartyType',
  description: '개인 또는 법인·단체',
  valuesMap: { PERSON: { description: '개인' }, ORGANIZATION: { description: '법인·단체' } },
});
registerEnumType(CustomerKind, {
  name: 'CustomerKind',
  description: '고객 유형',
  valuesMap: {
    CURRENT: { description: '현업고객 (이미 서비스를 받은 고객)' },
    ACQUIRED: { description: '입수고객 (다른 시스템에서 받은 고객)' },
    POLICY: { description: '정책고객 (정책 대상)' },
  },
});
registerEnumType(CustomerStatus, {
  name: 'CustomerStatus',
  valuesMap: {
    ACTIVE: { description: '활성' },
    MERGED: { description: '다른 고객에 병합됨' },
    ANONYMIZED: { description: '보존기간 경과로 익명화됨' },
  },
});
registerEnumType(CustomerPhoneKind, {
  name: 'PhoneKind',
  valuesMap: {
    MOBILE: { description: '휴대전화' },
    HOME: { description: '집' },
    WORK: { description: '직장' },
  },
});
registerEnumType(Sex, {
  name: 'Sex',
  valuesMap: { MALE: { description: '남' }, FEMALE: { description: '여' } },
});
registerEnumType(ConsentPurpose, {
  name: 'ConsentPurpose',
  description: '개인정보 이용 동의 목적',
  valuesMap: {
    ADMIN_NOTICE: { description: '행정안내' },
    SATISFACTION_SURVEY: { description: '만족도조사' },
    PROMOTION: { description: '홍보·캠페인' },
  },
});
registerEnumType(AgeBand, { name: 'AgeBand', description: '연령대 (오늘 기준 만 나이)' });
