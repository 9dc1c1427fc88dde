import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TermInput } from './terminology.inputs';
import { Terminology, TerminologyCatalog } from './terminology.model';
import { TerminologyService } from './terminology.service';

@Resolver()
export class TerminologyResolver {
  constructor(@Inject(TerminologyService) private readonly terms: TerminologyService) {}

  @Query(() => Terminology, { description: '내 시·도의 용어: 표준 용어에 시·도가 바꾼 용어를 덮은 값' })
  terminology(): Promise<Terminology> {
    return this.terms.terminology();
  }

  @Query(() => TerminologyCatalog, { description: '용어 편집: 표준, 시·도 용어, 바꾼 사람, 변경 이력' })
  terminologyCatalog(): Promise<TerminologyCatalog> {
    return this.terms.editorCatalog();
  }

  @Mutation(() => TerminologyCatalog, {
    description: '용어 변경 (시·도 관리자): 표준과 다른 값만 저장, 버전이 다르면 거부, 변경 이력·감사 기록',
  })
  setTerminology(
    @Args('entries', { type: () => [TermInput] }) entries: TermInput[],
    @Args('expectedVersion', { type: () => Int, description: '편집을 시작할 때 읽은 버전' })
    expectedVersion: number,
  ): Promise<TerminologyCatalog> {
    return this.terms.set(entries, expectedVersion);
  }

  @Mutation(() => TerminologyCatalog, {
    description: '용어를 표준으로 되돌림 (시·도 관리자, 변경 이력·감사 기록)',
  })
  resetTerminology(
    @Args('keys', { type: () => [String] }) keys: string[],
    @Args('expectedVersion', {
      type: () => Int,
      nullable: true,
      description: '편집을 시작할 때 읽은 버전 (주면 확인합니다)',
    })
    expectedVersion?: number | null,
  ): Promise<TerminologyCatalog> {
    return this.terms.reset(keys, expectedVersion ?? null);
  }
}
