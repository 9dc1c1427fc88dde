import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, type Connection } from '@pcrm/tenancy';
import { CustomerConnection } from '../customers';
import {
  Segment,
  SegmentConnection,
  SegmentCount,
  SegmentRuleProblem,
  SegmentSnapshot,
} from './segment.model';
import {
  CreateSegmentInput,
  SegmentIdArgs,
  SegmentPreviewArgs,
  SegmentSnapshotsArgs,
  SegmentsArgs,
  UpdateSegmentInput,
} from './segment.inputs';
import { SegmentService } from './segment.service';

@Resolver(() => Segment)
export class SegmentResolver {
  constructor(@Inject(SegmentService) private readonly service: SegmentService) {}

  @Query(() => SegmentConnection, { description: '고객 세그먼트 목록 (이름순, 커서 페이지)' })
  segments(@Args() { first, after }: SegmentsArgs): Promise<Connection<Segment>> {
    return this.service.page(first, after);
  }

  @Query(() => Segment, { nullable: true, description: '세그먼트 하나; 없거나 다른 시·도의 것이면 null' })
  segment(@Args() { id }: SegmentIdArgs): Promise<Segment | null> {
    return this.service.find(id);
  }

  @Query(() => SegmentCount, { description: '규칙에 지금 맞는 고객 수 (저장하지 않음)' })
  async segmentPreview(@Args() { rules }: SegmentPreviewArgs): Promise<SegmentCount> {
    return { count: await this.service.preview(rules) };
  }

  @Mutation(() => Segment, { description: '세그먼트 만들기 (부서장, 시·도 관리자)' })
  createSegment(@Args('input') input: CreateSegmentInput): Promise<Segment> {
    return this.service.create(input);
  }

  @Mutation(() => Segment, { description: '세그먼트 이름·설명·규칙 변경 (낙관적 잠금: version)' })
  updateSegment(@Args('input') input: UpdateSegmentInput): Promise<Segment> {
    return this.service.update(input);
  }

  @Mutation(() => ID, { description: '세그먼트 삭제 (스냅숏도 함께); 지운 ID 를 돌려줍니다' })
  deleteSegment(@Args() { id }: SegmentIdArgs): Promise<string> {
    return this.service.delete(id);
  }

  @Mutation(() => SegmentSnapshot, { description: '지금의 구성원을 날짜와 함께 고정 (구성원 스냅숏)' })
  snapshotSegment(@Args() { id }: SegmentIdArgs): Promise<SegmentSnapshot> {
    return this.service.snapshot(id);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: '지금 규칙에 맞는 고객 수 (활성 고객만); 규칙을 지금 쓸 수 없으면 null (ruleProblem)',
  })
  count(@Parent() segment: Segment): Promise<number | null> {
    return this.service.count(segment);
  }

  @ResolveField(() => SegmentRuleProblem, {
    nullable: true,
    description:
      '저장된 규칙을 요청자가 지금 쓸 수 없으면 그 까닭 (보관되었거나 검색할 수 없는 사용자 정의 항목); 쓸 수 있으면 null. ' +
      '이때 count 는 null 이고 구성원·스냅숏·내보내기는 CONFLICT 로 거절됩니다',
  })
  ruleProblem(@Parent() segment: Segment): Promise<SegmentRuleProblem | null> {
    return this.service.ruleProblem(segment);
  }

  @ResolveField(() => CustomerConnection, {
    description: '지금의 구성원 (고객 목록처럼 마스킹, 이름순 커서 페이지)',
  })
  members(@Parent() segment: Segment, @Args() { first, after }: PageArgs): Promise<CustomerConnection> {
    return this.service.members(segment, first, after);
  }

  @ResolveField(() => [SegmentSnapshot], {
    description: '최근 스냅숏, 오래된 것부터 시간순 (차트의 날짜별 계열)',
  })
  snapshots(@Parent() segment: Segment, @Args() { last }: SegmentSnapshotsArgs): Promise<SegmentSnapshot[]> {
    return this.service.snapshots(segment.id, last);
  }
}
