import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { badInput } from '@pcrm/tenancy';
import { REASON_MAX, statedReason } from '../access-log';
import { Customer, CustomersService } from '../customers';
import { CustomerMergeService } from './customer-merge.service';
import { MergeCustomersInput } from './customer-merge.inputs';
import { MergedRecord } from './customer-merge.model';

@Resolver(() => Customer)
export class CustomerMergeResolver {
  constructor(
    @Inject(CustomerMergeService) private readonly merges: CustomerMergeService,
    @Inject(CustomersService) private readonly customers: CustomersService,
  ) {}

  @Mutation(() => Customer, {
    description:
      '두 고객 병합: 남는 고객이 전화·e-mail·접촉 이력·동의·관계를 넘겨받고, 병합된 고객은 출처와 함께 MERGED 로 남습니다 (감사 기록)',
  })
  async mergeCustomers(@Args('input') input: MergeCustomersInput): Promise<Customer> {
    const reason = statedReason(input.reason, () =>
      badInput(
        'reason',
        `병합 사유를 1~${REASON_MAX}자로 적어 주세요.`,
        `State the reason for the merge in 1 to ${REASON_MAX} characters.`,
      ),
    );
    const survivorId = await this.merges.merge(
      input.survivorId.toLowerCase(),
      input.mergedId.toLowerCase(),
      reason,
    );
    return this.customers.open(survivorId);
  }

  @ResolveField(() => [MergedRecord], {
    description:
      '이 고객에 병합된 기록 (출처·병합 사유; 접촉 이력은 이 고객의 contacts 에 originCustomerId 와 함께)',
  })
  mergedRecords(@Parent() customer: Customer): Promise<MergedRecord[]> {
    return this.merges.mergedInto(customer.id);
  }
}
