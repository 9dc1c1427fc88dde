import { Field, Float, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IndicatorType, MeasureSubject, MeasureUnit, ScopeKind, type Measure } from './measure';
import { Direction, type Band } from './indicator-evaluation';

/** The period an indicator is evaluated over (and a scorecard is asked for). */
export enum IndicatorPeriod {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

registerEnumType(IndicatorType, {
  name: 'IndicatorType',
  description: '지표 유형: 효율성, 공익성, 만족도, 활용도',
});
registerEnumType(ScopeKind, { name: 'PerformanceScopeKind', description: '평가 대상: 부서 또는 담당자' });
registerEnumType(MeasureSubject, {
  name: 'MeasureSubject',
  description: '측정 대상 건: 민원, 과업 또는 다른 기능이 기록한 결과',
});
registerEnumType(MeasureUnit, {
  name: 'MeasureUnit',
  description: '단위: 비율(%), 백분율의 평균(%), 점수(1–5점)',
});
registerEnumType(Direction, { name: 'IndicatorDirection', description: '높을수록 좋음 / 낮을수록 좋음' });
registerEnumType(IndicatorPeriod, { name: 'IndicatorPeriod', description: '평가 주기: 월, 분기, 연' });

@ObjectType({ description: '측정항목: 실제 데이터에서 계산하는 분자·분모 (코드로 정의, 지표가 코드로 참조)' })
export class PerformanceMeasure {
  @Field()
  code!: string;
  @Field()
  labelKo!: string;
  @Field()
  labelEn!: string;
  @Field({ description: '무엇을 세는지' })
  definitionKo!: string;
  @Field()
  definitionEn!: string;
  @Field(() => MeasureUnit)
  unit!: MeasureUnit;
  @Field(() => IndicatorType, { description: '이 측정항목의 지표가 보통 갖는 유형' })
  typeTag!: IndicatorType;
  @Field(() => [ScopeKind])
  scopes!: ScopeKind[];
  @Field(() => MeasureSubject)
  subject!: MeasureSubject;
}

export const toPerformanceMeasure = (m: Measure): PerformanceMeasure => ({
  code: m.code,
  labelKo: m.labelKo,
  labelEn: m.labelEn,
  definitionKo: m.definitionKo,
  definitionEn: m.definitionEn,
  unit: m.unit,
  typeTag: m.typeTag,
  scopes: [...m.scopes],
  subject: m.subject,
});

@ObjectType({
  description: '평가 구간: 기준값에 이르면(높을수록 좋음: 이상, 낮을수록 좋음: 이하) 이 등급과 점수',
})
export class IndicatorBand implements Band {
  @Field()
  grade!: string;
  @Field(() => Float, { nullable: true, description: '없으면 나머지 모든 값 (마지막 구간)' })
  threshold!: number | null;
  @Field(() => Float)
  score!: number;
}

/** What an indicator definition holds, standard or a tenant's version. */
export interface IndicatorDefinition {
  code: string;
  measureCode: string;
  nameKo: string;
  nameEn: string;
  typeTag: IndicatorType;
  scope: ScopeKind;
  period: IndicatorPeriod;
  weight: number;
  target: number;
  direction: Direction;
  bands: Band[];
  active: boolean;
}

@ObjectType({ description: '성과지표 정의 (표준 지표에 시·도 재정의를 더한 유효 정의, 또는 그 한 버전)' })
export class PerformanceIndicator implements IndicatorDefinition {
  @Field()
  code!: string;
  @Field(() => Int, { description: '시·도 정의의 버전; 0 은 재정의 없는 표준 정의' })
  version!: number;
  @Field()
  measureCode!: string;
  @Field()
  nameKo!: string;
  @Field()
  nameEn!: string;
  @Field(() => IndicatorType)
  typeTag!: IndicatorType;
  @Field(() => ScopeKind)
  scope!: ScopeKind;
  @Field(() => IndicatorPeriod)
  period!: IndicatorPeriod;
  @Field(() => Float, { description: '가중치 (한 평가표의 활성 지표 합이 100)' })
  weight!: number;
  @Field(() => Float, { description: '목표값 (측정항목의 단위)' })
  target!: number;
  @Field(() => Direction)
  direction!: Direction;
  @Field(() => [IndicatorBand])
  bands!: IndicatorBand[];
  @Field()
  active!: boolean;
  @Field({ description: '표준 모델이 제공하는 지표인지' })
  standard!: boolean;
  @Field({ description: '표준 지표를 이 시·도가 재정의했는지 (표준이 아닌 지표는 false)' })
  overridden!: boolean;
  @Field(() => String, { nullable: true })
  createdBy!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  createdAt!: Date | null;
}

export interface IndicatorRow {
  code: string;
  version: number;
  measure_code: string;
  name_ko: string;
  name_en: string;
  type_tag: string;
  scope: string;
  period: string;
  weight: string;
  target: string;
  direction: string;
  bands: Band[];
  active: boolean;
  created_by: string;
  created_at: Date;
}

export const rowDefinition = (r: IndicatorRow): IndicatorDefinition => ({
  code: r.code,
  measureCode: r.measure_code,
  nameKo: r.name_ko,
  nameEn: r.name_en,
  typeTag: r.type_tag as IndicatorType,
  scope: r.scope as ScopeKind,
  period: r.period as IndicatorPeriod,
  weight: Number(r.weight),
  target: Number(r.target),
  direction: r.direction as Direction,
  bands: r.bands,
  active: r.active,
});
