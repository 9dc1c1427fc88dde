/**
 * How the one port delivers the admin bundle: pre-compressed (brotli, gzip) by Accept-Encoding,
 * hashed assets cached for a year, the page shell never stored, code split by route, no source maps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { negotiateEncoding } from '../src/admin-static/admin-static';
import { baseUrl } from './support/api';
import { REPO_ROOT } from './support/repo-paths';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET that keeps the body as sent on the wire (fetch would decompress it). */
function rawGet(path: string, acceptEncoding?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = get(
      `${baseUrl()}${path}`,
      { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
  });
}

const decode = (r: RawResponse): Buffer =>
  r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body;

const ASSETS_DIR = join(REPO_ROOT, 'dist', 'admin', 'assets');
const BROWSER = 'gzip, deflate, br, zstd';

/** The scripts and style sheets the page shell loads first. */
function entryAssets(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
}

describe('admin bundle delivery', () => {
  it('negotiates brotli before gzip and honours q-values', () => {
    expect(negotiateEncoding('gzip, deflate, br', ['br', 'gzip'])).toBe('br');
    expect(negotiateEncoding('gzip', ['br', 'gzip'])).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0.5', ['br', 'gzip'])).toBe('gzip');
    expect(negotiateEncoding('gzip;q=0.2, br;q=0.9', ['br', 'gzip'])).toBe('br');
    expect(negotiateEncoding('*', ['gzip'])).toBe('gzip');
    expect(negotiateEncoding('identity', ['br', 'gzip'])).toBeUndefined();
    expect(negotiateEncoding(undefined, ['br', 'gzip'])).toBeUndefined();
  });

  it('serves the page shell compressed, never stored, with its content security policy', async () => {
    const plain = await rawGet('/app/staff', 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('<div id="root">');
    for (const [accept, encoding] of [
      [BROWSER, 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const res = await rawGet('/app/staff', accept);
      expect([accept, res.headers['content-encoding']]).toEqual([accept, encoding]);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers.vary).toContain('Accept-Encoding');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(decode(res).equals(plain.body)).toBe(true);
    }
  });

  it('sends hashed assets compressed and immutable for a year, and measures the first load', async () => {
    const html = decode(await rawGet('/', BROWSER)).toString();
    const entries = entryAssets(html);
    expect(entries.some((p) => p.endsWith('.js'))).toBe(true);
    let wire = 0;
    let raw = 0;
    for (const path of entries) {
      const res = await rawGet(path, BROWSER);
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const identity = await rawGet(path, 'identity');
      // below 1 KiB compression is not worth its headers
      if (identity.body.length >= 1024) expect([path, res.headers['content-encoding']]).toEqual([path, 'br']);
      expect(res.headers['content-length']).toBe(String(res.body.length));
      expect(decode(res).equals(identity.body)).toBe(true);
      wire += res.body.length;
      raw += identity.body.length;
    }
    console.log(
      `admin first load: ${entries.length} assets, ${(raw / 1024).toFixed(0)} KiB raw → ${(wire / 1024).toFixed(0)} KiB brotli`,
    );
    expect(wire).toBeLessThan(raw / 3);
  });

  it('splits the code by route: page modules are chunks the entry does not include', async () => {
    const html = decode(await rawGet('/', BROWSER)).toString();
    const entries = entryAssets(html);
    const chunks = readdirSync(ASSETS_DIR);
    for (const page of ['DepartmentsPage', 'StaffPage', 'TenantsPage', 'HomePage']) {
      const chunk = chunks.find((f) => f.startsWith(`${page}-`) && f.endsWith('.js'));
      expect([page, chunk]).toEqual([page, expect.any(String)]);
      expect(entries).not.toContain(`/assets/${chunk}`);
    }
  });

  it('never serves source maps, and the bundle does not point to any', async () => {
    const maps = readdirSync(ASSETS_DIR).filter((f) => f.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0); // built for decoding stack traces on the server
    for (const map of maps.slice(0, 5)) {
      const res = await rawGet(`/assets/${map}`, BROWSER);
      expect([map, res.status]).toEqual([map, 404]);
      expect(res.body.toString()).not.toContain('"mappings"');
    }
    for (const js of readdirSync(ASSETS_DIR).filter((f) => f.endsWith('.js')))
      expect([js, readFileSync(join(ASSETS_DIR, js), 'utf8').includes('sourceMappingURL')]).toEqual([
        js,
        false,
      ]);
  });

  it("answers the browsers' automatic /favicon.ico with the icon", async () => {
    const res = await rawGet('/favicon.ico', BROWSER);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml');
  });

  it('answers a missing asset with 404, not with the page shell', async () => {
    const res = await rawGet('/assets/index-00000000.js', BROWSER);
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('<div id="root">');
  });
});
