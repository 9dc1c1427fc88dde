import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, Mutation, Resolver, registerEnumType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { Job, say } from '@pcrm/tenancy';
import { ExportFormat } from './export-writers';
import { DepartmentExportService } from './department-export.service';

registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: '내보내기 파일 형식',
  valuesMap: {
    XLSX: { description: 'Excel 통합 문서' },
    CSV: { description: 'CSV (UTF-8, BOM 포함: 한글 Excel 에서 바로 열림)' },
  },
});

@ArgsType()
class StartExportArgs {
  @Field(() => ExportFormat)
  @IsEnum(ExportFormat, say('형식은 XLSX 또는 CSV 여야 합니다.', 'format must be XLSX or CSV.'))
  format!: ExportFormat;
}

@Resolver()
export class DepartmentExportResolver {
  constructor(@Inject(DepartmentExportService) private readonly exports: DepartmentExportService) {}

  @Mutation(() => Job, {
    description: '부서 트리와 직원을 파일로 내보내는 작업 시작 (시·도 관리자). 진행은 job(id) 로 확인',
  })
  startDepartmentExport(@Args() { format }: StartExportArgs): Promise<Job> {
    return this.exports.start(format);
  }
}
