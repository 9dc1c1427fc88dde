import { Module } from '@nestjs/common';
import { DataQualityResolver } from './quality.resolver';
import { DataQualityService } from './quality.service';

/** The customer data-quality report (충실도·정확도) and its dated history (issue 7 #6). */
@Module({
  providers: [DataQualityService, DataQualityResolver],
  exports: [DataQualityService],
})
export class CustomerQualityModule {}
