import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Customer, CustomerConnection } from './customer.model';
import { COUNT_CAP } from './customers.sql';
import { CreateCustomerInput, CustomerIdArgs, CustomersArgs, UpdateCustomerInput } from './customer.inputs';
import { CustomersService } from './customers.service';

@Resolver(() => Customer)
export class CustomersResolver {
  constructor(@Inject(CustomersService) private readonly service: CustomersService) {}

  @Query(() => CustomerConnection, {
    description:
      '고객 검색 (이름순 또는 sort 의 사용자 정의 항목순, 커서 페이지, first ≤ 200): 목록의 개인정보는 모든 역할에 마스킹되고 열람 기록은 남지 않습니다',
  })
  customers(@Args() { first, after, filter, sort }: CustomersArgs): Promise<CustomerConnection> {
    return sort
      ? this.service.sortedSearch(first, after, filter, sort)
      : this.service.search(first, after, filter);
  }

  @Query(() => Customer, {
    nullable: true,
    description: '고객 360: 개인정보는 권한에 따라 마스킹되고, 열람은 개인정보 열람 기록에 남습니다',
  })
  customer(@Args() { id }: CustomerIdArgs): Promise<Customer> {
    return this.service.open(id);
  }

  @Mutation(() => Customer, { description: '고객 등록 (고객번호·검색 키·세대 키는 서버가 정함)' })
  createCustomer(@Args('input') input: CreateCustomerInput): Promise<Customer> {
    return this.service.createCustomer(input);
  }

  @Mutation(() => Customer, { description: '고객 정보 변경 (낙관적 잠금: version)' })
  updateCustomer(@Args('input') input: UpdateCustomerInput): Promise<Customer> {
    return this.service.update(input);
  }
}

@Resolver(() => CustomerConnection)
export class CustomerConnectionResolver {
  @ResolveField(() => Int, {
    description: `조건에 맞는 고객 수 (요청할 때만 셉니다; ${COUNT_CAP.toLocaleString('en')} 에서 멈춤)`,
  })
  totalCount(@Parent() connection: CustomerConnection): Promise<number> {
    return connection.count();
  }
}
