import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { MeasureCatalogue, PerformanceIndicatorsModule } from '../performance-indicators';
import { RecognitionService } from './recognition.service';
import { SERVICE_STANDARD_MEASURES } from './service-standard-measures';
import { ServiceStandardsResolver } from './service-standards.resolver';
import { ServiceStandardsService } from './service-standards.service';
import { ServiceSurveysService } from './service-surveys.service';

/**
 * Service standards, CSI rounds, phone courtesy and recognition (issue 10 #6a, docs/adr/0031); registers its
 * figures as performance-indicator measures.
 */
@Module({
  imports: [PerformanceIndicatorsModule],
  providers: [ServiceStandardsService, ServiceSurveysService, RecognitionService, ServiceStandardsResolver],
  exports: [ServiceStandardsService, ServiceSurveysService, RecognitionService],
})
export class ServiceStandardsModule implements OnModuleInit {
  constructor(@Inject(MeasureCatalogue) private readonly catalogue: MeasureCatalogue) {}

  onModuleInit(): void {
    for (const measure of SERVICE_STANDARD_MEASURES) this.catalogue.register(measure);
  }
}
