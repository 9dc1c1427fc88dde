import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { adminContentSecurityPolicy } from '../http/security-headers';

/** Paths the API owns; everything else under `/` is the admin single-page app. */
const API_PREFIXES = ['/graphql', '/health', '/realms/', '/auth/realms', '/open311/'];
/** Vite writes content-hashed file names here: a name never changes content. */
const HASHED_PREFIX = '/assets/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Unhashed files (favicon): kept briefly, then revalidated. */
export const CACHE_SHORT = 'public, max-age=3600';
/**
 * The page shell names the current hashed assets and is shown to signed-in users: never stored, so
 * neither a deploy nor the back button after logout brings back an old copy.
 */
export const CACHE_PAGE = 'no-store';

type Encoding = 'br' | 'gzip';
const ENCODING_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

interface Asset {
  file: string;
  size: number;
  contentType: string;
  cacheControl: string;
  /** Pre-compressed variants written at build time, with their sizes. */
  variants: Partial<Record<Encoding, { file: string; size: number }>>;
}

/**
 * The encoding to send for an `Accept-Encoding` header among those available: brotli before gzip,
 * honouring `q` values (`q=0` refuses) and `*`.
 */
export function negotiateEncoding(
  acceptEncoding: string | undefined,
  available: readonly Encoding[],
): Encoding | undefined {
  if (!acceptEncoding || available.length === 0) return undefined;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (e: Encoding) => q.get(e) ?? q.get('*') ?? 0;
  const order: Encoding[] = ['br', 'gzip'];
  return order.filter((e) => available.includes(e) && weight(e) > 0).sort((a, b) => weight(b) - weight(a))[0];
}

/**
 * Indexes the built bundle once at start: only files found here are ever served (no path from a
 * request reaches the file system), and source maps and the compressed copies are not among them.
 */
export function indexBundle(distDir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(file);
        continue;
      }
      const ext = extname(entry.name);
      if (ext === '.map' || ext === '.br' || ext === '.gz' || !CONTENT_TYPES[ext]) continue;
      const urlPath = `/${relative(distDir, file).split(sep).join('/')}`;
      const variants: Asset['variants'] = {};
      for (const encoding of Object.keys(ENCODING_SUFFIX) as Encoding[]) {
        const compressed = `${file}${ENCODING_SUFFIX[encoding]}`;
        if (existsSync(compressed))
          variants[encoding] = { file: compressed, size: statSync(compressed).size };
      }
      assets.set(urlPath, {
        file,
        size: statSync(file).size,
        contentType: CONTENT_TYPES[ext],
        cacheControl:
          ext === '.html' ? CACHE_PAGE : urlPath.startsWith(HASHED_PREFIX) ? CACHE_IMMUTABLE : CACHE_SHORT,
        variants,
      });
    }
  };
  walk(distDir);
  return assets;
}

type Next = (error?: unknown) => void;

/**
 * Serves the built admin bundle: pre-compressed variants chosen by `Accept-Encoding`, hashed assets
 * cached for a year, index.html (with its content security policy) for every client-side route.
 * A plain Node handler `(req, res, next)`, so any HTTP framework can mount it.
 */
export function adminStaticHandler(distDir: string, keycloakUrl: string) {
  const assets = indexBundle(distDir);
  const index = assets.get('/index.html');
  if (!index) throw new Error(`no index.html in ${distDir}`);
  const csp = adminContentSecurityPolicy(keycloakUrl);

  const send = (req: IncomingMessage, res: ServerResponse, asset: Asset, next: Next) => {
    const encoding = negotiateEncoding(
      req.headers['accept-encoding'],
      Object.keys(asset.variants) as Encoding[],
    );
    const body = encoding ? asset.variants[encoding]! : asset;
    res.statusCode = 200;
    res.setHeader('Content-Type', asset.contentType);
    res.setHeader('Cache-Control', asset.cacheControl);
    res.setHeader('Content-Length', body.size);
    if (Object.keys(asset.variants).length) res.setHeader('Vary', 'Accept-Encoding');
    if (encoding) res.setHeader('Content-Encoding', encoding);
    if (asset === index) res.setHeader('Content-Security-Policy', csp);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(body.file).on('error', next).pipe(res);
  };

  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://admin.invalid').pathname);
    } catch {
      return next();
    }
    if (API_PREFIXES.some((p) => path.startsWith(p))) return next();
    // Browsers ask for /favicon.ico on pages that name no icon (the identity provider's): the SVG serves.
    const asset = path === '/' ? index : assets.get(path === '/favicon.ico' ? '/favicon.svg' : path);
    if (asset) return send(req, res, asset, next);
    // A missing file (an old chunk, a source map) is a 404, never the page shell in its place.
    if (path.startsWith(HASHED_PREFIX) || extname(path) !== '') return next();
    send(req, res, index, next);
  };
}

/** Mounts the admin bundle on an Express-style app, or says why there is none. */
export function mountAdminBundle(
  app: { use(handler: ReturnType<typeof adminStaticHandler>): unknown },
  distDir: string,
  keycloakUrl: string,
  log: (m: string) => void,
): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    log(`관리자 화면 번들이 없습니다 (${distDir}); 'npm run build' 로 만드십시오.`);
    return;
  }
  app.use(adminStaticHandler(distDir, keycloakUrl));
}
