import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Customer, CustomerSummary } from '../customers';
import { CustomerRelation } from './relation.model';
import { AddCustomerRelationInput, RelationIdArgs } from './relation.inputs';
import { CustomerRelationsService, RELATION_LIMITS } from './relations.service';

@Resolver(() => Customer)
export class CustomerRelationsResolver {
  constructor(@Inject(CustomerRelationsService) private readonly service: CustomerRelationsService) {}

  @Mutation(() => CustomerRelation, {
    description: '고객 관계 추가: 관련 고객이 고객의 가족·대표자·대리인·담당자 (감사 기록)',
  })
  addCustomerRelation(@Args('input') input: AddCustomerRelationInput): Promise<CustomerRelation> {
    return this.service.add(input);
  }

  @Mutation(() => ID, { description: '고객 관계 삭제 (두 고객은 그대로); 지운 관계 ID 를 돌려줍니다' })
  removeCustomerRelation(@Args() { id }: RelationIdArgs): Promise<string> {
    return this.service.remove(id);
  }

  @ResolveField(() => [CustomerRelation], {
    description: '다른 고객과의 관계 (양방향, 종류순): 관련 고객은 목록처럼 마스킹',
  })
  relations(@Parent() customer: Customer): Promise<CustomerRelation[]> {
    return this.service.ofCustomer(customer.id);
  }

  @ResolveField(() => [CustomerSummary], {
    description: `같은 세대(같은 주소·동호)의 다른 활성 고객, 이름순 (최대 ${RELATION_LIMITS.householdMembers}명, 목록처럼 마스킹)`,
  })
  householdMembers(@Parent() customer: Customer): Promise<CustomerSummary[]> {
    return this.service.householdMembers(customer.id);
  }
}
