import { apiOrigin } from '../config';
import { translate, type Lang } from '../i18n/messages';

/** Where staff upload files (multipart, bearer token); the answer lists the unclaimed attachments. */
export const uploadUrl = (): string => `${apiOrigin()}/attachments`;

/** The most files one case takes at intake or in one addition (the API's limit). */
export const MAX_FILES = 5;

/** What POST /attachments answers: the stored files, or GraphQL-shaped errors. */
export interface UploadAnswer {
  attachments?: { id: string; fileName: string; mediaType: string; sizeBytes: number }[];
  errors?: { message: string; extensions?: { code?: string; reason?: string; messageEn?: string } }[];
}

/** The server's reason for refusing an upload in the user's language, else the HTTP status or a network error. */
export function uploadRefusal(body: unknown, status: number | undefined, lang: Lang): string {
  const error = (body as UploadAnswer | undefined)?.errors?.[0];
  if (error) return lang === 'en' && error.extensions?.messageEn ? error.extensions.messageEn : error.message;
  return status ? translate(lang, 'error.server', { status }) : translate(lang, 'error.network');
}

/** The id of a file the server accepted. */
export const uploadedId = (body: unknown): string | undefined =>
  (body as UploadAnswer | undefined)?.attachments?.[0]?.id;

/** A file size for people: bytes, KB or MB with one decimal. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
