import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@pcrm/tenancy';

export enum SurveyFollowupStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
registerEnumType(SurveyFollowupStatus, {
  name: 'SurveyFollowupStatus',
  description: '만족도 후속 조치 상태',
  valuesMap: { OPEN: { description: '조치 필요' }, DONE: { description: '조치 완료' } },
});

@ObjectType({ description: '민원인 한 명의 만족도 조사 응답 (1~5점)' })
export class SurveyAnswer {
  @Field(() => ID)
  vocId!: string;
  @Field({ description: '접수번호' })
  receiptNo!: string;
  @Field(() => ID, { nullable: true, description: '응답 당시 처리 부서' })
  departmentId!: string | null;
  @Field(() => ID, { nullable: true, description: '응답 당시 담당자' })
  officerId!: string | null;
  @Field(() => Int, { description: '신속' })
  speed!: number;
  @Field(() => Int, { description: '친절' })
  kindness!: number;
  @Field(() => Int, { description: '공정' })
  fairness!: number;
  @Field(() => Int, { description: '편이' })
  convenience!: number;
  @Field(() => String, {
    nullable: true,
    description: '서술형 의견: 개인정보가 섞일 수 있어 민원 담당자·부서장·관리자만 봅니다',
  })
  comment!: string | null;
  @Field(() => GraphQLISODateTime)
  submittedAt!: Date;
}

export const SurveyAnswerConnection = ConnectionType(SurveyAnswer, 'SurveyAnswerConnection');

@ObjectType({ description: '만족도 조사 결과: 항목별 평균(소수 둘째 자리)과 응답 수, 응답 목록' })
export class VocSurveyResults {
  @Field(() => Int, { description: '응답 수' })
  count!: number;
  @Field(() => Float, { nullable: true, description: '신속 평균' })
  speed!: number | null;
  @Field(() => Float, { nullable: true, description: '친절 평균' })
  kindness!: number | null;
  @Field(() => Float, { nullable: true, description: '공정 평균' })
  fairness!: number | null;
  @Field(() => Float, { nullable: true, description: '편이 평균' })
  convenience!: number | null;
  @Field(() => Float, { nullable: true, description: '네 항목 평균' })
  overall!: number | null;
  @Field(() => Int, { description: '조사 링크를 보낸 민원 수 (기간: 보낸 때 기준)' })
  invited!: number;
  @Field(() => Int, { description: '그중 응답한 민원 수' })
  responded!: number;
  @Field(() => Float, {
    nullable: true,
    description: '응답률 0~1 (응답한 민원 ÷ 링크를 보낸 민원, 소수 넷째 자리)',
  })
  responseRate!: number | null;
  @Field(() => SurveyAnswerConnection, { description: '응답 (최근 것부터)' })
  answers!: InstanceType<typeof SurveyAnswerConnection>;
}

@ObjectType({ description: '기준 점수 미만 응답에 대한 부서장의 후속 조치' })
export class VocSurveyFollowup {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  vocId!: string;
  @Field()
  receiptNo!: string;
  @Field(() => Float, { description: '응답의 네 항목 평균' })
  meanScore!: number;
  @Field(() => SurveyFollowupStatus)
  status!: SurveyFollowupStatus;
  @Field(() => String, { nullable: true, description: '조치 내용' })
  note!: string | null;
  @Field(() => String, { nullable: true, description: '조치한 사람' })
  resolvedBy!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  resolvedAt!: Date | null;
  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

export const VocSurveyFollowupConnection = ConnectionType(VocSurveyFollowup, 'VocSurveyFollowupConnection');

@ObjectType({ description: '복합·장기 민원의 처리 품질 평가 (부서장)' })
export class VocQualityRating {
  @Field(() => ID)
  vocId!: string;
  @Field(() => Int, { description: '품질 점수 1~5' })
  qualityScore!: number;
  @Field(() => ID, { nullable: true, description: '평가한 직원' })
  qualityRatedBy!: string | null;
  @Field(() => String, { nullable: true, description: '평가한 직원 이름' })
  qualityRatedByName!: string | null;
}

export interface FollowupRow {
  id: string;
  voc_id: string;
  receipt_no: string;
  mean_score: string;
  status: string;
  note: string | null;
  resolved_by: string | null;
  resolved_at: Date | null;
  created_at: Date;
}

export const toFollowup = (r: FollowupRow): VocSurveyFollowup => ({
  id: r.id,
  vocId: r.voc_id,
  receiptNo: r.receipt_no,
  meanScore: Number(r.mean_score),
  status: r.status as SurveyFollowupStatus,
  note: r.note,
  resolvedBy: r.resolved_by,
  resolvedAt: r.resolved_at,
  createdAt: r.created_at,
});

export interface AnswerRow {
  voc_id: string;
  receipt_no: string;
  department_id: string | null;
  officer_id: string | null;
  speed: number;
  kindness: number;
  fairness: number;
  convenience: number;
  comment: string | null;
  submitted_at: Date;
}

export const toAnswer = (r: AnswerRow): SurveyAnswer => ({
  vocId: r.voc_id,
  receiptNo: r.receipt_no,
  departmentId: r.department_id,
  officerId: r.officer_id,
  speed: r.speed,
  kindness: r.kindness,
  fairness: r.fairness,
  convenience: r.convenience,
  comment: r.comment,
  submittedAt: r.submitted_at,
});
