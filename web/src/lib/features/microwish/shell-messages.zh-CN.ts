/** Words of this feature that the shell shows on every page (menu, page titles, error and notification texts): loaded with the shell; the rest of `messages.zh-CN.ts` loads with the pages that use it. */
export const microwishShellZhCN = {
  'route.wishes.list': '微心愿',
  'route.wishes.new': '发布微心愿',
  'route.wishes.wish': '微心愿详情',
  'route.wishes.edit': '修改微心愿',
  'route.wishes.counts': '微心愿累计',
  'nav.wishes': '微心愿',
  'nav.wishes.body': '点亮群众“微心愿”：查看待认领和已圆梦的心愿。',
  'nav.wishes.workerBody': '为本村居居民发布心愿，确认送达。',
  'nav.wishes.claimBody': '认领居民的心愿，按约定送达。',
} as const;
