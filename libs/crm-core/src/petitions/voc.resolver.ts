import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CustomFieldValuesScalar } from '@pcrm/customization';
import { Attachment, AttachmentStore } from '../attachments';
import { COUNT_CAP, Customer, CustomersService, pastMoment } from '../customers';
import { VOC_ATTACHMENT_OWNER } from './voc-attachments';
import { VocCustomFieldsService } from './voc-custom-fields.service';
import { VocIntakeService } from './voc-intake.service';
import { VocReadService } from './voc-read.service';
import { VocReferenceService } from './voc-reference.service';
import {
  ReceiveVocInput,
  SaveVocCategoryInput,
  UpdateVocPeriodInput,
  VocDeadlinePreviewArgs,
  VocIdArgs,
  VocInboxArgs,
  VocReceiptNoArgs,
} from './voc.inputs';
import { VocCategory, VocConnection, VocDeadline, VocItem, VocPeriod, VocTransition } from './voc.model';

@Resolver(() => VocItem)
export class VocResolver {
  constructor(
    @Inject(VocIntakeService) private readonly intake: VocIntakeService,
    @Inject(VocReadService) private readonly reads: VocReadService,
    @Inject(VocReferenceService) private readonly reference: VocReferenceService,
    @Inject(CustomersService) private readonly customers: CustomersService,
    @Inject(AttachmentStore) private readonly attachmentStore: AttachmentStore,
    @Inject(VocCustomFieldsService) private readonly customFields: VocCustomFieldsService,
  ) {}

  @Query(() => [VocCategory], { description: '민원 분류 (비활성 포함, 순서대로)' })
  vocCategories(): Promise<VocCategory[]> {
    return this.reference.categories();
  }

  @Query(() => [VocPeriod], { description: '법정 처리기간 기준정보' })
  vocPeriods(): Promise<VocPeriod[]> {
    return this.reference.periods();
  }

  @Mutation(() => VocCategory, {
    description: '민원 분류 추가·이름 변경·핵심어·사용 여부 (시·도 관리자, 감사 기록)',
  })
  saveVocCategory(@Args('input') input: SaveVocCategoryInput): Promise<VocCategory> {
    return this.reference.saveCategory(input);
  }

  @Mutation(() => VocPeriod, {
    description: '법정 처리기간 변경 (시·도 관리자, 감사 기록; 접수된 민원은 그대로)',
  })
  updateVocPeriod(@Args('input') input: UpdateVocPeriodInput): Promise<VocPeriod> {
    return this.reference.updatePeriod(input);
  }

  @Query(() => VocDeadline, {
    description: '접수 전 처리기한 미리보기: 종류·구분·분류로 법정기간을 찾아 시·도 달력으로 계산합니다',
  })
  async vocDeadlinePreview(@Args() args: VocDeadlinePreviewArgs): Promise<VocDeadline> {
    const receivedAt = pastMoment(args.receivedAt, 'receivedAt', '접수 시각');
    const category = await this.reference.activeCategory(args.categoryCode, 'categoryCode');
    const period = await this.reference.period(args.kind, args.variant, category.code, 'variant');
    return this.reference.deadline(receivedAt, period);
  }

  @Mutation(() => VocItem, {
    description:
      '민원 접수: 접수번호 발급, 처리기한 계산, 배정 규칙에 따른 부서 배정, 고객 민원은 접촉 이력도 남깁니다',
  })
  receiveVoc(@Args('input') input: ReceiveVocInput): Promise<VocItem> {
    return this.intake.receive(input);
  }

  @Mutation(() => VocItem, {
    description: '민원의 사용자 정의 항목 변경 (PATCH: null 은 지움; 고칠 수 있는 항목만, 감사 기록)',
  })
  updateVocCustomFields(
    @Args() { id }: VocIdArgs,
    @Args('customFields', { type: () => CustomFieldValuesScalar }) customFields: Record<string, unknown>,
  ): Promise<VocItem> {
    return this.customFields.update(id, customFields);
  }

  @Query(() => VocItem, { nullable: true, description: '민원 한 건 (없으면 null)' })
  voc(@Args() { id }: VocIdArgs): Promise<VocItem | null> {
    return this.reads.byId(id);
  }

  @Query(() => VocItem, { nullable: true, description: '접수번호로 민원 한 건 (없으면 null)' })
  vocByReceiptNo(@Args() { receiptNo }: VocReceiptNoArgs): Promise<VocItem | null> {
    return this.reads.byReceiptNo(receiptNo);
  }

  @Query(() => VocConnection, { description: '민원함: 처리 중인 민원을 처리기한이 이른 순서로' })
  vocInbox(@Args() args: VocInboxArgs): Promise<VocConnection> {
    return this.reads.inbox(args);
  }

  @ResolveField(() => [VocTransition], { description: '처리 이력 (순서대로)' })
  timeline(@Parent() voc: VocItem): Promise<VocTransition[]> {
    return this.reads.timeline(voc.id);
  }

  @ResolveField(() => [VocItem], { description: '협조 부서 민원 (자식 민원)' })
  children(@Parent() voc: VocItem): Promise<VocItem[]> {
    return this.reads.children(voc.id);
  }

  @ResolveField(() => [Attachment], { description: '첨부파일 (내려받기: downloadPath)' })
  async attachments(@Parent() voc: VocItem): Promise<Attachment[]> {
    const [files] = await this.attachmentStore.listFor(VOC_ATTACHMENT_OWNER, [voc.id]);
    return files;
  }

  @ResolveField(() => Customer, {
    nullable: true,
    description: '민원인 고객 (개인정보는 권한에 따라 마스킹)',
  })
  async customer(@Parent() voc: VocItem): Promise<Customer | null> {
    if (!voc.customerId) return null;
    const customer = await this.customers.findById(voc.customerId);
    return customer && this.customers.visible(customer);
  }
}

@Resolver(() => VocConnection)
export class VocConnectionResolver {
  @ResolveField(() => Int, {
    description: `조건에 맞는 민원 수 (요청할 때만 셉니다; ${COUNT_CAP.toLocaleString('en')} 에서 멈춤)`,
  })
  totalCount(@Parent() connection: VocConnection): Promise<number> {
    return connection.count();
  }
}
