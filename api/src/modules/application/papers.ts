import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { Role } from '../../core/auth/role.js';
import { theRow } from '../../core/db/rows.js';
import { DomainError, type LocalisedText } from '../../core/errors/domain-error.js';
import { yuanText } from '../../core/money.js';
import { shanghaiDay } from '../../core/time/shanghai.js';
import { policyVersionsInForce } from '../policy/index.js';
import { ApplicationAction as A } from './application-status.js';
import { Application } from './application.entity.js';
import { ApplicationService } from './application.service.js';
import { PAPER_KIND_NAMES, PaperKind } from './paper.entity.js';

/**
 * The printable documents of an application (issue 17 item 6): 受理回执 from the submission,
 * 审批决定书 from the decision, 资金拨付通知 from the payment. Their words are made here, in
 * Chinese and English both (an official paper shows the Chinese, with the English beside it for
 * a reader who chose English), so every client prints the same document.
 */

/** Which history steps a kind of document records; the latest one counts (a case has at most one of each). */
const STEPS: Record<PaperKind, readonly A[]> = {
  RECEIPT: [A.SUBMIT, A.SUBMIT_FOR_WALK_IN],
  DECISION: [A.APPROVE, A.REJECT],
  PAYMENT_NOTICE: [A.DISBURSE],
};

const ISSUER: LocalisedText = { zh: '宝山区月浦镇人才服务窗口', en: 'Talent services office, Yuepu Town, Baoshan District' };

export interface PaperFact {
  label: LocalisedText;
  value: LocalisedText;
}

export interface Paper {
  kind: PaperKind;
  title: LocalisedText;
  reference: string;
  issuedAt: Date;
  issuedOn: string;
  issuer: LocalisedText;
  facts: PaperFact[];
  body: LocalisedText[];
  verificationToken: string;
}

/** What the public check says of a genuine document: nothing about the person. */
export interface PaperCheck {
  reference: string;
  kind: PaperKind;
  issuedOn: string;
}

interface StepRow {
  id: string;
  action: A;
  reason: string | null;
  at: string;
  actor_name: string | null;
}

/** 144 random bits, URL-safe: 24 characters. */
const TOKEN = /^[A-Za-z0-9_-]{24}$/;

const same = (text: string): LocalisedText => ({ zh: text, en: text });

export class ApplicationPapers {
  constructor(private readonly em: EntityManager) {}

