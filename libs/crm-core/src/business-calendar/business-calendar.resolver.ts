import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Deadline, Holiday, HolidayYear, OfficeHoursModel } from './business-calendar.model';
import {
  AddHolidayArgs,
  DeadlineArgs,
  HolidaysArgs,
  OfficeHoursInput,
  RemoveHolidayArgs,
} from './business-calendar.inputs';
import { CalendarSettingsService } from './calendar-settings.service';

@Resolver()
export class BusinessCalendarResolver {
  constructor(@Inject(CalendarSettingsService) private readonly settings: CalendarSettingsService) {}

  @Query(() => Deadline, {
    description:
      '처리 기한 미리 보기 (내 시·도 업무 달력): 5일 이하는 근무시간(1일 = 8시간), 6일 이상은 근무일(첫날 포함)',
  })
  deadline(@Args() { receivedAt, periodDays, targetShare }: DeadlineArgs): Promise<Deadline> {
    return this.settings.deadline(receivedAt, periodDays, targetShare);
  }

  @Query(() => HolidayYear, { description: '한 해의 휴일: 공휴일(패키지 자료)과 시·도 휴일, 출처와 함께' })
  holidays(@Args() { year }: HolidaysArgs): Promise<HolidayYear> {
    return this.settings.holidays(year);
  }

  @Query(() => OfficeHoursModel, { name: 'officeHours', description: '업무 시간' })
  officeHours(): Promise<OfficeHoursModel> {
    return this.settings.officeHours();
  }

  @Mutation(() => Holiday, { description: '시·도 휴일 또는 임시공휴일 추가 (감사 기록)' })
  addHoliday(@Args() { day, name, kind }: AddHolidayArgs): Promise<Holiday> {
    return this.settings.addHoliday(day, name, kind);
  }

  @Mutation(() => Holiday, { description: '시·도 휴일 삭제 (감사 기록); 지운 휴일을 돌려줍니다' })
  removeHoliday(@Args() { day }: RemoveHolidayArgs): Promise<Holiday> {
    return this.settings.removeHoliday(day);
  }

  @Mutation(() => OfficeHoursModel, { description: '업무 시간 변경 (점심시간 제외 8시간, 감사 기록)' })
  updateOfficeHours(
    @Args('input', { type: () => OfficeHoursInput }) input: OfficeHoursInput,
  ): Promise<OfficeHoursModel> {
    return this.settings.updateOfficeHours(input);
  }
}
