import { apiOrigin, rememberAuthOrigin } from '../config';

export type RealmKind = 'tenant' | 'ministry' | 'platform';
const KINDS: readonly string[] = ['tenant', 'ministry', 'platform'];

export interface RealmInfo {
  realm: string;
  nameKo: string;
  nameEn: string;
  kind: RealmKind;
}

/** `GET /auth/realms`: the realms a user can sign in to (the 시·도, the ministry and the platform), no auth needed. */
export async function fetchRealms(signal?: AbortSignal): Promise<RealmInfo[]> {
  const response = await fetch(`${apiOrigin()}/auth/realms`, {
    headers: { Accept: 'application/json' },
    signal,
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as { keycloakUrl?: unknown; realms?: unknown };
  if (!Array.isArray(body.realms)) throw new Error('malformed realm list');
  if (typeof body.keycloakUrl === 'string' && /^https?:\/\//.test(body.keycloakUrl))
    rememberAuthOrigin(body.keycloakUrl);
  return body.realms.filter(
    (r): r is RealmInfo =>
      !!r &&
      typeof r === 'object' &&
      typeof (r as RealmInfo).realm === 'string' &&
      typeof (r as RealmInfo).nameKo === 'string' &&
      KINDS.includes((r as RealmInfo).kind),
  );
}
