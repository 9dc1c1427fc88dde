/** What other capabilities and the API may use of the satisfaction surveys. */
export * from './petition-surveys.module';
export * from './survey-invitations.service';
export * from './survey-review.service';
export * from './survey-link';
export * from './survey-link-errors';
export * from './survey.models';
export { SURVEY_COMMENT_MAX } from './survey-text';
