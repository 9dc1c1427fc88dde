import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Job } from '@pcrm/tenancy';

/** A masked value of a customer that `revealCustomerField` shows unmasked, one at a time, with a reason. */
export enum RevealableField {
  NAME = 'NAME',
  BIRTH_DATE = 'BIRTH_DATE',
  REPRESENTATIVE_NAME = 'REPRESENTATIVE_NAME',
  /** The whole address line: road (else 지번) address, building, detail and postal code. */
  ADDRESS = 'ADDRESS',
  /** One phone number (`itemId`), else the primary one. */
  PHONE = 'PHONE',
  /** One e-mail address (`itemId`), else the primary one. */
  EMAIL = 'EMAIL',
}
registerEnumType(RevealableField, {
  name: 'RevealableField',
  description: '마스킹을 풀어 볼 수 있는 고객 항목',
  valuesMap: {
    NAME: { description: '이름' },
    BIRTH_DATE: { description: '생년월일' },
    REPRESENTATIVE_NAME: { description: '대표자 이름' },
    ADDRESS: { description: '주소 전체 (도로명 또는 지번, 건물번호, 상세주소, 우편번호)' },
    PHONE: { description: '전화번호 하나 (itemId, 없으면 대표 번호)' },
    EMAIL: { description: 'e-mail 하나 (itemId, 없으면 대표 주소)' },
  },
});

@ObjectType({ description: '시·도의 고객정보 보관 설정' })
export class CustomerSettings {
  @Field(() => Int, {
    description: '보관 기간 (년): 이 기간 동안 접촉이 없는 고객은 익명 처리 대상 목록에 오릅니다',
  })
  retentionYears!: number;
}

@ObjectType({
  description: '익명 처리 결과: 적은 수는 바로 처리하고 (anonymizedCount), 많은 수는 백그라운드 작업 (job)',
})
export class AnonymizationResult {
  @Field(() => Int, {
    description: '바로 익명 처리한 고객 수 (병합되어 있던 기록 포함; 작업으로 넘긴 경우 0)',
  })
  anonymizedCount!: number;

  @Field(() => Job, {
    nullable: true,
    description: '많은 수를 처리하는 백그라운드 작업 (바로 처리했으면 null)',
  })
  job!: Job | null;
}
