import type Nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { SmtpConfig } from '../../core/config.js';
import { loadPackage } from '../../core/lazy-package.js';
import { thrownCode, thrownField } from '../../core/errors/thrown.js';
import { renderEmail } from './email.templates.js';
import { PermanentFailure } from './delivery-errors.js';
import type { MessageSender, OutgoingMessage } from './outbox.dispatcher.js';

/**
 * E-mail through an SMTP relay (nodemailer). A relay's 5xx answer (no such mailbox, refused
 * address) cannot get better by waiting: it becomes a dead letter at once. A 4xx answer, a lost
 * connection, a timeout or a refused sign-in (an operator can fix the credentials) is tried again
 * with the job engine's back-off.
 */
export class SmtpSender implements MessageSender {
  // nodemailer (about 2 MB of heap for the life of the process) is loaded with the first message,
  // not at start-up: an instance that serves the API only never sends mail (issue 13: memory).
  // Kept only once made: a load that failed is tried again with the next message.
  private transport: Transporter | undefined;

  constructor(private readonly config: SmtpConfig, private readonly from: string) {}

  private transporter(): Transporter {
    this.transport ??= (loadPackage('nodemailer') as typeof Nodemailer).createTransport(this.config.url ?? {
      host: this.config.host,
      port: this.config.port,
      secure: this.config.secure,
      auth: this.config.auth ?? undefined,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
    return this.transport;
  }

  async send(message: OutgoingMessage): Promise<void> {
    const email = message.email ?? renderEmail({ title: { zh: message.subject, en: message.subject }, body: { zh: message.body, en: message.body } }, 'zh-CN', '', null);
    const headers: Record<string, string> = {
      'Content-Language': email.locale,
      // Tells auto-responders and mail filters this is automatic mail (RFC 3834).
      'Auto-Submitted': 'auto-generated',
      'X-Outbox-Id': message.id,
    };
    if (email.unsubscribeUrl) {
      headers['List-Unsubscribe'] = `<${email.unsubscribeUrl}>`;
      // RFC 8058 one-click: the mail client POSTs to the link itself, no page to visit.
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    try {
      await this.transporter().sendMail({ from: this.from, to: message.address, subject: email.subject, text: email.text, html: email.html, headers });
    } catch (error) {
      throw classifySmtpError(error);
    }
  }
}

/** The relay's SMTP reply code (550, 421, …) that nodemailer puts on its errors. */
function responseCodeOf(error: unknown): number | undefined {
  const code = thrownField(error, 'responseCode');
  return typeof code === 'number' ? code : undefined;
}

/** The relay's answer without the recipient's address in it (relays often quote it), for the outbox's last error. */
function describe(error: unknown): string {
  const response = thrownField(error, 'response');
  const message = thrownField(error, 'message');
  const text = typeof response === 'string' ? response : typeof message === 'string' ? message : String(error);
  return `SMTP ${responseCodeOf(error) ?? thrownCode(error) ?? 'error'}: ${text.replace(/[^\s<>@"]+@[^\s<>"]+/g, '<address>')}`.slice(0, 500);
}

export function classifySmtpError(error: unknown): Error {
  const code = thrownCode(error);
  const responseCode = responseCodeOf(error);
  // A refused sign-in is the operator's configuration, not the message: retried until it is fixed.
  if (code === 'EAUTH') return new Error(describe(error));
  const permanent = (responseCode !== undefined && responseCode >= 500 && responseCode < 600)
    // nodemailer's own refusals of the message or envelope (an address it cannot use) before anything is sent.
    || (responseCode === undefined && (code === 'EENVELOPE' || code === 'EMESSAGE'));
  return permanent ? new PermanentFailure(describe(error)) : new Error(describe(error));
}
