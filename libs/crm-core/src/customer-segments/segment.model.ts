import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, jsonScalar } from '@pcrm/tenancy';
import type { RuleGroup } from './segment-rules';

/**
 * A segment's rule as JSON: `{ match: ALL|ANY, conditions: [{ field, op, value } | group] }`. JSON because
 * GraphQL inputs have no unions; the server checks it strictly (`validateRules`) and names the path of any
 * problem. Fields and operators: docs/domain.md "Segments".
 */
export const SegmentRulesScalar = jsonScalar(
  'SegmentRules',
  '세그먼트 규칙 (JSON): { match: "ALL"|"ANY", conditions: [{ field, op, value } 또는 안쪽 묶음] }. ' +
    '항목: kind, partyType, area, tags, consent, ageBand, lifeStage, sex, lastContactAt, source, ' +
    'custom ({ field: "custom", key, op: EQ|IN|GT|GTE|LT|LTE|CONTAINS|EMPTY, value }: 고객의 사용자 정의 항목)',
);

@ObjectType({ description: '고객 세그먼트: 필요(생애주기·지역·관심·취약성)로 묶은 고객 집단의 저장된 규칙' })
export class Segment {
  @Field(() => ID)
  id!: string;

  @Field({ description: '이름 (시·도 안에서 유일)' })
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => SegmentRulesScalar)
  rules!: RuleGroup;

  @Field({ description: '만든 사람' })
  createdBy!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Int, { description: '낙관적 잠금 버전: updateSegment 에 그대로 보냅니다' })
  version!: number;
}

export const SegmentConnection = ConnectionType(Segment, 'Segment');

@ObjectType({ description: '세그먼트 구성원 스냅숏: 그날의 구성원과 수' })
export class SegmentSnapshot {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  segmentId!: string;

  @Field(() => GraphQLISODateTime, { description: '찍은 시각' })
  takenAt!: Date;

  @Field(() => Int, { description: '구성원 수' })
  memberCount!: number;

  @Field({ description: '찍은 사람' })
  takenBy!: string;
}

@ObjectType({
  description:
    '저장된 규칙을 지금 쓸 수 없는 까닭: 조건의 사용자 정의 항목이 보관되었거나 요청자가 검색할 수 없는 항목입니다',
})
export class SegmentRuleProblem {
  @Field({ description: '문제가 있는 조건의 경로 (예: rules.conditions[2].key)' })
  field!: string;

  @Field()
  messageKo!: string;

  @Field()
  messageEn!: string;
}

@ObjectType({ description: '규칙에 지금 맞는 고객 수 (활성 고객만)' })
export class SegmentCount {
  @Field(() => Int)
  count!: number;
}

export interface SegmentRow {
  id: string;
  name: string;
  description: string | null;
  rules: unknown;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export interface SegmentSnapshotRow {
  id: string;
  segment_id: string;
  taken_at: Date;
  member_count: number;
  taken_by: string;
}

export const toSegment = (row: SegmentRow): Segment => ({
  id: row.id,
  name: row.name,
  description: row.description,
  rules: row.rules as RuleGroup,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

export const toSegmentSnapshot = (row: SegmentSnapshotRow): SegmentSnapshot => ({
  id: row.id,
  segmentId: row.segment_id,
  takenAt: row.taken_at,
  memberCount: row.member_count,
  takenBy: row.taken_by,
});
