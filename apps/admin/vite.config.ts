import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Where `vite` (dev server) forwards API, identity-provider and health calls. */
const apiTarget = process.env.PCRM_API_URL ?? 'http://localhost:3000';
const proxied = ['/graphql', '/realms', '/auth/realms', '/health'];

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), precompress()],
  // The framework-free library the API enforces too (roles, permission map, error codes, masking).
  resolve: {
    alias: { '@pcrm/access': fileURLToPath(new URL('../../libs/access/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/admin', import.meta.url)),
    emptyOutDir: true,
    // Maps for decoding production stack traces stay on the server: the bundle names none, and the
    // server never serves a .map file.
    sourcemap: 'hidden',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
              priority: 30,
            },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)[\\/]/,
              priority: 20,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: Object.fromEntries(proxied.map((p) => [p, { target: apiTarget, changeOrigin: false }])),
  },
  preview: { port: 4300 },
});
