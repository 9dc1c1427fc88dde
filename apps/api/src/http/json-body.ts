import type { IncomingMessage } from 'node:http';
import type { AppError } from '@pcrm/tenancy';
import { BODY_LIMIT_BYTES, bodyNotJson, bodyTooLarge } from '../graphql/request-body-errors';

/** What reading a body gave: the parsed JSON or the 413/400 to answer. */
export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 413 | 400; error: AppError };

/** `application/json` in UTF-8, the only body the lean path reads itself (anything else goes to Express). */
export function isPlainJson(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (!type) return false;
  const enc = req.headers['content-encoding'];
  if (enc !== undefined && enc.toLowerCase() !== 'identity') return false;
  const lower = type.toLowerCase();
  return lower === 'application/json' || /^application\/json\s*;\s*charset="?utf-8"?\s*$/.test(lower);
}

const tooLarge = (): JsonBody => ({ ok: false, status: 413, error: bodyTooLarge() });

/** Reads and parses a JSON body of at most 1 MB, with the rules of body-parser's strict JSON mode. */
export function readJsonBody(req: IncomingMessage): Promise<JsonBody> {
  const declared = Number(req.headers['content-length']);
  if (declared > BODY_LIMIT_BYTES) return Promise.resolve(tooLarge());
  return new Promise((resolve, reject) => {
    if (req.destroyed) return reject(new Error('the client closed the request before its body was read'));
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT_BYTES) {
        stop();
        req.resume(); // drain the rest so the connection can be reused
        resolve(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)).toString('utf8');
      resolve(parseJson(text));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    const onClose = () => onError(new Error('the client closed the request before its body was read'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
    req.on('error', onError);
  });
}

function parseJson(text: string): JsonBody {
  if (!text.length) return { ok: true, value: {} }; // as body-parser: an empty body is an empty object
  const trimmed = text.trimStart();
  if (trimmed[0] !== '{' && trimmed[0] !== '[') {
    const reason = `Unexpected token '${trimmed[0] ?? ' '}': the body must be a JSON object or array`;
    return { ok: false, status: 400, error: bodyNotJson(reason) };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, status: 400, error: bodyNotJson((error as Error).message) };
  }
}
