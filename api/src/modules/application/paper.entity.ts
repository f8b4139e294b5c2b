import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { registerBilingualEnum } from '../../core/graphql/enums.js';
import { Application, ApplicationEvent } from './application.entity.js';

/** The printable documents an application gives, each from one step of its history. */
export enum PaperKind {
  /** 受理回执: from the submission (the talent's own or at the counter). */
  RECEIPT = 'RECEIPT',
  /** 审批决定书: from the approval or rejection, with its reasons. */
  DECISION = 'DECISION',
  /** 资金拨付通知: from the recorded payment. */
  PAYMENT_NOTICE = 'PAYMENT_NOTICE',
}

export const PAPER_KIND_NAMES = {
  RECEIPT: { zh: '受理回执', en: 'Acknowledgement of receipt' },
  DECISION: { zh: '审批决定书', en: 'Decision letter' },
  PAYMENT_NOTICE: { zh: '资金拨付通知', en: 'Payment notice' },
} as const satisfies Record<PaperKind, { zh: string; en: string }>;

registerBilingualEnum(PaperKind, 'PaperKind', '可打印的办理文书 / A printable document of an application', PAPER_KIND_NAMES);

/**
 * The verification token of one printed document: made the first time the document is printed
 * (one per history step, whoever prints it, however often), kept so that the QR code on paper
 * checks out for good. The token is 144 random bits, so it cannot be guessed from a reference or
 * a date, and the public check answers only what is printed here: reference, kind and date.
 */
@Entity({ tableName: 'application_papers' })
export class ApplicationPaper {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 24, unique: true })
  token!: string;

  @ManyToOne(() => Application, { ref: true, deleteRule: 'restrict' })
  application!: Ref<Application>;

  /** The step the document records (the submission, the decision, the payment). */
  @ManyToOne(() => ApplicationEvent, { ref: true, deleteRule: 'restrict', unique: true })
  event!: Ref<ApplicationEvent>;

  @Enum({ items: () => PaperKind, nativeEnumName: 'paper_kind' })
  kind!: PaperKind;

  /** When the step was taken: the document's date. */
  @Property({ type: 'timestamptz' })
  issuedAt!: Date;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
