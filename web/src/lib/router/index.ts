export { matchPath, router, safeNext, type Params } from './router.svelte';
