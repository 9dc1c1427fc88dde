import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@pcrm/tenancy';
import { ImportField, type ColumnMapping } from './column-mapping';
import { MatchReason } from './customer-matching';
import { ImportEncoding, ImportFormat } from './import-file';

export enum ImportBatchState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  UNDONE = 'UNDONE',
}
export enum ImportDecision {
  MERGE = 'MERGE',
  CREATE = 'CREATE',
  SKIP = 'SKIP',
}
export enum ImportReviewState {
  PENDING = 'PENDING',
  MERGED = 'MERGED',
  CREATED = 'CREATED',
  SKIPPED = 'SKIPPED',
  UNDONE = 'UNDONE',
}

registerEnumType(ImportFormat, { name: 'ImportFormat', description: '가져오기 파일 형식' });
registerEnumType(ImportEncoding, {
  name: 'ImportEncoding',
  description: 'CSV 문자 인코딩',
  valuesMap: {
    UTF8: { description: 'UTF-8 (BOM 있거나 없거나)' },
    CP949: { description: 'CP949 / EUC-KR (한글 Excel 의 CSV)' },
  },
});
registerEnumType(ImportField, { name: 'ImportField', description: '파일의 열이 채우는 고객 항목' });
registerEnumType(MatchReason, { name: 'MatchReason', description: '유사 고객으로 본 근거' });
registerEnumType(ImportBatchState, {
  name: 'ImportBatchState',
  valuesMap: {
    QUEUED: { description: '대기' },
    RUNNING: { description: '실행 중' },
    COMPLETED: { description: '완료' },
    FAILED: { description: '실패 (아무것도 가져오지 않음)' },
    UNDONE: { description: '되돌림' },
  },
});
registerEnumType(ImportDecision, {
  name: 'ImportDecision',
  valuesMap: {
    MERGE: { description: '기존 고객에 병합' },
    CREATE: { description: '새 고객으로 등록' },
    SKIP: { description: '가져오지 않음' },
  },
});
registerEnumType(ImportReviewState, { name: 'ImportReviewState', description: '검토 항목 상태' });

@ObjectType({ description: '열 연결: 파일의 열 → 고객 항목' })
export class ImportColumnMapping implements ColumnMapping {
  @Field(() => ImportField)
  field!: ImportField;

  @Field({ description: '파일 머리글의 열 이름' })
  column!: string;

  @Field(() => String, { nullable: true, description: 'field 가 CUSTOM_FIELD 일 때의 사용자 정의 항목 키' })
  customField?: string | null;
}

@ObjectType({ description: '가져오기 출처와 저장된 열 연결' })
export class CustomerImportSource {
  @Field()
  source!: string;

  /** Served by the `mapping(first)` field resolver, whole from the source's row (at most MAX_MAPPING_COLUMNS). */
  mapping!: ImportColumnMapping[];

  @Field()
  updatedBy!: string;

  @Field()
  updatedAt!: Date;
}

@ObjectType({ description: '행 오류: 파일의 몇 행, 어느 열이 왜 틀렸는지' })
export class ImportRowError {
  @Field(() => Int, { description: '파일의 행 번호 (CSV 의 줄, Excel 의 행; 머리글이 1행)' })
  line!: number;

  @Field(() => String, { nullable: true, description: '파일 머리글의 열 이름' })
  column!: string | null;

  @Field(() => ImportField, { nullable: true })
  field!: ImportField | null;

  @Field({ description: '안정된 오류 코드 (예: INVALID_MOBILE)' })
  code!: string;

  @Field()
  message!: string;

  @Field()
  messageEn!: string;
}

@ObjectType({ description: '가져오기 미리보기 (아무것도 바꾸지 않음)' })
export class ImportPreview {
  @Field(() => ImportFormat)
  format!: ImportFormat;

  @Field(() => ImportEncoding, { nullable: true, description: 'CSV 를 읽은 인코딩 (XLSX 는 null)' })
  encoding!: ImportEncoding | null;

  @Field(() => [String])
  headers!: string[];

