import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';

// Vite bundles this file elsewhere before running it, but keeps `import.meta.url` pointing here.
const webRoot = fileURLToPath(new URL('.', import.meta.url));

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|webmanifest)$/;

/**
 * Writes `file.br` and `file.gz` beside every text file of the build, at the strongest levels
 * (once, at build time), for the server to send as they are (api/src/server.ts, serveWebApp).
 * A file that does not shrink by a tenth keeps no compressed copy.
 */
function precompress(): Plugin {
  return {
    name: 'yuepu-precompress',
    apply: 'build',
    closeBundle() {
      const outDir = path.join(webRoot, 'dist');
      for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
        const file = path.join(entry.parentPath, entry.name);
        const raw = readFileSync(file);
        const variants = {
          br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
          gz: gzipSync(raw, { level: 9 }),
        };
        for (const [suffix, compressed] of Object.entries(variants)) {
          if (compressed.length < raw.length * 0.9) writeFileSync(`${file}.${suffix}`, compressed);
        }
      }
    },
  };
}

const GENERATED_DOCUMENTS = path.join(webRoot, 'src/lib/graphql/generated/graphql.ts');
const DOCUMENT_LINE = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
const BARREL = '\0yuepu-graphql-documents';
const ONE_DOCUMENT = '\0yuepu-graphql-document:';

/**
 * Codegen writes every GraphQL document into one module, and a module lives in one chunk: every
 * page would download all 233 documents. At build time that module becomes re-exports of one
 * module per document (its runtime exports are only documents; the types stay for the type
 * checker), so each document goes into the chunk of the pages that use it.
 */
function documentPerModule(): Plugin {
  let documents: Map<string, string> | null = null;
  const read = () => (documents ??= new Map([...readFileSync(GENERATED_DOCUMENTS, 'utf8').matchAll(DOCUMENT_LINE)].map((m) => [m[1]!, m[2]!])));
  return {
    name: 'yuepu-document-per-module',
    enforce: 'pre',
    apply: 'build',
    async resolveId(source, importer, options) {
      if (source.startsWith(ONE_DOCUMENT)) return source;
      if (!source.endsWith('/generated/graphql') && !source.endsWith('/generated/graphql.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === GENERATED_DOCUMENTS ? BARREL : null;
    },
    load(id) {
      if (id === BARREL) return [...read().keys()].map((name) => `export { ${name} } from '${ONE_DOCUMENT}${name}';`).join('\n');
      if (id.startsWith(ONE_DOCUMENT)) {
        const name = id.slice(ONE_DOCUMENT.length);
        return `export const ${name} = ${read().get(name)};`;
      }
      return null;
    },
  };
}

const SHELL = /node_modules[\\/](svelte|@apollo(?![\\/]client[\\/]link[\\/]subscriptions)|rxjs|graphql|optimism|@wry|tslib)[\\/]|web[\\/]src[\\/](shell[\\/]|main\.ts|routes[\\/](index|nav|upcoming)\.ts|lib[\\/](router|errors|components|graphql[\\/](client|query)|i18n[\\/](index|locale)|features[\\/](session[\\/]|notifications[\\/](NotificationBell|NotificationList|actions|live))))/;

// graphql-ws and Apollo's subscriptions link are not in the shell: the client fetches them with the first subscription.

/** Paths the API server answers; the dev server hands them to it. */
const API = 'http://localhost:4000';

export default defineConfig({
  root: webRoot,
  publicDir: 'public',
  plugins: [svelte({ configFile: false }), documentPerModule(), precompress()],
  resolve: {
    alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What every page needs (Svelte, Apollo, the shell) in one file rather than a dozen:
          // each response costs its headers and a round trip on the first load.
          groups: [{ name: 'shell', test: SHELL }],
        },
      },
    },
    // No source maps in the build: served publicly they gave away the whole source (3.96 MB).
    sourcemap: false,
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
