import express, { type Express, type Request, type Response, type NextFunction } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { adminContentSecurityPolicy } from '../http/security-headers';

/** Paths the API owns; everything else under `/` is the admin single-page app. */
const API_PREFIXES = ['/graphql', '/health', '/realms/', '/auth/realms', '/open311/'];

/** Serves the built admin bundle with a fallback to index.html for client-side routes. */
export function mountAdminBundle(
  app: Express,
  distDir: string,
  keycloakUrl: string,
  log: (m: string) => void,
): void {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) {
    log(`관리자 화면 번들이 없습니다 (${distDir}); 'npm run build' 로 만드십시오.`);
    return;
  }
  const csp = adminContentSecurityPolicy(keycloakUrl);
  app.use(
    express.static(distDir, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, path) => {
        if (path.endsWith('.html'))
          res.setHeader('Cache-Control', 'no-cache').setHeader('Content-Security-Policy', csp);
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path.startsWith(p))) return next();
    res.set({ 'Cache-Control': 'no-cache', 'Content-Security-Policy': csp }).sendFile(index);
  });
}
