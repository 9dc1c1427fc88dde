/** How long a realm's key endpoint may take before verification gives up (Keycloak answers in milliseconds). */
export const KEY_FETCH_TIMEOUT_MS = 5_000;
/** A key document larger than this is not a realm's JWKS. */
const MAX_KEYS_BYTES = 256 * 1024;

/** Starts the message of every key fetch failure (keycloak-connect passes it on inside its own message). */
export const REALM_KEYS_UNAVAILABLE = 'realm keys unavailable';

/** The realm's keys could not be had: unreachable, slow, not JSON or not a key set. */
export class RealmKeysUnavailable extends Error {
  constructor(reason: string) {
    super(`${REALM_KEYS_UNAVAILABLE}: ${reason}`);
  }
}

export interface RealmKeySet {
  keys: { kid: string; kty: string }[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Fetches a realm's JSON Web Key Set with a timeout and a guarded parse, so a slow or broken identity
 * provider fails verification with a clear reason instead of hanging requests or crashing the process
 * (keycloak-connect's own fetch has no timeout and parses the body unguarded in an event handler).
 */
export async function fetchRealmKeys(
  certsUrl: string,
  timeoutMs = KEY_FETCH_TIMEOUT_MS,
): Promise<RealmKeySet> {
  let text: string;
  try {
    const res = await fetch(certsUrl, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    if (!res.ok) throw new RealmKeysUnavailable(`HTTP ${res.status} from ${certsUrl}`);
    text = await res.text();
  } catch (error) {
    if (error instanceof RealmKeysUnavailable) throw error;
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new RealmKeysUnavailable(
      timedOut ? `no answer from ${certsUrl} within ${timeoutMs} ms` : `${certsUrl} unreachable`,
    );
  }
  if (text.length > MAX_KEYS_BYTES) throw new RealmKeysUnavailable(`${certsUrl} answered too much`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new RealmKeysUnavailable(`${certsUrl} did not answer JSON`);
  }
  if (!isObject(body) || !Array.isArray(body.keys))
    throw new RealmKeysUnavailable(`${certsUrl} did not answer a key set`);
  return {
    keys: body.keys.filter(
      (k): k is RealmKeySet['keys'][number] =>
        isObject(k) && typeof k.kid === 'string' && k.kty === 'RSA' && (k.use ?? 'sig') === 'sig',
    ),
  };
}
