import type { MessageContent } from './outbox.entity.js';

export type MailLocale = 'zh-CN' | 'en';

/** An e-mail ready for the SMTP sender: both parts in one language, and the headers it needs. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  /** The one-click unsubscribe address (List-Unsubscribe), absent for account and security mail. */
  unsubscribeUrl: string | null;
  locale: MailLocale;
}

const WORDS = {
  'zh-CN': {
    greeting: '您好：',
    open: '打开链接',
    footer: '此邮件由月浦人才与科创联盟服务平台自动发送，请勿直接回复。',
    unsubscribe: '不再接收此类邮件',
    unsubscribeNote: '如不想再收到此类邮件，可打开以下链接退订：',
    mustSend: '这是与您账号安全相关的邮件，无法退订。',
  },
  en: {
    greeting: 'Hello,',
    open: 'Open the link',
    footer: 'Sent automatically by Yuepu Hub (月浦人才与科创联盟服务平台); please do not reply to this e-mail.',
    unsubscribe: 'Stop these e-mails',
    unsubscribeNote: 'To stop e-mails of this kind, open:',
    mustSend: 'This e-mail is about your account and its security, so it cannot be turned off.',
  },
} as const;

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** A path in the web app as an absolute address on PUBLIC_URL; absolute addresses are kept as they are. */
export function absoluteLink(publicUrl: string, link: string): string {
  return /^https?:\/\//.test(link) ? link : `${publicUrl}${link.startsWith('/') ? '' : '/'}${link}`;
}

/**
 * Writes a message as an e-mail in one language: a plain-text part and an HTML part with the
 * same words, the link made absolute, and the unsubscribe link in the footer.
 */
export function renderEmail(content: MessageContent, locale: MailLocale, publicUrl: string, unsubscribeUrl: string | null): RenderedEmail {
  const words = WORDS[locale];
  const lang = locale === 'en' ? 'en' : 'zh';
  const title = content.title[lang] || content.title.zh;
  const body = content.body[lang] || content.body.zh;
  const link = content.link ? absoluteLink(publicUrl, content.link) : null;
  const text = [
    words.greeting,
    '',
    body,
    ...(link ? ['', `${words.open}: ${link}`] : []),
    '',
    '--',
    words.footer,
    unsubscribeUrl ? `${words.unsubscribeNote} ${unsubscribeUrl}` : words.mustSend,
  ].join('\n');
  const paragraphs = body.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: -apple-system, 'PingFang SC', 'Microsoft YaHei', Arial, sans-serif; color: #1f2933; line-height: 1.6; max-width: 36rem; margin: 0 auto; padding: 1rem;">
<h1 style="font-size: 1.2rem;">${escapeHtml(title)}</h1>
<p>${escapeHtml(words.greeting)}</p>
${paragraphs}
${link ? `<p><a href="${escapeHtml(link)}" style="display: inline-block; padding: .5rem 1rem; background: #b4232a; color: #fff; text-decoration: none; border-radius: 4px;">${escapeHtml(words.open)}</a></p>\n<p style="font-size: .85rem; color: #52606d;">${escapeHtml(link)}</p>` : ''}
<hr style="border: none; border-top: 1px solid #d9e2ec;">
<p style="font-size: .8rem; color: #52606d;">${escapeHtml(words.footer)}<br>
${unsubscribeUrl ? `<a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(words.unsubscribe)}</a>` : escapeHtml(words.mustSend)}</p>
</body>
</html>`;
  return { subject: title, text, html, unsubscribeUrl, locale };
}
