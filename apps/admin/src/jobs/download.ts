import { apiOrigin } from '../config';

/** The file name the server sent (RFC 6266 `filename*` first), else `fallback`. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i);
  if (star) return decodeURIComponent(star[1]);
  const plain = disposition?.match(/filename="([^"]+)"/i);
  return plain ? plain[1] : fallback;
}

/**
 * Downloads a job's file with the bearer token (a plain link cannot carry it) and hands it to the
 * browser as a file. Resolves to the HTTP status.
 */
export async function downloadJobFile(path: string, token: string, fallbackName: string): Promise<number> {
  const res = await fetch(`${apiOrigin()}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) return res.status;
  saveFile(await res.blob(), fileNameFrom(res.headers.get('content-disposition'), fallbackName));
  return res.status;
}

/** Hands a file to the browser's download. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
