import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { CustomizationPackage } from './package-format';
import {
  CustomizationPackageChoices,
  CustomizationPackageImport,
  CustomizationPackageImportResult,
  CustomizationPackagePreview,
  CustomizationPackageScalar,
  PackageSectionName,
} from './customization-packages.model';
import { CustomizationPackagesService } from './customization-packages.service';

@Resolver()
export class CustomizationPackagesResolver {
  constructor(
    @Inject(CustomizationPackagesService) private readonly packages: CustomizationPackagesService,
  ) {}

  @Mutation(() => CustomizationPackageScalar, {
    description:
      '맞춤 설정 꾸러미 내보내기 (시·도 관리자): 고른 영역의 정의만 담고 레코드·개인정보·ID는 담지 않음, 감사 기록',
  })
  exportCustomizationPackage(
    @Args('sections', { type: () => [PackageSectionName] }) sections: PackageSectionName[],
    @Args('entities', {
      type: () => [String],
      nullable: true,
      description: '사용자 정의 항목을 내보낼 대상 (없으면 모든 대상)',
    })
    entities?: string[] | null,
  ): Promise<CustomizationPackage> {
    return this.packages.export(sections, entities ?? null);
  }

  @Mutation(() => CustomizationPackagePreview, {
    description:
      '꾸러미 미리 보기 (시·도 관리자): 형식·체크섬·크기·표준 버전을 검사하고 항목마다 NEW/SAME/CHANGED/CONFLICT. 아무것도 바꾸지 않음',
  })
  previewCustomizationPackage(
    @Args('package', { type: () => CustomizationPackageScalar }) pkg: unknown,
  ): Promise<CustomizationPackagePreview> {
    return this.packages.preview(pkg);
  }

  @Mutation(() => CustomizationPackageImportResult, {
    description:
      '꾸러미 가져오기 (시·도 관리자): 한 트랜잭션에 전부 또는 전무, 각 영역의 검사·버전·변경 이력·감사 기록과 가져오기 기록',
  })
  importCustomizationPackage(
    @Args('package', { type: () => CustomizationPackageScalar }) pkg: unknown,
    @Args('expectedChecksum', { description: '미리 본 꾸러미의 checksum' }) expectedChecksum: string,
    @Args('choices', { type: () => CustomizationPackageChoices, nullable: true })
    choices?: CustomizationPackageChoices | null,
  ): Promise<CustomizationPackageImportResult> {
    return this.packages.import(pkg, expectedChecksum, choices?.skip ?? []);
  }

  @Query(() => [CustomizationPackageImport], { description: '이 시·도가 가져온 꾸러미 (최근 것부터)' })
  customizationPackageImports(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<CustomizationPackageImport[]> {
    return this.packages.imports(first);
  }
}
