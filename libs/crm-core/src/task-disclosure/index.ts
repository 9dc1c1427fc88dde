/** What other capabilities and the API may use of task disclosure (docs/adr/0029). */
export * from './task-disclosure.module';
export * from './public-text';
export * from './public-task-view';
export {
  PublicTasks,
  FOLLOW_CONSENT_TEXT,
  PUBLIC_TASK_PAGE,
  followAddress,
  type FollowOutcome,
  type PublicTaskPage,
} from './public-tasks.service';
export { TaskDisclosureService, TASK_FOLLOWER_NOTIFY_JOB, knownResidents } from './task-disclosure.service';
export { publicTaskPath, unfollowPath } from './follow-token';
