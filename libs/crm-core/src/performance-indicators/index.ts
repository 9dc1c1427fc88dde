/** What other capabilities and the API may use of performance indicators and scorecards. */
export * from './performance-indicators.module';
export * from './measure';
export { MeasureCatalogue } from './measure-catalogue';
export { STANDARD_MEASURES } from './standard-measures';
export { STANDARD_INDICATORS } from './standard-indicators';
export { Direction, evaluate, bandProblem, type Band, type Evaluation } from './indicator-evaluation';
export * from './indicator.model';
export { PerformanceIndicatorService } from './indicator.service';
export { PerformanceRollupService } from './rollup.service';
export { ScorecardService } from './scorecard.service';
export * from './scorecard.model';
export { ROLLUP_FULL_JOB, ROLLUP_TOUCHED_JOB } from './performance-jobs';
