import { Module } from '@nestjs/common';
import { CustomizationModule } from '@pcrm/customization';
import { CustomersModule } from '../customers';
import { SegmentResolver } from './segment.resolver';
import { SegmentService } from './segment.service';

/** Saved rule-based customer segments with live counts, member lists and dated snapshots (issue 7 #5). */
@Module({
  imports: [CustomersModule, CustomizationModule],
  providers: [SegmentService, SegmentResolver],
  exports: [SegmentService],
})
export class CustomerSegmentsModule {}
