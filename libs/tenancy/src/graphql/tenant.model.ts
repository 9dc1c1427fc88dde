import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Tenant', { description: '시·도 (테넌트)' })
export class TenantModel {
  @Field({ description: '테넌트 코드 = Keycloak realm' })
  code!: string;

  @Field({ description: '한글 이름' })
  nameKo!: string;

  @Field({ description: 'English name' })
  nameEn!: string;
}

@ObjectType({ description: '로그인한 사용자' })
export class Me {
  @Field()
  username!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => [String])
  roles!: string[];

  @Field({ description: '토큰을 발급한 realm' })
  realm!: string;

  @Field(() => TenantModel, { nullable: true, description: '중앙부처 사용자는 null' })
  tenant!: TenantModel | null;
}
