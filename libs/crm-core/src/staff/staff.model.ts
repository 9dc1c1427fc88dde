import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CustomFieldValuesScalar } from '@pcrm/customization';
import { ConnectionType } from '@pcrm/tenancy';

@ObjectType({ description: '직원' })
export class Staff {
  @Field(() => ID)
  id!: string;

  @Field({ description: '이름' })
  name!: string;

  @Field(() => String, { nullable: true, description: '로그인 아이디 (Keycloak preferred_username)' })
  username!: string | null;

  @Field(() => String, { nullable: true, description: '직위' })
  position!: string | null;

  @Field(() => [String], { description: 'Keycloak realm 역할' })
  roles!: string[];

  @Field(() => String, { nullable: true, description: '업무 e-mail (연락처 열람 권한이 없으면 마스킹)' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: '업무 전화번호 (연락처 열람 권한이 없으면 마스킹)' })
  phone!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Keycloak 사용자 ID (토큰의 sub; 계정 열람 권한 필요)',
  })
  keycloakSubject!: string | null;

  departmentId!: string | null;

  @Field(() => CustomFieldValuesScalar, {
    description: '사용자 정의 항목 (볼 수 있는 것만; 개인정보 항목은 권한이 없으면 마스킹되고 열람이 기록됨)',
  })
  customFields!: Record<string, unknown>;
}

export const StaffConnection = ConnectionType(Staff, 'Staff');

export interface StaffRow {
  id: string;
  name: string;
  username: string | null;
  position: string | null;
  roles: string[];
  email: string | null;
  phone: string | null;
  keycloak_subject: string | null;
  department_id: string | null;
  custom_fields: Record<string, unknown>;
}

export const toStaff = (row: StaffRow): Staff => ({
  id: row.id,
  name: row.name,
  username: row.username,
  position: row.position,
  roles: row.roles,
  email: row.email,
  phone: row.phone,
  keycloakSubject: row.keycloak_subject,
  departmentId: row.department_id,
  customFields: row.custom_fields,
});
