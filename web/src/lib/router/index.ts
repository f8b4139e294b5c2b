export { matchPath, router, type Params } from './router.svelte';
export { safeNext } from './safe-next';
