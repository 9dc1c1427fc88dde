import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@pcrm/tenancy';

@ObjectType({ description: '개인정보 열람 기록 한 건: 누가, 언제, 어느 기록의 어떤 항목을, 무슨 목적으로' })
export class AccessLogEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime, { description: '열람 시각' })
  occurredAt!: Date;

  @Field({ description: '열람한 사용자 (로그인 아이디)' })
  actor!: string;

  @Field(() => [String], { description: '열람 당시 역할' })
  actorRoles!: string[];

  @Field({ description: '기록의 종류 (GraphQL 타입 이름, 예: Staff)' })
  entity!: string;

  @Field({ description: '열람한 기록의 ID' })
  recordId!: string;

  @Field(() => [String], { description: '열람한 개인정보 항목' })
  fields!: string[];

  @Field({ description: '마스킹된 값을 받았는지' })
  masked!: boolean;

  @Field({ description: '열람 목적 (x-pcrm-purpose 헤더, 없으면 기본값)' })
  purpose!: string;

  @Field({ description: 'GraphQL 작업 이름 (없으면 최상위 필드)' })
  operation!: string;

  @Field(() => Int, {
    nullable: true,
    description: '한 번에 여러 기록을 열람한 경우(예: 고객 내보내기) 그 기록 수; 기록 하나를 열람했으면 null',
  })
  recordCount!: number | null;
}

export const AccessLogConnection = ConnectionType(AccessLogEntry, 'AccessLogEntry');

export interface AccessLogRow {
  id: string;
  occurred_at: Date;
  actor: string;
  actor_roles: string[];
  entity: string;
  record_id: string;
  fields: string[];
  masked: boolean;
  purpose: string;
  operation: string;
  record_count: number | null;
}

export const toAccessLogEntry = (row: AccessLogRow): AccessLogEntry => ({
  id: row.id,
  occurredAt: row.occurred_at,
  actor: row.actor,
  actorRoles: row.actor_roles,
  entity: row.entity,
  recordId: row.record_id,
  fields: row.fields,
  masked: row.masked,
  purpose: row.purpose,
  operation: row.operation,
  recordCount: row.record_count,
});
