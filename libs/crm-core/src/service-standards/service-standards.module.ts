import { Module } from '@nestjs/common';
import { RecognitionService } from './recognition.service';
import { ServiceStandardsResolver } from './service-standards.resolver';
import { ServiceStandardsService } from './service-standards.service';
import { ServiceSurveysService } from './service-surveys.service';

/** Service standards, CSI rounds, phone courtesy and recognition (issue 10 #6a, docs/adr/0031). */
@Module({
  providers: [ServiceStandardsService, ServiceSurveysService, RecognitionService, ServiceStandardsResolver],
  exports: [ServiceStandardsService, ServiceSurveysService, RecognitionService],
})
export class ServiceStandardsModule {}