  @Field(() => [ImportColumnMapping], { description: '쓰인 열 연결 (지정, 저장된 것, 또는 머리글로 추정)' })
  mapping!: ImportColumnMapping[];

  @Field(() => Int)
  totalRows!: number;

  @Field(() => Int)
  createCount!: number;

  @Field(() => Int)
  mergeCount!: number;

  @Field(() => Int)
  reviewCount!: number;

  @Field(() => Int, { description: '오류가 있는 행 수 (하나라도 있으면 가져오기가 실패합니다)' })
  errorCount!: number;

  @Field(() => [ImportRowError], { description: '앞쪽 행 오류 (최대 100건)' })
  errors!: ImportRowError[];
}

@ObjectType({ description: '가져오기 배치: 언제, 누가, 어떤 출처의 어떤 파일을, 결과는' })
export class ImportBatch {
  @Field(() => ID)
  id!: string;

  @Field()
  source!: string;

  @Field()
  fileName!: string;

  @Field(() => ImportFormat)
  format!: ImportFormat;

  @Field(() => ImportEncoding, { nullable: true })
  encoding!: ImportEncoding | null;

  @Field(() => ImportBatchState)
  state!: ImportBatchState;

  /** Served by the `mapping(first)` field resolver. */
  mapping!: ImportColumnMapping[];

  @Field(() => Int, { nullable: true })
  totalRows!: number | null;

  @Field(() => Int)
  processedRows!: number;

  @Field(() => Int, { description: '진행률 0~100' })
  progressPercent!: number;

  @Field(() => Int)
  createdCount!: number;

  @Field(() => Int)
  mergedCount!: number;

  @Field(() => Int, { description: '검토 대기열에 들어간 행 수' })
  reviewCount!: number;

  @Field(() => Int, { description: '아직 결정하지 않은 검토 항목 수' })
  pendingReviewCount!: number;

  @Field(() => Int)
  errorCount!: number;

  @Field(() => String, { nullable: true, description: '실패 이유 (한국어)' })
  lastError!: string | null;

  @Field(() => String, { nullable: true })
  lastErrorEn!: string | null;

  @Field({ description: '요청한 사람' })
  requestedBy!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  undoneAt!: Date | null;

  @Field(() => String, { nullable: true })
  undoneBy!: string | null;

  @Field(() => ID, { description: '배치를 실행하는 백그라운드 작업 (job(id) 로 시도·오류 확인)' })
  jobId!: string;
}

@ObjectType({ description: '검토 대상: 파일의 행 또는 기존 고객 (개인정보는 권한에 따라 가려짐)' })
export class ImportPerson {
  @Field(() => ID, { description: '기존 고객이면 고객 ID, 파일의 행이면 검토 항목 ID' })
  id!: string;

  @Field(() => String, { nullable: true })
  customerNo!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  birthDate!: string | null;

  @Field(() => String, { nullable: true })
  mobile!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;
}

@ObjectType({ description: '검토 대기열 항목: 유사 고객이 있어 직원이 결정할 행' })
export class ImportReviewItem {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  batchId!: string;

  @Field(() => Int)
  line!: number;

  @Field(() => ImportReviewState)
  state!: ImportReviewState;

  @Field(() => Float, { description: '유사도 0~1 (이름 60%, 주소 40%)' })
  score!: number;

  @Field(() => [MatchReason])
  reasons!: MatchReason[];

  @Field(() => ImportPerson, { description: '파일의 행' })
  incoming!: ImportPerson;

  @Field(() => ImportPerson, { description: '유사한 기존 고객' })
  candidate!: ImportPerson;

  @Field(() => ID, { nullable: true, description: '결정으로 만들어지거나 병합된 고객' })
  resultCustomerId!: string | null;

  @Field(() => String, { nullable: true })
  decidedBy!: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;
}

export const ImportBatchConnection = ConnectionType(ImportBatch, 'ImportBatch');
export const ImportReviewItemConnection = ConnectionType(ImportReviewItem, 'ImportReviewItem');
