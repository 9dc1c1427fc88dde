/** What other capabilities may use of service standards; everything else in this folder is private to it. */
export { ServiceStandardsModule } from './service-standards.module';
export { ServiceStandardsService } from './service-standards.service';
export { ServiceSurveysService } from './service-surveys.service';
export { RecognitionService } from './recognition.service';
/** The monitored figures as monthly (department_id, month, numerator, denominator) statements, for indicator measures. */
export { ServiceStandardMeasures, type MonthRange } from './service-standards.sql';
export { checkedMonthRange } from './service-standards-checks';
export { CSI_DESIGNS, CURRENT_CSI_DESIGN, csiIndex, type CsiDesign } from './csi-design';
export * from './service-standards.enums';
export { SERVICE_STANDARD_MEASURES } from './service-standard-measures';
