import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// Vite bundles this file elsewhere before running it, but keeps `import.meta.url` pointing here.
const webRoot = fileURLToPath(new URL('.', import.meta.url));

/** Paths the API server answers; the dev server hands them to it. */
const API = 'http://localhost:4000';

export default defineConfig({
  root: webRoot,
  publicDir: 'public',
  plugins: [svelte({ configFile: false })],
  resolve: {
    alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: API, ws: true },
      '/healthz': API,
      '/readyz': API,
      '/files': API,
    },
  },
  preview: {
    port: 4173,
  },
});
