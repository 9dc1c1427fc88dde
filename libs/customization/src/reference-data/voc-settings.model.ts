import { Field, Float, GraphQLISODateTime, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsNumber } from 'class-validator';
import { SettingChangeRecord } from '../change-history/setting-change.model';

@ObjectType({ description: '민원 기준 정보: 목표 처리 비율, 만족도 조사, 중간 통지' })
export class VocSettings {
  @Field(() => Float, { description: '목표 처리 기한 = 법정 처리 기간 × 이 비율 (0.10~1.00)' })
  targetShare!: number;
  @Field(() => Float, { description: '이 점수 이하의 만족도 응답은 후속조치 대상 (1.0~5.0)' })
  surveyThreshold!: number;
  @Field(() => Int, { description: '만족도 조사 응답 기한 (일, 1~90)' })
  surveyValidDays!: number;
  @Field(() => Int, { description: '처리 중인 민원의 중간 통지 주기 (일, 1~365)' })
  progressNoticeDays!: number;
  @Field(() => Int, { description: '설정 버전 (변경할 때마다 1씩 증가, 0 = 표준 그대로)' })
  version!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => String, { nullable: true }) updatedBy!: string | null;
  @Field(() => [SettingChangeRecord], { description: '최근 변경 이력 (최신 순, 최대 20건)' })
  changes!: SettingChangeRecord[];
}

@InputType({ description: '민원 기준 정보 변경' })
export class VocSettingsInput {
  @Field(() => Float) @IsNumber() targetShare!: number;
  @Field(() => Float) @IsNumber() surveyThreshold!: number;
  @Field(() => Int) @IsInt() surveyValidDays!: number;
  @Field(() => Int) @IsInt() progressNoticeDays!: number;
}
