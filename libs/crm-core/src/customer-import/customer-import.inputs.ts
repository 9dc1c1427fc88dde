import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { HasVisibleCharacter, NoControlOrFormatCharacters, PageArgs, say } from '@pcrm/tenancy';
import { ImportField, MAX_MAPPING_COLUMNS } from './column-mapping';
import { ImportEncoding } from './import-file';
import { ImportDecision } from './customer-import.model';

const SOURCE = say('출처 이름은 1~100자여야 합니다.', 'source must be 1 to 100 characters.');
const SOURCE_VISIBLE = say(
  '출처 이름에는 보이는 글자가 하나 이상 있어야 합니다.',
  'source needs at least one visible character.',
);
const NO_CONTROL = say(
  '제어 문자나 보이지 않는 서식 문자를 쓸 수 없습니다.',
  'Control or invisible format characters are not allowed.',
);
const UPLOAD_ID = say('uploadId 가 올바르지 않습니다.', 'uploadId is not a valid id.');
const MAPPING_SIZE = say(
  `열 연결은 ${MAX_MAPPING_COLUMNS}개까지입니다.`,
  `At most ${MAX_MAPPING_COLUMNS} column mappings.`,
);
const ID_FORMAT = say('ID 가 올바르지 않습니다.', 'The id is not a valid id.');

@InputType({ description: '열 연결 하나' })
export class ImportColumnMappingInput {
  @Field(() => ImportField)
  @IsEnum(ImportField, say('알 수 없는 항목입니다.', 'Unknown field.'))
  field!: ImportField;

  @Field({ description: '파일 머리글의 열 이름' })
  @Length(1, 200, say('열 이름은 1~200자여야 합니다.', 'column must be 1 to 200 characters.'))
  column!: string;

  @Field(() => String, {
    nullable: true,
    description: 'field 가 CUSTOM_FIELD 일 때: 채울 사용자 정의 항목 키 (고칠 수 있는 활성 항목)',
  })
  @IsOptional()
  @Length(1, 40, say('사용자 정의 항목 키는 1~40자여야 합니다.', 'customField must be 1 to 40 characters.'))
  customField?: string | null;
}

@InputType({ isAbstract: true })
abstract class SourceMapping {
  @Field({ description: '출처 (예: 복지정보시스템); 열 연결은 출처마다 저장됩니다' })
  @Length(1, 100, SOURCE)
  @HasVisibleCharacter(SOURCE_VISIBLE)
  @NoControlOrFormatCharacters(NO_CONTROL)
  source!: string;
}

@InputType({ description: '출처의 열 연결 저장' })
export class SaveCustomerImportMappingInput extends SourceMapping {
  @Field(() => [ImportColumnMappingInput])
  @ArrayMaxSize(MAX_MAPPING_COLUMNS, MAPPING_SIZE)
  @ValidateNested({ each: true })
  @Type(() => ImportColumnMappingInput)
  mapping!: ImportColumnMappingInput[];
}

@InputType({ description: '올린 파일을 미리보기하거나 가져오기' })
export class CustomerImportInput extends SourceMapping {
  @Field(() => ID, { description: 'POST /imports/customers 가 돌려준 uploadId' })
  @IsUUID('all', UPLOAD_ID)
  uploadId!: string;

  @Field(() => ImportEncoding, { nullable: true, description: '없으면 자동 판별 (CSV 만 해당)' })
  @IsOptional()
  @IsEnum(ImportEncoding, say('인코딩은 UTF8 또는 CP949 여야 합니다.', 'encoding must be UTF8 or CP949.'))
  encoding?: ImportEncoding | null;

  @Field(() => [ImportColumnMappingInput], {
    nullable: true,
    description: '없으면 출처에 저장된 연결, 그것도 없으면 머리글로 추정',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_MAPPING_COLUMNS, MAPPING_SIZE)
  @ValidateNested({ each: true })
  @Type(() => ImportColumnMappingInput)
  mapping?: ImportColumnMappingInput[] | null;
}

@InputType({ description: '검토 항목 결정' })
export class ResolveImportReviewInput {
  @Field(() => ID)
  @IsUUID('all', ID_FORMAT)
  itemId!: string;

  @Field(() => ImportDecision)
  @IsEnum(
    ImportDecision,
    say('결정은 MERGE, CREATE, SKIP 중 하나입니다.', 'decision must be MERGE, CREATE or SKIP.'),
  )
  decision!: ImportDecision;

  @Field(() => ID, { nullable: true, description: 'MERGE 의 대상 고객 (없으면 제시된 유사 고객)' })
  @IsOptional()
  @IsUUID('all', ID_FORMAT)
  targetCustomerId?: string | null;
}

@ArgsType()
export class ImportBatchArgs {
  @Field(() => ID)
  @IsUUID('all', ID_FORMAT)
  id!: string;
}

@ArgsType()
export class ImportBatchIdArgs {
  @Field(() => ID)
  @IsUUID('all', ID_FORMAT)
  batchId!: string;
}

@ArgsType()
export class ImportReviewItemsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', ID_FORMAT)
  batchId!: string;
}

/** How many items of a short list field (a batch's row errors) to return. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { defaultValue: 20, description: '돌려줄 항목 수 (1~1000)' })
  @Min(1, say('first 는 1 이상이어야 합니다.', 'first must be at least 1.'))
  @Max(1000, say('first 는 1000 이하여야 합니다.', 'first must be at most 1000.'))
  first = 20;
}

/** How many columns of a mapping to return: the whole mapping unless fewer are asked for. */
@ArgsType()
export class MappingArgs extends ListArgs {
  @Field(() => Int, {
    defaultValue: MAX_MAPPING_COLUMNS,
    description: `돌려줄 열 연결 수 (기본 ${MAX_MAPPING_COLUMNS}: 연결 전부)`,
  })
  override first = MAX_MAPPING_COLUMNS;
}
