import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, type Connection } from '@pcrm/tenancy';
import {
  CustomerImportSource,
  ImportBatch,
  ImportColumnMapping,
  ImportRowError,
  ImportBatchConnection,
  ImportPreview,
  ImportReviewItem,
  ImportReviewItemConnection,
} from './customer-import.model';
import {
  CustomerImportInput,
  ImportBatchArgs,
  ImportBatchIdArgs,
  ImportReviewItemsArgs,
  ListArgs,
  MappingArgs,
  ResolveImportReviewInput,
  SaveCustomerImportMappingInput,
} from './customer-import.inputs';
import { CustomerImportService } from './customer-import.service';

@Resolver()
export class CustomerImportResolver {
  constructor(@Inject(CustomerImportService) private readonly imports: CustomerImportService) {}

  @Query(() => [CustomerImportSource], { description: '가져오기 출처와 저장된 열 연결' })
  customerImportSources(): Promise<CustomerImportSource[]> {
    return this.imports.sources();
  }

  @Mutation(() => CustomerImportSource, { description: '출처의 열 연결 저장' })
  saveCustomerImportMapping(
    @Args('input') input: SaveCustomerImportMappingInput,
  ): Promise<CustomerImportSource> {
    return this.imports.saveMapping(input.source, input.mapping);
  }

  @Query(() => ImportPreview, {
    description: '가져오기 미리보기: 새로 등록·병합·검토·오류 건수와 행 오류 (아무것도 바꾸지 않음)',
  })
  previewCustomerImport(@Args('input') input: CustomerImportInput): Promise<ImportPreview> {
    return this.imports.preview(input);
  }

  @Mutation(() => ImportBatch, {
    description: '가져오기 시작 (백그라운드 작업). 한 행이라도 오류면 아무것도 가져오지 않습니다',
  })
  startCustomerImport(@Args('input') input: CustomerImportInput): Promise<ImportBatch> {
    return this.imports.start(input);
  }

  @Query(() => ImportBatchConnection, { description: '가져오기 배치 (최신순)' })
  customerImportBatches(@Args() args: PageArgs): Promise<Connection<ImportBatch>> {
    return this.imports.batches(args.first, args.after);
  }

  @Query(() => ImportBatch, { description: '가져오기 배치 하나; 다른 시·도의 배치는 NOT_FOUND' })
  customerImportBatch(@Args() { id }: ImportBatchArgs): Promise<ImportBatch> {
    return this.imports.batch(id);
  }

  @Query(() => ImportReviewItemConnection, { description: '배치의 검토 대기열 (파일 행 순서)' })
  importReviewItems(@Args() args: ImportReviewItemsArgs): Promise<Connection<ImportReviewItem>> {
    return this.imports.reviewItems(args.batchId, args.first, args.after);
  }

  @Mutation(() => ImportReviewItem, { description: '검토 항목 결정: 병합, 새로 등록, 또는 건너뜀' })
  resolveImportReview(@Args('input') input: ResolveImportReviewInput): Promise<ImportReviewItem> {
    return this.imports.resolveReview(input.itemId, input.decision, input.targetCustomerId);
  }

  @Mutation(() => ImportBatch, {
    description: '배치 되돌리기: 만든 고객을 지우고 병합을 되돌림 (이후 작업이 있으면 CONFLICT)',
  })
  undoCustomerImport(@Args() { batchId }: ImportBatchIdArgs): Promise<ImportBatch> {
    return this.imports.undo(batchId);
  }
}

@Resolver(() => ImportBatch)
export class ImportBatchFieldsResolver {
  constructor(@Inject(CustomerImportService) private readonly imports: CustomerImportService) {}

  @ResolveField(() => [ImportColumnMapping], { description: '쓰인 열 연결' })
  mapping(@Parent() batch: ImportBatch, @Args() { first }: MappingArgs): ImportColumnMapping[] {
    return batch.mapping.slice(0, first);
  }

  @ResolveField(() => [ImportRowError], { description: '행 오류 (실패한 배치; 파일 순서, 최대 1000건 보관)' })
  errors(@Parent() batch: ImportBatch, @Args() { first }: ListArgs): Promise<ImportRowError[]> {
    return this.imports.errors(batch, first);
  }
}

@Resolver(() => CustomerImportSource)
export class ImportSourceFieldsResolver {
  @ResolveField(() => [ImportColumnMapping], { description: '저장된 열 연결' })
  mapping(@Parent() source: CustomerImportSource, @Args() { first }: MappingArgs): ImportColumnMapping[] {
    return source.mapping.slice(0, first);
  }
}
