import { createHash, randomBytes } from 'node:crypto';

/** The resident page of a survey link: `/r/<tenant code>/survey/<token>` on the platform's public URL. */
export const SURVEY_PATH_PREFIX = '/r';

/** A random 256-bit token, URL-safe (43 characters). */
export function newSurveyToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a token: its SHA-256. A string that is not a token shape hashes to a value never stored. */
export function surveyTokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export const isSurveyTokenShape = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);

/** The path of a survey link; the notifications prefix it with the public URL (`PUBLIC_URL`). */
export function surveyPath(tenantId: string, token: string): string {
  return `${SURVEY_PATH_PREFIX}/${encodeURIComponent(tenantId)}/survey/${token}`;
}

/** The whole link: `${publicUrl}/r/<tenant>/survey/<token>`. */
export function surveyLink(publicUrl: string, tenantId: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${surveyPath(tenantId, token)}`;
}

/** A link just issued: the only moment the token exists outside the resident's message. */
export interface IssuedSurveyLink {
  tenantId: string;
  vocId: string;
  receiptNo: string;
  token: string;
  /** `surveyPath(tenantId, token)`. */
  path: string;
  expiresAt: Date;
}

/**
 * Sends an issued link to the resident (the notifications capability: template `voc.survey`). Runs in the
 * transaction that issued it, so the message is enqueued with the invitation or not at all.
 */
export interface SurveyLinkListener {
  onSurveyLinkIssued(link: IssuedSurveyLink): Promise<void>;
}