  /**
   * The document of `kind` for an application the viewer may see (its applicant, HR of its
   * employer, reviewers), or any administrator's; another's answers "not found", as a missing one
   * does. Null while the step it records has not been taken (no decision yet, nothing paid).
   */
  async paper(viewer: Viewer, applicationId: string, kind: PaperKind): Promise<Paper | null> {
    const app = await this.em.findOne(Application, { id: applicationId });
    if (!app || !(ApplicationService.canSee(viewer, app) || viewer.role === Role.ADMIN)) throw DomainError.notFound({ zh: '申请', en: 'application' });
    const [step] = await this.em.execute<StepRow[]>(
      `select e.id, e.action, e.reason, e.at, u.display_name as actor_name from application_events e left join users u on u.id = e.actor_id
        where e.application_id = ? and e.action = any(?::text[]) order by e.at desc, e.id desc limit 1`,
      [app.id, `{${STEPS[kind].join(',')}}`],
    );
    if (!step) return null;
    const issuedAt = new Date(step.at);
    const issuedOn = shanghaiDay(issuedAt);
    const token = await this.tokenFor(app.id, step.id, kind, issuedAt);
    const person = theRow(await this.em.execute<{ name: string; processing_days: number; filed_by: string | null }[]>(
      `select coalesce(tp.legal_name, u.display_name) as name, f.processing_days, fb.display_name as filed_by
         from applications a join users u on u.id = a.applicant_id left join talent_profiles tp on tp.user_id = a.applicant_id
         join application_forms f on f.policy_id = a.policy_id left join users fb on fb.id = a.filed_by_id where a.id = ?`,
      [app.id],
    ), 'the applicant and form of an application');
    const [version] = await policyVersionsInForce(this.em, [app.policy.id], issuedOn);
    const policy: LocalisedText = version ? { zh: version.titleZh, en: version.titleEn } : same('—');
    const facts: PaperFact[] = [
      { label: { zh: '受理编号', en: 'Reference' }, value: same(app.reference) },
      { label: { zh: '申请人', en: 'Applicant' }, value: same(person.name) },
      { label: { zh: '申请事项', en: 'Applied for' }, value: policy },
    ];
    const body: LocalisedText[] = [];
    switch (kind) {
      case PaperKind.RECEIPT:
        if (app.requestedAmountYuan != null) facts.push({ label: { zh: '申请金额', en: 'Amount applied for' }, value: yuanText(app.requestedAmountYuan) });
        facts.push({ label: { zh: '受理日期', en: 'Received on' }, value: same(issuedOn) });
        if (step.action === A.SUBMIT_FOR_WALK_IN && person.filed_by) facts.push({ label: { zh: '窗口代办人', en: 'Filed at the counter by' }, value: same(person.filed_by) });
        body.push(
          { zh: `您的申请已受理。我们将在 ${person.processing_days} 天内办理，请凭受理编号查询进度。`, en: `Your application has been received. We will process it within ${person.processing_days} days; quote the reference to ask how it stands.` },
        );
        break;
      case PaperKind.DECISION: {
        const approved = step.action === A.APPROVE;
        facts.push({ label: { zh: '审批决定', en: 'Decision' }, value: approved ? { zh: '批准', en: 'Approved' } : { zh: '不予批准', en: 'Not approved' } });
        if (approved && app.approvedAmountYuan != null) facts.push({ label: { zh: '批准金额', en: 'Amount approved' }, value: yuanText(app.approvedAmountYuan) });
        facts.push({ label: { zh: '决定日期', en: 'Decided on' }, value: same(issuedOn) });
        facts.push({ label: { zh: '理由', en: 'Reasons' }, value: step.reason ? same(step.reason) : approved ? { zh: '符合政策规定的条件。', en: 'The policy\'s conditions are met.' } : same('—') });
        body.push(approved
          ? { zh: '经审核，您的申请符合政策规定，决定予以批准。', en: 'Having reviewed your application, we find that it meets the policy\'s conditions and approve it.' }
          : { zh: '经审核，您的申请不符合政策规定，决定不予批准，理由见上。如有疑问，请凭受理编号联系月浦镇人才服务窗口。', en: 'Having reviewed your application, we find that it does not meet the policy\'s conditions and do not approve it, for the reasons above. For questions, contact the Yuepu Town talent office quoting the reference.' });
        break;
      }
      case PaperKind.PAYMENT_NOTICE:
        if (app.approvedAmountYuan != null) facts.push({ label: { zh: '拨付金额', en: 'Amount paid' }, value: yuanText(app.approvedAmountYuan) });
        if (app.paymentReference) facts.push({ label: { zh: '银行流水号', en: 'Bank transfer number' }, value: same(app.paymentReference) });
        facts.push({ label: { zh: '拨付日期', en: 'Paid on' }, value: same(issuedOn) });
        body.push({ zh: '批准的资金已拨付至您登记的银行账户，请注意查收。', en: 'The approved amount has been paid to your registered bank account.' });
        break;
    }
    return { kind, title: PAPER_KIND_NAMES[kind], reference: app.reference, issuedAt, issuedOn, issuer: ISSUER, facts, body, verificationToken: token };
  }

  /** The public check of a QR code: the document's reference, kind and date, or null for a token we never issued. */
  async check(token: string): Promise<PaperCheck | null> {
    if (!TOKEN.test(token)) return null;
    const [row] = await this.em.execute<{ reference: string; kind: PaperKind; issued_at: string }[]>(
      `select a.reference, p.kind, p.issued_at from application_papers p join applications a on a.id = p.application_id where p.token = ?`, [token]);
    return row ? { reference: row.reference, kind: row.kind, issuedOn: shanghaiDay(new Date(row.issued_at)) } : null;
  }

  /** The token of the document recording this step: made once, on its first printing (a second printing at the same moment gets the same). */
  private async tokenFor(applicationId: string, eventId: string, kind: PaperKind, issuedAt: Date): Promise<string> {
    await this.em.execute(
      `insert into application_papers (id, token, application_id, event_id, kind, issued_at) values (gen_random_uuid(), ?, ?, ?, ?, ?) on conflict (event_id) do nothing`,
      [randomBytes(18).toString('base64url'), applicationId, eventId, kind, issuedAt],
    );
    return theRow(await this.em.execute<{ token: string }[]>(`select token from application_papers where event_id = ?`, [eventId]), 'the token of a printed document').token;
  }
}
