import { Module } from '@nestjs/common';
import { BusinessCalendarResolver } from './business-calendar.resolver';
import { BusinessCalendarService } from './business-calendar.service';
import { CalendarSettingsService } from './calendar-settings.service';

/** The tenant's business calendar and statutory deadlines (issue 8 #2). */
@Module({
  providers: [BusinessCalendarService, CalendarSettingsService, BusinessCalendarResolver],
  exports: [BusinessCalendarService],
})
export class BusinessCalendarModule {}
