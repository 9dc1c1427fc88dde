import { Field, Float, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DeadlineCounting {
  HOURS = 'HOURS',
  DAYS = 'DAYS',
  CALENDAR = 'CALENDAR',
}
registerEnumType(DeadlineCounting, {
  name: 'DeadlineCounting',
  description: '기한을 센 방법',
  valuesMap: {
    HOURS: { description: '근무시간 (5일 이하: 1일 = 8시간, 접수 시각부터)' },
    DAYS: { description: '근무일 (6일 이상: 첫날 포함, 마지막 근무일 업무 종료 시각)' },
    CALENDAR: { description: '역법 (주·월·년: 첫날 포함, 끝나는 날이 휴일이면 다음 근무일)' },
  },
});

export enum HolidaySource {
  NATIONAL = 'NATIONAL',
  LOCAL = 'LOCAL',
  TEMPORARY = 'TEMPORARY',
}
registerEnumType(HolidaySource, {
  name: 'HolidaySource',
  description: '휴일의 출처',
  valuesMap: {
    NATIONAL: { description: '관공서의 공휴일 (월력요항, 패키지 자료)' },
    LOCAL: { description: '시·도 자체 휴일' },
    TEMPORARY: { description: '임시공휴일 (직접 등록)' },
  },
});

export enum TenantHolidayKind {
  LOCAL = 'LOCAL',
  TEMPORARY = 'TEMPORARY',
}
registerEnumType(TenantHolidayKind, {
  name: 'TenantHolidayKind',
  description: '시·도가 등록하는 휴일의 종류',
  valuesMap: {
    LOCAL: { description: '시·도 자체 휴일' },
    TEMPORARY: { description: '임시공휴일' },
  },
});

@ObjectType({ description: '처리 기한 (시·도 업무 달력 기준, Asia/Seoul)' })
export class Deadline {
  @Field(() => GraphQLISODateTime, { description: '법정 처리 기한' })
  dueAt!: Date;

  @Field(() => DeadlineCounting, { description: '기한을 센 방법' })
  countedIn!: DeadlineCounting;

  @Field(() => GraphQLISODateTime, {
    description: '기간을 세기 시작한 시각 (업무 시간 중 접수면 접수 시각, 아니면 다음 근무일 업무 시작)',
  })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: '목표 처리 기한 (targetShare 를 주었을 때: 법정 기간 근무시간의 그 비율)',
  })
  targetDueAt!: Date | null;

  @Field(() => Float, { nullable: true, description: '목표 기한에 쓴 비율 (0 초과 1 이하)' })
  targetShare!: number | null;

  @Field(() => [Int], {
    description: '공휴일 자료가 없어 주말과 시·도 휴일만 빼고 센 연도 (비어 있으면 모든 공휴일 반영)',
  })
  nationalHolidaysUnknownFor!: number[];
}

@ObjectType({ description: '휴일 하루' })
export class Holiday {
  @Field({ description: '날짜 (YYYY-MM-DD)' })
  day!: string;

  @Field({ description: '이름' })
  name!: string;

  @Field(() => HolidaySource)
  source!: HolidaySource;

  @Field(() => String, { nullable: true, description: '등록한 사람 (시·도 휴일)' })
  createdBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '등록 시각 (시·도 휴일)' })
  createdAt!: Date | null;
}

@ObjectType({ description: '한 해의 휴일 (토·일요일 제외)' })
export class HolidayYear {
  @Field(() => Int)
  year!: number;

  @Field({ description: '그 해의 공휴일 자료가 있는지 (없으면 주말과 시·도 휴일만 뺍니다)' })
  nationalHolidaysKnown!: boolean;

  @Field(() => [Holiday])
  holidays!: Holiday[];
}

@ObjectType({ description: '업무 시간 (점심시간 제외 하루 8시간)' })
export class OfficeHoursModel {
  @Field({ description: '업무 시작 (HH:MM)' })
  start!: string;

  @Field({ description: '점심 시작 (HH:MM)' })
  lunchStart!: string;

  @Field({ description: '점심 끝 (HH:MM)' })
  lunchEnd!: string;

  @Field({ description: '업무 끝 (HH:MM)' })
  end!: string;
}
