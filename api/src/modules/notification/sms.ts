import { createHmac, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { PermanentFailure } from './delivery-errors.js';
import { absoluteLink } from './email.templates.js';
import type { MessageSender, OutgoingMessage } from './outbox.dispatcher.js';
import type { MessageContent } from './outbox.entity.js';

/**
 * Length rules of Chinese text messages. A message in GSM 7-bit characters (plain Latin text)
 * fits 160 characters, or 153 per part once split; anything else (Chinese) is sent as UCS-2:
 * 70 characters in one message, 67 per part when concatenated (the rest of each part carries
 * the header that joins them). Characters outside the BMP (emoji) take two UCS-2 units.
 */
const GSM7 = /^[A-Za-z0-9 \r\n@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#¤%&'()*+,\-./:;<=>?¡ÄÖÑÜ§¿äöñüà^{}\\[~\]|€]*$/;
const GSM7_EXTENDED = /[\^{}\\[~\]|€]/g;

export interface SmsLength {
  encoding: 'GSM7' | 'UCS2';
  /** Characters as the network counts them (UTF-16 units for UCS-2; extended GSM characters count 2). */
  units: number;
  segments: number;
}

export function smsLength(text: string): SmsLength {
  if (GSM7.test(text)) {
    const units = text.length + (text.match(GSM7_EXTENDED)?.length ?? 0);
    return { encoding: 'GSM7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  const units = text.length; // JS strings are UTF-16: a surrogate pair is already two units.
  return { encoding: 'UCS2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/** At most this many parts per message: a long notification is cut to fit, with its link kept. */
export const MAX_SMS_SEGMENTS = 3;

/**
 * The text message for a notification in one language: the signature the carrier requires
 * (【…】), the title, the body cut to fit `MAX_SMS_SEGMENTS` parts, and the absolute link.
 */
export function smsText(content: MessageContent, locale: 'zh-CN' | 'en', signName: string, publicUrl: string): string {
  const lang = locale === 'en' ? 'en' : 'zh';
  const title = content.title[lang] || content.title.zh;
  const body = (content.body[lang] || content.body.zh).replace(/\s+/g, ' ').trim();
  const link = content.link ? ` ${absoluteLink(publicUrl, content.link)}` : '';
  const head = `【${signName}】${title}${lang === 'zh' ? '：' : ': '}`;
  const full = `${head}${body}${link}`;
  const limitOf = (text: string) => (smsLength(text).encoding === 'GSM7' ? 153 : 67) * MAX_SMS_SEGMENTS;
  if (smsLength(full).units <= limitOf(full)) return full;
  const ellipsis = '…';
  // Cut the body (by code points, never inside a surrogate pair) until the whole fits.
  const chars = Array.from(body);
  let keep = chars.length;
  while (keep > 0) {
    const text = `${head}${chars.slice(0, keep).join('')}${ellipsis}${link}`;
    if (smsLength(text).units <= limitOf(text)) return text;
    keep -= 1;
  }
  return `${head}${ellipsis}${link}`;
}

export interface SmsGatewayConfig {
  url: string;
  apiKey: string;
  secret: string;
  signName: string;
}

/** The gateway's JSON answer, as far as it is read: `code` 'OK' when sent, `message` in words. */
const GatewayAnswer = z.object({ code: z.unknown(), message: z.unknown() });
type GatewayAnswer = z.infer<typeof GatewayAnswer>;

/**
 * A JSON-over-HTTPS SMS gateway with signed requests, in the style of the common Chinese
 * providers' HTTP APIs (Tencent Cloud SMS / Aliyun Dysms sign each request with an HMAC of its
 * timestamp, nonce and body; this is the generic form of that): POST {to, content, signName,
 * segments, requestId} with headers X-Api-Key, X-Timestamp (Unix seconds), X-Nonce and
 * X-Signature = hex HMAC-SHA256(secret, timestamp + "\n" + nonce + "\n" + body). The gateway
 * answers `{ "code": "OK", "messageId": … }`. 2xx with another code, and 4xx other than 429,
 * are final (a bad number, a refused text); 429 and 5xx are tried again. The outbox id goes as
 * requestId, so a retried send can be recognised by the gateway.
 */
export class HttpSmsSender implements MessageSender {
  constructor(private readonly config: SmsGatewayConfig, private readonly timeoutMs = 10_000) {}

  async send(message: OutgoingMessage): Promise<void> {
    const content = message.sms ?? message.body;
    const body = JSON.stringify({ to: message.address, content, signName: this.config.signName, segments: smsLength(content).segments, requestId: message.id });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomUUID();
    const signature = createHmac('sha256', this.config.secret).update(`${timestamp}\n${nonce}\n${body}`).digest('hex');
    let res: Response;
    try {
      res = await fetch(this.config.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': this.config.apiKey, 'x-timestamp': timestamp, 'x-nonce': nonce, 'x-signature': signature },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new Error(`SMS gateway unreachable: ${error instanceof Error ? error.name : typeof error}`);
    }
    const text = await res.text().catch(() => '');
    let answer: GatewayAnswer = {};
    try {
      answer = GatewayAnswer.safeParse(JSON.parse(text)).data ?? {};
    } catch { /* not JSON: judged by the status alone */ }
    // The gateway's words, never the number (gateways echo it back).
    const said = `SMS gateway HTTP ${res.status}${answer.code !== undefined ? ` ${String(answer.code).slice(0, 40)}` : ''}${typeof answer.message === 'string' ? `: ${answer.message.replace(/\+?\d[\d\s-]{6,}\d/g, '<number>').slice(0, 200)}` : ''}`;
    if (res.status === 429 || res.status >= 500) throw new Error(said);
    if (res.status >= 400 || answer.code !== 'OK') throw new PermanentFailure(said);
  }
}
