import express from 'express';
import type { HttpRoute } from '../../context.js';
import { CATEGORY_NAMES } from './message-categories.js';
import { applyUnsubscribe, linkSecret, readUnsubscribeToken } from './unsubscribe.js';

const PAGE = {
  'zh-CN': {
    title: '退订邮件',
    ask: (what: string) => `不再通过电子邮件接收"${what}"类消息？站内通知不受影响，您可随时在"通知设置"中重新开启。`,
    button: '确认退订',
    done: (what: string) => `已退订：您不会再收到"${what}"类邮件。可在"通知设置"中重新开启。`,
    invalid: '退订链接无效。请使用邮件中的完整链接，或登录后在"通知设置"中修改。',
    settings: '通知设置',
  },
  en: {
    title: 'Unsubscribe',
    ask: (what: string) => `Stop e-mails about "${what}"? Your in-app inbox is not affected, and you can turn them on again in notification settings.`,
    button: 'Unsubscribe',
    done: (what: string) => `Unsubscribed: you will get no more e-mails about "${what}". You can turn them on again in notification settings.`,
    invalid: 'This unsubscribe link is not valid. Use the whole link from the e-mail, or sign in and change your notification settings.',
    settings: 'Notification settings',
  },
} as const;

function page(locale: 'zh-CN' | 'en', title: string, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font-family:-apple-system,'PingFang SC','Microsoft YaHei',Arial,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1f2933}button{font-size:1rem;padding:.5rem 1.2rem}</style></head>
<body><h1>${title}</h1>${body}</body></html>`;
}

/**
 * `/mail/unsubscribe?token=…`: the link in every e-mail's footer and List-Unsubscribe header.
 * GET only asks (mail scanners open links on their own; they must not unsubscribe anyone); POST
 * turns the kind of message off for e-mail, either from that page or straight from a mail client
 * (RFC 8058 one-click, body `List-Unsubscribe=One-Click`). The token is signed, so it needs no
 * session and nobody can unsubscribe someone else (a signed-in viewer plays no part).
 */
export function notificationRoutes(route: HttpRoute): express.Router {
  const router = express.Router();
  const handle = (apply: boolean) => route(async ({ req, ctx, page: send }) => {
    const grant = readUnsubscribeToken(await linkSecret(ctx.em, ctx.config), req.query.token);
    const [person] = grant ? await ctx.em.execute<{ locale: 'zh-CN' | 'en' }[]>('select locale from users where id = ?', [grant.userId]) : [];
    const locale = person?.locale ?? ctx.locale;
    const words = PAGE[locale];
    if (!grant || !person) {
      send(page(locale, words.title, `<p>${words.invalid}</p>`), 400);
      return;
    }
    const what = CATEGORY_NAMES[grant.category][locale === 'en' ? 'en' : 'zh'];
    if (!apply) {
      send(page(locale, words.title, `<p>${words.ask(what)}</p><form method="post"><button type="submit">${words.button}</button></form>`));
      return;
    }
    await applyUnsubscribe(ctx.em, grant);
    send(page(locale, words.title, `<p>${words.done(what)}</p><p><a href="/settings/notifications">${words.settings}</a></p>`));
  });
  router.get('/mail/unsubscribe', handle(false));
  router.post('/mail/unsubscribe', handle(true));
  return router;
}
