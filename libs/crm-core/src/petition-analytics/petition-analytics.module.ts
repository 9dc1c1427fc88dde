import { Module } from '@nestjs/common';
import { PetitionAnalyticsResolver } from './analytics.resolver';
import { PetitionAnalyticsService } from './analytics.service';

/** Managers' petition analytics (issue 8 #8): processing time, repeat petitioners, backlog and overdue cases. */
@Module({
  providers: [PetitionAnalyticsService, PetitionAnalyticsResolver],
  exports: [PetitionAnalyticsService],
})
export class PetitionAnalyticsModule {}
