// ESLint 9 flat config: typescript-eslint's strict type-checked rules for the API, tests and the
// web app, the Svelte plugin for components, and our module-boundary rule for api/src.
// `npm run lint` runs it with --max-warnings 0; CI (.ci/run) runs that before the tests.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from './scripts/eslint/module-boundaries.mjs';

export default tseslint.config(
  {
    // Generated files: codegen's web types and MikroORM's migrations are kept exactly as generated.
    ignores: ['dist/**', 'web/dist/**', 'node_modules/**', 'web/src/lib/graphql/generated/**', 'api/src/migrations/Migration*.ts', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Numbers and booleans read fine in messages and keys; objects and nullish values still fail.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `() => doSomething()` as a callback is how the code base writes handlers.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // A leading underscore marks a parameter or binding that is there on purpose but unused
      // (positional arguments, `for (const _ of …)` counting, rest-omitting destructuring).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
      // The text checks match control characters on purpose: they refuse them in input.
      'no-control-regex': 'off',
      // Off, each for a stated reason (turning one on is its own change):
      // - 76 `!` left in the API outside tests (470 once; `node scripts/count-assertions.mjs` counts
      //   them), most in policy, application, imports, bank and apartment; the rule comes on when
      //   those are typed too.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `while (true)` loops that return or throw from inside are how the code waits and retries.
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: 'only-allowed-literals' }],
      // - Payload classes are GraphQL object types; resolvers return plain objects of their shape
      //   by design (type-graphql), which this rule reports at every return (220 places).
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // - `async` on resolvers and services keeps a thrown error a rejected promise; dropping it
      //   where nothing is awaited would change how errors travel.
      '@typescript-eslint/require-await': 'off',
      // - Raw SQL rows are typed by hand as numbers, but pg returns bigint and numeric as strings:
      //   the `Number(row.n)` this rule calls unnecessary is what makes them numbers.
      '@typescript-eslint/no-unnecessary-type-conversion': 'off',
      // - String enums meet plain strings at every edge (SQL rows, graphql-js AST kinds, parsed
      //   tokens, JSON answers); each edge checks the value before use, then names the enum.
      '@typescript-eslint/no-unsafe-enum-assignment': 'off',
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // - type-graphql input classes are plain data; spreading them into service calls is the norm.
      '@typescript-eslint/no-misused-spread': 'off',
      // - String(x) on an unknown error code or cell value is a deliberate best-effort message.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    files: ['web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // svelte-check is the web app's type checker. ESLint's TypeScript service does not see
      // types through .svelte imports and runes ($state, $props), so it takes them for `any`:
      // the no-unsafe-* rules then fire on typed code, and the "unnecessary assertion" fix would
      // widen `'SMALL' as EnterpriseSize` inside $state to string. Off here, on everywhere else.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Same cause: a component's prop types come through as error types, which these report.
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      // `void x;` in an $effect reads x on purpose: it makes the effect re-run when x changes.
      '@typescript-eslint/no-meaningless-void-operator': 'off',
      // Handlers and timers may be async; their errors go to the one error funnel (lib/errors.ts).
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      // Apollo 4 deprecates explicit generics on query/mutate; the typed wrappers in
      // lib/graphql pass them on purpose, so the generated document types reach the pages.
      '@typescript-eslint/no-deprecated': 'off',
      // navigator.onLine === false: undefined (unknown) must not count as offline.
      '@typescript-eslint/no-unnecessary-boolean-literal-compare': 'off',
      // Local Maps and URLSearchParams built inside a function and thrown away are not state.
      'svelte/prefer-svelte-reactivity': 'off',
      // Rows edited in place and reset when the server's answer changes: $state + $effect on purpose.
      'svelte/prefer-writable-derived': 'off',
      // svelte-check (with --fail-on-warnings) decides which svelte-ignore comments are needed.
      'svelte/no-unused-svelte-ignore': 'off',
      // Every page receives the router's params, whether or not it reads them.
      'svelte/no-unused-props': 'off',
      // Same cause as the no-unsafe rules: ESLint reads $state(false) as the literal false and a
      // query's data as never null, so it calls live conditions always falsy or unnecessary.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, svelteConfig: undefined },
    },
  },
  {
    // Plain JavaScript (scripts, this file): no type information to check against.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Tests read GraphQL answers as untyped JSON and assert their shape; typing every answer would
    // only restate the assertions. `!` after an assertion that the value exists is the idiom.
    files: ['tests/**/*.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-plus-operands': 'off',
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // The browser-test suite's helpers (newPage, signIn) are arrow functions, taken apart by design.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // tests/tsconfig.json does not check list items read by index for absence yet
    // (noUncheckedIndexedAccess is on for api/src, seeds and the web app), so every
    // `list[i] ?? fallback` there looks unnecessary to this rule; it would ask to remove real guards.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unnecessary-condition': 'off' },
  },
  {
    files: ['api/src/**/*.ts'],
    plugins: { local: boundaries },
    rules: { 'local/module-boundaries': 'error' },
  },
);
