import { Inject } from '@nestjs/common';
import { Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Permission } from '@pcrm/access';
import { CustomFieldValuesScalar } from '@pcrm/customization';
import { CUSTOMER_ENTITY, Customer } from '../customers';
import { CustomFieldsReader, type CustomFieldsSource } from './custom-fields-reader';

const DESCRIPTION =
  '사용자 정의 항목 (볼 수 있는 것만; 개인정보 항목은 권한이 없으면 마스킹되고 열람이 기록됨)';

const CUSTOMER: CustomFieldsSource = {
  entityId: CUSTOMER_ENTITY.id,
  typeName: 'Customer',
  unmaskedBy: Permission.CustomerPersonalRead,
};

@Resolver(() => Customer)
export class CustomerCustomFieldsResolver {
  constructor(@Inject(CustomFieldsReader) private readonly reader: CustomFieldsReader) {}

  @ResolveField('customFields', () => CustomFieldValuesScalar, { description: DESCRIPTION })
  customFields(
    @Parent() customer: Customer,
    @Info() info: GraphQLResolveInfo,
    @Context() context: unknown,
  ): Promise<Record<string, unknown>> {
    return this.reader.read(CUSTOMER, customer.id, customer.customFields, info, context);
  }
}
