import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs } from '@pcrm/tenancy';
import { Customer } from '../customers';
import { Contact, ContactConnection } from './contact.model';
import { RecordContactInput } from './contact.inputs';
import { CustomerContactsService } from './contacts.service';

@Resolver(() => Customer)
export class CustomerContactsResolver {
  constructor(@Inject(CustomerContactsService) private readonly service: CustomerContactsService) {}

  @Mutation(() => Contact, {
    description: '접촉 이력 기록 (모든 채널): 고객의 마지막 접촉 시각이 함께 바뀌고 감사 기록이 남습니다',
  })
  recordContact(@Args('input') input: RecordContactInput): Promise<Contact> {
    return this.service.record(input);
  }

  @ResolveField(() => ContactConnection, {
    description: '접촉 이력: 모든 채널을 한 줄로, 최신순 (커서 페이지, first ≤ 200)',
  })
  contacts(@Parent() customer: Customer, @Args() { first, after }: PageArgs): Promise<ContactConnection> {
    return this.service.timeline(customer.id, first, after);
  }
}

@Resolver(() => ContactConnection)
export class ContactConnectionResolver {
  @ResolveField(() => Int, { description: '이 고객의 접촉 이력 건수 (요청할 때만 셉니다)' })
  totalCount(@Parent() connection: ContactConnection): Promise<number> {
    return connection.count();
  }
}
