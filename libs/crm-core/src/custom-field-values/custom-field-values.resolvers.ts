import { Inject, type Type } from '@nestjs/common';
import { Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Permission } from '@pcrm/access';
import { CustomFieldValuesScalar } from '@pcrm/customization';
import { CUSTOMER_ENTITY, Customer } from '../customers';
import { DEPARTMENT_ENTITY, Department } from '../departments';
import { PETITION_ENTITY, VocItem } from '../petitions';
import { STAFF_ENTITY, Staff } from '../staff';
import { CustomFieldsReader, type CustomFieldsSource } from './custom-fields-reader';

const DESCRIPTION =
  '사용자 정의 항목 (볼 수 있는 것만; 개인정보 항목은 권한이 없으면 마스킹되고 열람이 기록됨)';

interface WithCustomFields {
  id: string;
  customFields: Record<string, unknown>;
}

/** The `customFields` resolver of one record type: its values as the caller may see them. */
function customFieldsResolver(model: Type<WithCustomFields>, source: CustomFieldsSource) {
  @Resolver(() => model)
  class CustomFieldsOf {
    constructor(@Inject(CustomFieldsReader) readonly reader: CustomFieldsReader) {}

    @ResolveField('customFields', () => CustomFieldValuesScalar, { description: DESCRIPTION })
    customFields(
      @Parent() record: WithCustomFields,
      @Info() info: GraphQLResolveInfo,
      @Context() context: unknown,
    ): Promise<Record<string, unknown>> {
      return this.reader.read(source, record.id, record.customFields, info, context);
    }
  }
  Object.defineProperty(CustomFieldsOf, 'name', { value: `${source.typeName}CustomFieldsResolver` });
  return CustomFieldsOf;
}

export const CUSTOM_FIELD_RESOLVERS = [
  customFieldsResolver(Customer, {
    entityId: CUSTOMER_ENTITY.id,
    typeName: 'Customer',
    unmaskedBy: Permission.CustomerPersonalRead,
  }),
  customFieldsResolver(VocItem, {
    entityId: PETITION_ENTITY.id,
    typeName: 'VocItem',
    unmaskedBy: Permission.CustomerPersonalRead,
  }),
  customFieldsResolver(Department, {
    entityId: DEPARTMENT_ENTITY.id,
    typeName: 'Department',
    unmaskedBy: Permission.StaffContactRead,
  }),
  customFieldsResolver(Staff, {
    entityId: STAFF_ENTITY.id,
    typeName: 'Staff',
    unmaskedBy: Permission.StaffContactRead,
  }),
];
