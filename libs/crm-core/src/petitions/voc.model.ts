import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CustomFieldValuesScalar } from '@pcrm/customization';
import { PageInfo } from '@pcrm/tenancy';
import { ContactChannel, DepartmentRef, StaffRef } from '../customer-contacts';
import { HandlingClass, PeriodUnit, ReplyChannel, VocKind, VocSource } from './voc.enums';

/** Where a case stands against its deadlines, computed when it is read. */
export enum DueState {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OVERDUE = 'OVERDUE',
  DONE = 'DONE',
}
registerEnumType(DueState, {
  name: 'VocDueState',
  description: '기한 상태',
  valuesMap: {
    ON_TRACK: { description: '정상 (목표기한 전)' },
    AT_RISK: { description: '주의 (목표기한 지남)' },
    OVERDUE: { description: '기한 초과 (법정기한 지남)' },
    DONE: { description: '처리 완료 (기한 멈춤)' },
  },
});

@ObjectType({ description: '민원 분류 (시·도 기준정보)' })
export class VocCategory {
  @Field()
  code!: string;
  @Field()
  nameKo!: string;
  @Field()
  nameEn!: string;
  @Field(() => String, { nullable: true, description: '상위 분류 코드' })
  parentCode!: string | null;
  @Field(() => [String], { description: '자동 배정에 쓰는 핵심어' })
  keywords!: string[];
  @Field(() => Int)
  sortOrder!: number;
  @Field()
  active!: boolean;
}

@ObjectType({ description: '법정 처리기간 (종류·분류별; 분류 * 는 그 종류 전체)' })
export class VocPeriod {
  @Field(() => VocKind)
  kind!: VocKind;
  @Field({ description: "분류 코드 ('*' = 모든 분류)" })
  categoryCode!: string;
  @Field({ description: '구분 (질의: PROCEDURE / LEGAL_INTERPRETATION; 그 밖에는 빈 값)' })
  variant!: string;
  @Field(() => Int)
  value!: number;
  @Field(() => PeriodUnit)
  unit!: PeriodUnit;
  @Field()
  labelKo!: string;
  @Field(() => String, { nullable: true, description: '근거' })
  basis!: string | null;
}

@ObjectType({ description: '처리기한' })
export class VocDeadline {
  @Field(() => GraphQLISODateTime, { description: '법정 처리기한' })
  dueAt!: Date;
  @Field(() => GraphQLISODateTime, { description: '목표 처리기한 (법정기간의 시·도 설정 비율)' })
  targetDueAt!: Date;
  @Field({ description: '셈 방식: HOURS (근무시간), DAYS (근무일), CALENDAR (역일)' })
  countedIn!: string;
  @Field(() => VocPeriod, { description: '적용된 법정 처리기간' })
  period!: VocPeriod;
}

@ObjectType({ description: '민원 처리기한과 지금 상태' })
export class VocDeadlineStatus {
  @Field(() => GraphQLISODateTime)
  dueAt!: Date;
  @Field(() => GraphQLISODateTime)
  targetDueAt!: Date;
  @Field(() => Int)
  periodValue!: number;
  @Field(() => PeriodUnit)
  periodUnit!: PeriodUnit;
  @Field(() => DueState)
  state!: DueState;
}

@ObjectType({ description: '익명 민원인 연락처 (개인정보: 권한이 없으면 마스킹, 열람은 기록됩니다)' })
export class VocContact {
  @Field(() => ID, { description: '민원 ID' })
  id!: string;
  @Field(() => String, { nullable: true })
  name!: string | null;
  @Field(() => String, { nullable: true })
  phone!: string | null;
  @Field(() => String, { nullable: true })
  email!: string | null;
}

@ObjectType({ description: '발생 장소' })
export class VocLocation {
  @Field(() => String, { nullable: true })
  address!: string | null;
  @Field(() => Float, { nullable: true })
  latitude!: number | null;
  @Field(() => Float, { nullable: true })
  longitude!: number | null;
}

@ObjectType({ description: '처리 이력 한 건 (누가, 언제, 어디서 어디로)' })
export class VocTransition {
  @Field(() => Int)
  seq!: number;
  @Field()
  event!: string;
  @Field(() => String, { nullable: true })
  fromStatus!: string | null;
  @Field()
  toStatus!: string;
  @Field({ description: '처리자 (직원 이름 또는 system:…)' })
  actor!: string;
  @Field(() => StaffRef, { nullable: true })
  actorStaff!: StaffRef | null;
  @Field(() => String, { nullable: true })
  comment!: string | null;
  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;
}

@ObjectType({ description: '민원(VOC) 한 건: 출처·채널과 상관없이' })
export class VocItem {
  @Field(() => ID)
  id!: string;
  @Field({ description: '접수번호 (예: BUSAN-2026-000123)' })
  receiptNo!: string;
  @Field(() => ID, { nullable: true, description: '협조 부서 민원이면 원 민원' })
  parentId!: string | null;
  @Field(() => VocSource)
  source!: VocSource;
  @Field(() => ContactChannel)
  channel!: ContactChannel;
  @Field(() => VocKind)
  kind!: VocKind;
  @Field()
  periodVariant!: string;
  @Field(() => HandlingClass)
  handlingClass!: HandlingClass;
  @Field()
  categoryCode!: string;
  @Field()
  categoryName!: string;
  @Field()
  title!: string;
  @Field()
  body!: string;
  @Field(() => VocLocation)
  location!: VocLocation;
  @Field(() => ID, { nullable: true, description: '민원인 고객 (없으면 익명 연락처)' })
  customerId!: string | null;
  @Field(() => VocContact, { nullable: true, description: '익명 민원인 연락처' })
  contact!: VocContact | null;
  @Field(() => ReplyChannel)
  replyChannel!: ReplyChannel;
  @Field(() => ID, { nullable: true, description: '이 민원이 들어온 접촉 이력' })
  contactHistoryId!: string | null;
  @Field({ description: '상태 (VocStatus 또는 시·도 워크플로의 상태)' })
  status!: string;
  @Field({ description: '상태 이름' })
  statusLabel!: string;
  @Field()
  workflowKey!: string;
  @Field(() => Int, { description: '이 민원이 시작한 워크플로 버전' })
  workflowVersion!: number;
  @Field(() => DepartmentRef, { nullable: true })
  department!: DepartmentRef | null;
  @Field(() => StaffRef, { nullable: true, description: '담당자' })
  officer!: StaffRef | null;
  @Field(() => GraphQLISODateTime)
  receivedAt!: Date;
  @Field(() => VocDeadlineStatus)
  deadlines!: VocDeadlineStatus;
  @Field()
  extended!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;
  @Field()
  createdBy!: string;
  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
  @Field(() => Int)
  version!: number;
  @Field(() => CustomFieldValuesScalar, {
    description: '사용자 정의 항목 (볼 수 있는 것만; 개인정보 항목은 권한이 없으면 마스킹되고 열람이 기록됨)',
  })
  customFields!: Record<string, unknown>;
}

@ObjectType('VocEdge')
export class VocEdge {
  @Field()
  cursor!: string;
  @Field(() => VocItem)
  node!: VocItem;
}

@ObjectType('VocConnection', { description: '민원함 한 페이지 (처리기한 순)' })
export class VocConnection {
  @Field(() => [VocEdge])
  edges!: VocEdge[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
  /** Counts up to the cap; resolved by `VocConnectionResolver`. */
  count!: () => Promise<number>;
}
