import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

/** The resident pages' own styles on top of KRDS: layout at 390 px and up, error summary, Pretendard GOV. */
const RESIDENT_CSS = `
@font-face { font-family: 'Pretendard GOV'; font-weight: 400; font-display: swap; src: url('/r/_krds/fonts/PretendardGOV-Regular.subset.woff2') format('woff2'); }
@font-face { font-family: 'Pretendard GOV'; font-weight: 500; font-display: swap; src: url('/r/_krds/fonts/PretendardGOV-Medium.subset.woff2') format('woff2'); }
@font-face { font-family: 'Pretendard GOV'; font-weight: 700; font-display: swap; src: url('/r/_krds/fonts/PretendardGOV-Bold.subset.woff2') format('woff2'); }
html { font-size: 62.5%; }
body { margin: 0; font-family: 'Pretendard GOV', 'Noto Sans KR', sans-serif; font-size: 1.7rem; line-height: 1.6; color: #1e2124; background: #fff; }
#krds-skip-link a { position: absolute; left: -9999px; top: 0; padding: 1.2rem 1.6rem; background: #003675; color: #fff; z-index: 10; }
#krds-skip-link a:focus { left: 0; }
.r-inner { max-width: 96rem; margin: 0 auto; padding: 0 2rem; box-sizing: border-box; }
.r-header { border-bottom: 1px solid #cdd1d5; background: #fff; }
.r-header-inner { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.8rem 2.4rem; padding-top: 1.6rem; padding-bottom: 1.6rem; }
.r-brand { font-size: 2rem; font-weight: 700; color: #1e2124; text-decoration: none; }
.r-brand span { font-weight: 500; color: #464c53; }
.r-nav { display: flex; flex-wrap: wrap; gap: 0.4rem 2rem; margin: 0; padding: 0; list-style: none; }
.r-nav a { color: #0b50d0; font-weight: 500; text-underline-offset: 0.3rem; }
.r-nav a[aria-current='page'] { color: #052561; font-weight: 700; }
main { padding: 3.2rem 0 6.4rem; }
main:focus { outline: none; }
h1 { font-size: 3.2rem; line-height: 1.3; margin: 0 0 1.6rem; }
h2 { font-size: 2.2rem; margin: 0 0 1.2rem; }
h3 { font-size: 1.9rem; margin: 2.4rem 0 0.8rem; }
.r-lead { color: #464c53; margin: 0 0 2.4rem; }
.r-required { color: #bd2c0f; font-weight: 500; font-size: 1.5rem; }
.r-form { display: flex; flex-direction: column; gap: 2.4rem; max-width: 64rem; }
.r-form .krds-input, .r-form .krds-form-select { width: 100%; box-sizing: border-box; }
.r-form textarea.krds-input { min-height: 16rem; resize: vertical; }
.r-fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
.r-fieldset legend { font-weight: 700; margin-bottom: 0.8rem; padding: 0; }
.r-inline { display: flex; flex-wrap: wrap; gap: 0.8rem 2rem; }
.r-actions { display: flex; gap: 1.2rem; }
.r-error-summary { border: 2px solid #bd2c0f; border-radius: 0.8rem; padding: 1.6rem 2rem; margin: 0 0 2.4rem; background: #fdefec; }
.r-error-summary h2 { color: #8a1f0a; font-size: 1.9rem; }
.r-error-summary ul { margin: 0; padding-left: 2rem; }
.r-error-summary a { color: #8a1f0a; font-weight: 500; }
.r-error-summary:focus, .r-notice:focus, .r-case:focus { outline: 3px solid #0b50d0; outline-offset: 2px; }
.form-hint-invalid { color: #bd2c0f; margin: 0.4rem 0 0; }
.r-notice { border-radius: 0.8rem; padding: 1.6rem 2rem; margin: 0 0 2.4rem; border: 1px solid; }
.r-notice h2 { font-size: 1.9rem; }
.r-notice-success { background: #eaf6ec; border-color: #228738; }
.r-notice-warning { background: #fff8e6; border-color: #8a5c00; }
.r-notice-info { background: #ecf2fe; border-color: #0b50d0; }
.r-case { border: 1px solid #cdd1d5; border-radius: 0.8rem; padding: 2rem; margin: 0 0 3.2rem; }
.r-facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1.2rem 2.4rem; margin: 0; }
.r-facts div { display: flex; flex-direction: column; }
.r-facts dt { color: #464c53; font-size: 1.5rem; }
.r-facts dd { margin: 0; font-weight: 500; }
.r-progress { display: flex; flex-wrap: wrap; align-items: center; gap: 0.8rem; margin: 1.2rem 0; }
.r-progress progress { flex: 1 1 16rem; height: 1.2rem; accent-color: #0b50d0; }
.r-progress-value { font-weight: 700; min-width: 5rem; }
.r-task-list { list-style: none; margin: 2rem 0; padding: 0; display: grid; gap: 1.6rem; }
.r-task-item { padding: 2rem; border: 1px solid #cdd1d5; border-radius: 1.2rem; }
.r-task-item h2 { margin: 0 0 0.4rem; font-size: 2rem; }
.r-task-meta { margin: 0; color: #464c53; font-size: 1.5rem; }
.r-filter { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 1.2rem; }
.r-table-wrap { overflow-x: auto; }
.r-table { border-collapse: collapse; width: 100%; min-width: 56rem; font-size: 1.5rem; }
.r-table caption { text-align: left; color: #464c53; padding-bottom: 0.8rem; }
.r-table th, .r-table td { border-bottom: 1px solid #cdd1d5; padding: 0.8rem; text-align: left; vertical-align: top; }
.r-step-note { display: block; font-weight: 400; color: #464c53; }
.r-follow { margin-top: 3.2rem; }
.r-answer { white-space: pre-wrap; background: #f4f5f6; padding: 1.6rem; border-radius: 0.8rem; overflow-wrap: anywhere; }
.r-cards { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(28rem, 1fr)); gap: 1.6rem; }
.r-card { display: flex; flex-direction: column; gap: 0.4rem; padding: 2.4rem; border: 1px solid #cdd1d5; border-radius: 1.2rem; text-decoration: none; color: #1e2124; }
.r-card strong { font-size: 2rem; color: #0b50d0; }
.r-card:hover, .r-card:focus { border-color: #0b50d0; }
.r-footer { border-top: 1px solid #cdd1d5; background: #f4f5f6; color: #464c53; font-size: 1.5rem; padding: 2.4rem 0; }
.r-footer p { margin: 0 0 0.4rem; }
@media (max-width: 480px) { h1 { font-size: 2.6rem; } .r-actions .krds-btn { width: 100%; } }
`;

