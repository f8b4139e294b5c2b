import { createRequire } from 'node:module';

const requireFromHere = createRequire(import.meta.url);

/**
 * A package loaded where it is first used instead of at start-up, for code only some requests or
 * instances need (issue 13: memory of the API server). The first call loads it; later calls get
 * the same module from Node's cache.
 *
 * Through `require`, not `import()`: Node keeps a failed `import()` for the life of the process
 * (a file it could not open, EMFILE under load, or a package whose code threw while loading
 * answers every later `import()` with the same error), so one bad moment would fail every later
 * e-mail, export or QR code until a restart. `require` forgets a module that failed to load and
 * tries again on the next call. Only for packages that ship CommonJS. The caller types the result
 * with the package's own types (`as typeof ExcelJS`).
 */
export function loadPackage(name: string): unknown {
  return requireFromHere(name);
}
