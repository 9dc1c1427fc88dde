import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  VocQualityRating,
  VocSurveyFollowup,
  VocSurveyFollowupConnection,
  SurveyAnswerConnection,
  VocSurveyResults,
} from './survey.models';
import {
  RateVocQualityInput,
  ResolveVocSurveyFollowupInput,
  VocQualityRatingArgs,
  VocSurveyFollowupsArgs,
  VocSurveyResultsArgs,
} from './survey.inputs';
import { SurveyReview, surveyPeriod } from './survey-review.service';
import type { SurveyScope } from './survey.sql';

const scopeOf = (args: VocSurveyResultsArgs): SurveyScope => ({
  vocId: args.vocId,
  officerId: args.officerId,
  departmentId: args.departmentId,
  period: surveyPeriod(args.from, args.to),
});

@Resolver()
export class SurveyResolver {
  constructor(@Inject(SurveyReview) private readonly review: SurveyReview) {}

  @Query(() => VocSurveyResults, {
    description:
      '만족도 조사 결과: 민원·담당자·부서별(조건 없으면 시·도 전체), 기간(월) 중 평균과 응답 수·응답률, 응답 목록',
  })
  vocSurveyResults(@Args() args: VocSurveyResultsArgs): Promise<VocSurveyResults> {
    return this.review.results(scopeOf(args), args.first, args.after);
  }

  @Query(() => SurveyAnswerConnection, {
    description:
      '만족도 조사 응답 목록만 (최근 것부터): vocSurveyResults 와 같은 조건. 평균 없이 응답을 여러 쪽 넘겨 볼 때',
  })
  vocSurveyAnswers(@Args() args: VocSurveyResultsArgs) {
    return this.review.answers(scopeOf(args), args.first, args.after);
  }

  @Query(() => VocSurveyFollowupConnection, {
    description: '기준 점수 미만 응답의 후속 조치 목록 (오래된 것부터, 부서장)',
  })
  vocSurveyFollowups(@Args() args: VocSurveyFollowupsArgs) {
    return this.review.followups({ status: args.status, vocId: args.vocId }, args.first, args.after);
  }

  @Query(() => VocQualityRating, {
    nullable: true,
    description: '복합·장기 민원의 처리 품질 평가 (없으면 null)',
  })
  vocQualityRating(@Args() args: VocQualityRatingArgs): Promise<VocQualityRating | null> {
    return this.review.quality(args.vocId);
  }

  @Mutation(() => VocSurveyFollowup, { description: '후속 조치 완료 처리 (부서장)' })
  resolveVocSurveyFollowup(@Args('input') input: ResolveVocSurveyFollowupInput): Promise<VocSurveyFollowup> {
    return this.review.resolveFollowup(input.id, input.note);
  }

  @Mutation(() => VocQualityRating, { description: '복합·장기 민원의 처리 품질 평가 1~5 (부서장)' })
  rateVocQuality(@Args('input') input: RateVocQualityInput): Promise<VocQualityRating> {
    return this.review.rateQuality(input.vocId, input.score);
  }
}
