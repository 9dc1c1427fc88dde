import { ArgsType, Field, Float, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';
import { TenantHolidayKind } from './business-calendar.model';

@ArgsType()
export class DeadlineArgs {
  @Field(() => GraphQLISODateTime, { description: '접수 시각' })
  receivedAt!: Date;

  @Field(() => Int, { description: '처리 기간 (일, 1~365): 5일 이하는 근무시간, 6일 이상은 근무일로 셉니다' })
  periodDays!: number;

  @Field(() => Float, {
    nullable: true,
    description: '목표 처리 기한의 비율 (0 초과 1 이하, 예: 0.5 = 법정 기간의 50%)',
  })
  targetShare?: number | null;
}

@ArgsType()
export class HolidaysArgs {
  @Field(() => Int, { description: '연도 (2000~2100)' })
  year!: number;
}

@ArgsType()
export class AddHolidayArgs {
  @Field({ description: '날짜 (YYYY-MM-DD)' })
  day!: string;

  @Field({ description: '이름 (1~50자)' })
  name!: string;

  @Field(() => TenantHolidayKind)
  kind!: TenantHolidayKind;
}

@ArgsType()
export class RemoveHolidayArgs {
  @Field({ description: '날짜 (YYYY-MM-DD)' })
  day!: string;
}

@InputType()
export class OfficeHoursInput {
  @Field({ description: '업무 시작 (HH:MM)' })
  start!: string;

  @Field({ description: '점심 시작 (HH:MM)' })
  lunchStart!: string;

  @Field({ description: '점심 끝 (HH:MM; 점심시간이 없으면 점심 시작과 같게)' })
  lunchEnd!: string;

  @Field({ description: '업무 끝 (HH:MM)' })
  end!: string;
}
