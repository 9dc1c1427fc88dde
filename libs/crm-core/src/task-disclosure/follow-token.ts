import { isSurveyTokenShape, newSurveyToken, surveyTokenHash } from '../petition-surveys';

/**
 * Unsubscribe tokens: random 256-bit, URL-safe, only their SHA-256 stored (`task_follower_tokens`); the same
 * shape and hash as the survey links. One per message, each good for nothing but stopping that follow.
 */
export const newFollowToken = newSurveyToken;
export const followTokenHash = surveyTokenHash;
export const isFollowTokenShape = isSurveyTokenShape;

export const publicTaskPath = (tenantId: string, managementNo: string): string =>
  `/r/${encodeURIComponent(tenantId)}/tasks/${encodeURIComponent(managementNo)}`;

export const unfollowPath = (tenantId: string, token: string): string =>
  `/r/${encodeURIComponent(tenantId)}/tasks/unfollow/${token}`;
