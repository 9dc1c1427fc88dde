import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CustomerConnection } from '../customers';
import { AnonymizationResult, CustomerSettings } from './customer-privacy.model';
import {
  AnonymizeCustomersArgs,
  RetentionCandidatesArgs,
  RevealCustomerFieldArgs,
  UpdateCustomerSettingsArgs,
} from './customer-privacy.inputs';
import { CustomerRevealService } from './customer-reveal.service';
import { CustomerRetentionService } from './customer-retention.service';
import { CustomerAnonymizeService } from './customer-anonymize.service';

@Resolver()
export class CustomerPrivacyResolver {
  constructor(
    @Inject(CustomerRevealService) private readonly reveals: CustomerRevealService,
    @Inject(CustomerRetentionService) private readonly retention: CustomerRetentionService,
    @Inject(CustomerAnonymizeService) private readonly anonymizer: CustomerAnonymizeService,
  ) {}

  @Mutation(() => String, {
    description: '마스킹된 값 하나를 사유와 함께 열람 (개인정보 열람 기록에 사유가 남습니다)',
  })
  revealCustomerField(@Args() args: RevealCustomerFieldArgs): Promise<string> {
    return this.reveals.reveal(args);
  }

  @Query(() => CustomerSettings, { description: '고객정보 보관 설정 (보관 기간)' })
  customerSettings(): Promise<CustomerSettings> {
    return this.retention.settings();
  }

  @Mutation(() => CustomerSettings, { description: '보관 기간 변경 (감사 기록)' })
  updateCustomerSettings(@Args() { retentionYears }: UpdateCustomerSettingsArgs): Promise<CustomerSettings> {
    return this.retention.updateRetention(retentionYears);
  }

  @Query(() => CustomerConnection, {
    description:
      '보관 기간 동안 접촉이 없는 활성 고객 (익명 처리 대상): 가장 오래 접촉이 없었던 고객부터, 마스킹된 목록',
  })
  retentionCandidates(@Args() { first, after }: RetentionCandidatesArgs): Promise<CustomerConnection> {
    return this.retention.candidates(first, after);
  }

  @Mutation(() => AnonymizationResult, {
    description:
      '고객 익명 처리 (되돌릴 수 없음): 통계용 항목만 남기고 개인정보를 지웁니다; 많은 수는 백그라운드 작업',
  })
  anonymizeCustomers(@Args() { ids, reason }: AnonymizeCustomersArgs): Promise<AnonymizationResult> {
    return this.anonymizer.anonymize(ids, reason);
  }
}
