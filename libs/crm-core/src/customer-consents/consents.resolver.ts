import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Customer } from '../customers';
import { Consent } from './consent.model';
import { GrantConsentInput, WithdrawConsentInput } from './consent.inputs';
import { CustomerConsentsService } from './consents.service';

@Resolver(() => Customer)
export class CustomerConsentsResolver {
  constructor(@Inject(CustomerConsentsService) private readonly service: CustomerConsentsService) {}

  @Mutation(() => Consent, { description: '개인정보 이용 동의 기록 (목적·시각·채널·증빙; 감사 기록)' })
  grantConsent(@Args('input') input: GrantConsentInput): Promise<Consent> {
    return this.service.grant(input);
  }

  @Mutation(() => Consent, { description: '동의 철회 기록 (동의는 증빙으로 남음; 감사 기록)' })
  withdrawConsent(@Args('input') input: WithdrawConsentInput): Promise<Consent> {
    return this.service.withdraw(input);
  }

  @ResolveField(() => [Consent], {
    description: '개인정보 이용 동의: 유효한 것 먼저, 철회된 것도 증빙으로 (목적순, 최근 동의 먼저)',
  })
  consents(@Parent() customer: Customer): Promise<Consent[]> {
    return this.service.ofCustomer(customer.id);
  }
}
