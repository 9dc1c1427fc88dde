import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SettingChangeRecord } from '../change-history/setting-change.model';
import { TermGroup } from './term-catalog';

registerEnumType(TermGroup, {
  name: 'TermGroup',
  description: '용어의 종류',
  valuesMap: {
    ENTITY: { description: '업무 대상 (고객, 민원, 부서, 직원 …)' },
    MENU: { description: '관리 화면 메뉴' },
    COMMON: { description: '화면 곳곳의 공통 용어 (접수번호, 담당자 …)' },
  },
});

@ObjectType({ description: '내 시·도에서 쓰는 용어 하나 (표준 용어에 시·도 용어를 덮은 값)' })
export class Term {
  @Field() key!: string;
  @Field(() => TermGroup) group!: TermGroup;
  @Field({ description: '한국어 (시·도가 바꾼 값 또는 표준)' }) ko!: string;
  @Field({ description: 'English (the tenant’s own or the standard)' }) en!: string;
  @Field({ description: '표준 한국어 (시·도가 쓰는 표준 모델 판의 용어)' }) standardKo!: string;
  @Field({ description: '표준 English (시·도가 쓰는 표준 모델 판의 용어)' }) standardEn!: string;
  @Field({
    description:
      '관리 화면에 내장된 한국어 (표준 모델 1판): 화면이 이 문구로 용어를 찾아 시·도 용어로 바꿉니다',
  })
  builtInKo!: string;
  @Field({ description: '관리 화면에 내장된 English (표준 모델 1판)' }) builtInEn!: string;
  @Field({ description: '시·도가 바꾼 용어인지' }) customized!: boolean;
}

@ObjectType({ description: '내 시·도의 용어 (관리 화면이 로그인 때 한 번 읽어 둡니다)' })
export class Terminology {
  @Field(() => Int, { description: '용어 설정의 버전 (변경할 때마다 1씩 증가, 0 = 표준 그대로)' })
  version!: number;
  @Field(() => [Term]) terms!: Term[];
}

@ObjectType({ description: '용어 편집 화면의 한 줄: 표준, 시·도 용어, 마지막 변경' })
export class TermCatalogEntry extends Term {
  @Field(() => String, { nullable: true, description: '시·도가 정한 한국어 (표준과 같으면 없음)' })
  overrideKo!: string | null;
  @Field(() => String, { nullable: true, description: '시·도가 정한 English (표준과 같으면 없음)' })
  overrideEn!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) updatedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '마지막으로 바꾼 사용자' }) updatedBy!: string | null;
}

@ObjectType({ description: '용어 편집: 표준 용어 목록, 시·도 용어, 버전과 최근 변경 이력' })
export class TerminologyCatalog {
  @Field(() => Int) version!: number;
  @Field(() => [TermCatalogEntry]) entries!: TermCatalogEntry[];
  @Field(() => [SettingChangeRecord], { description: '최근 변경 이력 (최신 순, 최대 20건)' })
  changes!: SettingChangeRecord[];
}
