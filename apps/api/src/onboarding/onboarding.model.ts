import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: '플랫폼 운영자가 보는 시·도 (테넌트)' })
export class PlatformTenant {
  @Field(() => ID, { description: '시·도 코드 = realm 이름' })
  code!: string;

  @Field()
  nameKo!: string;

  @Field()
  nameEn!: string;

  @Field({ description: '사용 중이면 true; 중지되면 그 시·도의 토큰은 모두 거절되고 데이터는 남습니다.' })
  active!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deactivatedAt!: Date | null;
}

@ObjectType({ description: '새로 등록한 시·도' })
export class OnboardedTenant {
  @Field(() => PlatformTenant)
  tenant!: PlatformTenant;

  @Field({ description: '첫 시·도 관리자의 사용자 이름' })
  firstAdminUsername!: string;

  @Field({ description: '첫 시·도 관리자의 로그인 주체(Keycloak 사용자 id)' })
  firstAdminSubject!: string;

  @Field(() => Int, { description: '표준 조직도로 만든 부서 수' })
  departments!: number;

  @Field({
    description: '실제 Keycloak 에 가져올 realm 내보내기 (JSON, infra/keycloak/realms 와 같은 생성기)',
  })
  realmExport!: string;

  @Field(() => Int, { description: '등록에 걸린 시간 (ms)' })
  elapsedMs!: number;
}

@ObjectType({ description: '플랫폼 운영 감사 기록: 누가, 언제, 어느 시·도에 무엇을' })
export class PlatformAuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field({ description: 'realm/사용자 이름' })
  actor!: string;

  @Field({ description: 'tenant.created, tenant.deactivated, tenant.reactivated' })
  action!: string;

  @Field()
  tenantCode!: string;

  @Field({ description: '세부 내용 (JSON)' })
  detail!: string;
}

@InputType({ description: '새 시·도의 첫 관리자 (개발용 인증 서버에서는 바로 로그인할 수 있습니다)' })
export class FirstTenantAdminInput {
  @Field({ description: '사용자 이름 (영문 소문자로 시작, 3~40자)' })
  username!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;
}

@InputType({ description: '새 시·도 등록' })
export class CreateTenantInput {
  @Field({ description: '시·도 코드 = realm 이름 (예: sejong)' })
  code!: string;

  @Field({ description: '한글 이름 (예: 세종특별자치시)' })
  nameKo!: string;

  @Field({ description: 'English name' })
  nameEn!: string;

  @Field(() => FirstTenantAdminInput)
  firstAdmin!: FirstTenantAdminInput;
}
