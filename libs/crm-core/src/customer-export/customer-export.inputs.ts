import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { CustomerFilter } from '../customers';
import { say } from '@pcrm/tenancy';
import { ExportFormat } from '../department-export';

@InputType({ description: '고객 내보내기: 사유는 반드시 적습니다 (개인정보 열람 기록에 남습니다)' })
export class StartCustomerExportInput {
  @Field(() => CustomerFilter, {
    nullable: true,
    description: '고객 목록과 같은 조건 (없으면 활성 고객 전체); segmentId 와 함께 쓸 수 없습니다',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CustomerFilter)
  filter?: CustomerFilter | null;

  @Field(() => ID, {
    nullable: true,
    description: '이 세그먼트의 지금 구성원만; filter 와 함께 쓸 수 없습니다',
  })
  @IsOptional()
  @IsUUID('all', say('세그먼트 ID가 올바르지 않습니다.', 'segmentId is not a valid segment id.'))
  segmentId?: string | null;

  @Field({ description: '내보내는 사유 (1~200자, 예: 어르신 돌봄 안내문 발송 대상 확인)' })
  @IsString(say('내보내기 사유를 적어 주세요.', 'State the reason for the export.'))
  reason!: string;

  @Field(() => ExportFormat)
  @IsEnum(ExportFormat, say('형식은 XLSX 또는 CSV 여야 합니다.', 'format must be XLSX or CSV.'))
  format!: ExportFormat;
}

@ArgsType()
export class CustomerExportJobArgs {
  @Field(() => ID)
  @IsUUID('all', say('작업 ID가 올바르지 않습니다.', 'id is not a valid job id.'))
  id!: string;
}