/** Moves keyboard and screen-reader focus to the page's error summary or result (WCAG 3.3.1, 4.1.3). */
const RESIDENT_JS = `document.addEventListener('DOMContentLoaded', function () {
  var target = document.querySelector('[data-focus]');
  if (target) target.focus();
});
`;

interface Asset {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
}

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  woff2: 'font/woff2',
};

const asset = (body: Buffer, ext: string): Asset => ({
  body,
  gzip: ext === 'woff2' ? null : gzipSync(body),
  type: TYPES[ext],
});

/**
 * Indexes, once at start, the files the pages may load: three KRDS stylesheets, its icons, the Pretendard GOV
 * fonts, and this module's own CSS and script. No request path reaches the file system.
 */
export function residentAssets(): Map<string, Asset> {
  const root = join(dirname(createRequire(__filename).resolve('krds-uiux/package.json')), 'resources');
  const files = new Map<string, Asset>();
  for (const css of ['css/common/common.css', 'css/token/krds_tokens.css', 'css/component/component.css']) {
    // The page links the tokens itself: an @import would load them only after common.css arrived.
    const text = readFileSync(join(root, css), 'utf8').replace(/^@import [^;]+;\s*/m, '');
    files.set(`/r/_krds/${css}`, asset(Buffer.from(text), 'css'));
  }
  const icons = join(root, 'img/component/icon');
  if (existsSync(icons)) {
    for (const name of readdirSync(icons).filter((n) => n.endsWith('.svg'))) {
      const svg = asset(readFileSync(join(icons, name)), 'svg');
      files.set(`/r/_krds/img/component/icon/${name}`, svg);
      // component.css names its icons one folder deeper than the package ships them.
      files.set(`/r/_krds/img/img/component/icon/${name}`, svg);
    }
  }
  for (const weight of ['Regular', 'Medium', 'Bold']) {
    const name = `PretendardGOV-${weight}.subset.woff2`;
    files.set(`/r/_krds/fonts/${name}`, asset(readFileSync(join(root, 'fonts', name)), 'woff2'));
  }
  files.set('/r/_assets/resident.css', asset(Buffer.from(RESIDENT_CSS), 'css'));
  files.set('/r/_assets/resident.js', asset(Buffer.from(RESIDENT_JS), 'js'));
  return files;
}

/** Serves an indexed asset (gzip when accepted; cached an hour, they change only with a deploy). */
export function sendAsset(req: Request, res: Response, file: Asset): void {
  const gzip = file.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.setHeader('Content-Type', file.type);
  res.setHeader('Cache-Control', 'public, max-age=3600');
  if (file.gzip) res.setHeader('Vary', 'Accept-Encoding');
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.status(200).end(req.method === 'HEAD' ? undefined : gzip ? file.gzip : file.body);
}
