// Application forms as data (issue 17 items 1 and 4): an administrator adds a benefit policy with
// its online form, and edits a form, each change a new version recorded in the audit log.
// Applications already filed keep the version they were filed under.
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, InputType, Int } from 'type-graphql';
import type { Viewer } from '../../core/auth/viewer.js';
import { Role } from '../../core/auth/role.js';
import { DomainError, FieldErrors, UserErrorCode, UserInputErrors } from '../../core/errors/domain-error.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import type { AuditChange, AuditService } from '../audit/index.js';
import { User } from '../account/index.js';
import { DOCUMENT_KIND_NAMES } from '../document/index.js';
import { checkNewPolicy, createPolicyRecords, NewPolicyInput, policyCodeTaken } from '../policy/index.js';
import { ApplicationForm, ApplicationFormVersion, BenefitKind, ChecklistItem } from './application-form.entity.js';
import { checkQuestionDefinitions, FormQuestionInput, type StoredQuestion } from './form-question.js';
import { APPLICATION_MESSAGES as M } from './application.messages.js';

@InputType({ description: '申请表的内容：问题、材料清单、办理时限 / What a form holds: questions, document checklist, processing time' })
export class ApplicationFormInput {
  @Field(() => [FormQuestionInput], { description: '问题，按显示顺序 / Questions, in the order shown' })
  questions!: FormQuestionInput[];

  @Field(() => [ChecklistItem], { description: '材料清单 / Document checklist' })
  checklist!: ChecklistItem[];

  @Field(() => Int, { description: '办理时限（自然日，1–365）/ Processing time in calendar days (1–365)' })
  processingDays!: number;

  @Field(() => Boolean, { nullable: true, description: '单位可推荐员工申请；省略为否（新增时）或不变（修改时）/ The employer may nominate staff; omitted: no (new) or unchanged (edit)' })
  employerNominates?: boolean | null;
}

@InputType({ description: '新增政策及其在线申请表 / A new policy with its online application form' })
export class CreateBenefitPolicyInput {
  @Field(() => NewPolicyInput, { description: '政策 / The policy' })
  policy!: NewPolicyInput;

  @Field(() => BenefitKind, { description: '批准后得到什么（新增后不可改）/ What an approved application gives (fixed once added)' })
  benefit!: BenefitKind;

  @Field(() => ApplicationFormInput, { description: '申请表 / The application form' })
  form!: ApplicationFormInput;
}

@InputType({ description: '修改申请表（保存为新版本）/ A change to an application form (saved as a new version)' })
export class SaveApplicationFormInput {
  @Field(() => UUIDScalar, { description: '政策编号 / Policy id' })
  policyId!: string;

  @Field(() => Int, { description: '编辑时看到的版本；他人已先保存则提示冲突 / The version being edited; if someone saved first you get a conflict' })
  expectedVersion!: number;

  @Field(() => ApplicationFormInput, { description: '新的内容 / The new content' })
  form!: ApplicationFormInput;
}

/** What one version of a form holds. */
export interface FormContent {
  questions: StoredQuestion[];
  checklist: ChecklistItem[];
  processingDays: number;
  employerNominates: boolean;
}

const MAX_CHECKLIST = 20;

export function checkProcessingDays(errors: FieldErrors, field: string, days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > 365) errors.addText(field, UserErrorCode.OUT_OF_RANGE, M.processingDaysRange);
}

/** A form's content checked; field paths under `input.form`. */
export function checkFormContent(errors: FieldErrors, input: ApplicationFormInput, employerNominates: boolean): FormContent {
  const questions = checkQuestionDefinitions(errors, 'input.form.questions', input.questions);
  if (input.checklist.length > MAX_CHECKLIST) errors.addText('input.form.checklist', UserErrorCode.TOO_LONG, M.tooManyChecklistItems(MAX_CHECKLIST));
  const kinds = new Set<string>();
  input.checklist.forEach((item, i) => {
    if (kinds.has(item.kind)) errors.addText(`input.form.checklist.${i}.kind`, UserErrorCode.DUPLICATE, M.checklistKindTwice);
    kinds.add(item.kind);
  });
  checkProcessingDays(errors, 'input.form.processingDays', input.processingDays);
  return {
    questions,
    checklist: input.checklist.map((c) => ({ kind: c.kind, required: c.required })),
    processingDays: input.processingDays,
    employerNominates: input.employerNominates ?? employerNominates,
  };
}

// jsonb keeps keys in its own order, so stored and new content compare field by field.
const sameQuestion = (a: StoredQuestion, b: StoredQuestion) => JSON.stringify(questionTuple(a)) === JSON.stringify(questionTuple(b));
const questionTuple = (q: StoredQuestion) =>
  [q.key, q.kind, q.labelZh, q.labelEn, q.helpZh, q.helpEn, q.required, q.options?.map((o) => [o.value, o.labelZh, o.labelEn]) ?? null, q.min, q.max];
const checklistTuple = (items: ChecklistItem[] | undefined) => JSON.stringify(items?.map((c) => [c.kind, c.required]) ?? null);

/** What changed between two versions, for the audit log. */
function formChanges(before: FormContent | null, after: FormContent): AuditChange[] {
  const changes: AuditChange[] = [];
  const byKey = (qs: StoredQuestion[]) => new Map(qs.map((q) => [q.key, q]));
  const old = byKey(before?.questions ?? []);
  const now = byKey(after.questions);
  for (const [key, q] of now) {
    const was = old.get(key);
    if (!was) changes.push({ path: `questions.${key}`, from: null, to: q });
    else if (!sameQuestion(was, q)) changes.push({ path: `questions.${key}`, from: was, to: q });
  }
  for (const [key, q] of old) if (!now.has(key)) changes.push({ path: `questions.${key}`, from: q, to: null });
  if (JSON.stringify(before?.questions.map((q) => q.key)) !== JSON.stringify(after.questions.map((q) => q.key)) && before) {
    changes.push({ path: 'questions(order)', from: before.questions.map((q) => q.key), to: after.questions.map((q) => q.key) });
  }
  if (checklistTuple(before?.checklist) !== checklistTuple(after.checklist)) changes.push({ path: 'checklist', from: before?.checklist ?? null, to: after.checklist });
  if (before?.processingDays !== after.processingDays) changes.push({ path: 'processingDays', from: before?.processingDays ?? null, to: after.processingDays });
  if ((before?.employerNominates ?? false) !== after.employerNominates) changes.push({ path: 'employerNominates', from: before?.employerNominates ?? null, to: after.employerNominates });
  return changes;
}

const contentOf = (form: ApplicationForm): FormContent => ({
  questions: form.questions, checklist: form.checklist, processingDays: form.processingDays, employerNominates: form.employerNominates,
});

/**
 * Makes `content` the form's next version (the form row is locked by the caller): the form row
 * takes it as the version in force, the version row keeps it for good, and the audit log records
 * who changed what. Returns the changes (none: nothing was written).
 */
export function writeFormVersion(tx: EntityManager, audit: AuditService, form: ApplicationForm, content: FormContent, actorId: string, first = false): AuditChange[] {
  const changes = formChanges(first ? null : contentOf(form), content);
  if (!first && changes.length === 0) return changes;
  if (!first) form.version += 1;
  Object.assign(form, content);
  tx.create(ApplicationFormVersion, { form, version: form.version, benefit: form.benefit, ...content, createdBy: tx.getReference(User, actorId) });
  const questions = content.questions.length;
  audit.record(tx, actorId, first ? 'APPLICATION_FORM_CREATED' : 'APPLICATION_FORM_VERSION_CREATED', 'ApplicationForm', form.id,
    M.formVersionAudit(form.version, questions, content.checklist.length, content.processingDays),
    [{ path: '(version)', from: first ? null : form.version - 1, to: form.version }, ...changes]);
  return changes;
}

const conflict = () => new UserInputErrors([{ field: 'input.expectedVersion', code: UserErrorCode.CONFLICT, message: M.formVersionSavedMeanwhile }]);

const codeTaken = () => new UserInputErrors([{ field: 'input.policy.code', code: UserErrorCode.DUPLICATE, message: M.codeTaken }]);

export class ApplicationFormService {
  constructor(private readonly em: EntityManager, private readonly audit: AuditService) {}

  /** ADMIN adds a policy (its text, legal basis, criteria rule set without a cap) with its online form, version 1. */
  async createBenefitPolicy(viewer: Viewer, input: CreateBenefitPolicyInput): Promise<ApplicationForm> {
    if (viewer.role !== Role.ADMIN) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const policyInput = checkNewPolicy(errors, input.policy);
    const content = checkFormContent(errors, input.form, false);
    errors.throwIfAny();
    if (await policyCodeTaken(this.em, policyInput.code)) throw codeTaken();
    const documents = M.documentsToFile(content.checklist.map((c) => ({ kind: DOCUMENT_KIND_NAMES[c.kind], required: c.required })));
    try {
      return await this.em.transactional(async (tx) => {
        const policy = await createPolicyRecords(tx, this.audit, viewer.userId, policyInput, { documents, processingDays: content.processingDays });
        const form = tx.create(ApplicationForm, { policy, benefit: input.benefit, ...content, version: 1 });
        writeFormVersion(tx, this.audit, form, content, viewer.userId, true);
        return form;
      });
    } catch (error) {
      // Two administrators adding the same code at once: the unique index lets one through.
      if (error instanceof UniqueConstraintViolationException) throw codeTaken();
      throw error;
    }
  }

  /** ADMIN saves a form as its next version; `expectedVersion` must be the version in force. */
  async saveForm(viewer: Viewer, input: SaveApplicationFormInput): Promise<ApplicationForm> {
    if (viewer.role !== Role.ADMIN) throw DomainError.forbidden();
    return this.em.transactional(async (tx) => {
      // The row lock makes two administrators' saves one after the other: the second sees the new version.
      const form = await tx.findOne(ApplicationForm, { policy: input.policyId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!form) throw DomainError.notFound(M.applicationForm);
      const errors = new FieldErrors();
      const content = checkFormContent(errors, input.form, form.employerNominates);
      errors.throwIfAny();
      if (input.expectedVersion !== form.version) throw conflict();
      const changes = writeFormVersion(tx, this.audit, form, content, viewer.userId);
      if (changes.length === 0) {
        throw new UserInputErrors([{ field: 'input.form', code: UserErrorCode.INVALID, message: M.formUnchanged }]);
      }
      return form;
    });
  }
}

/** The form as an application filed under `version` sees it (the processing time is the one in force). */
export function formAtVersion(head: ApplicationForm, version: Pick<ApplicationFormVersion, 'version' | 'benefit' | 'questions' | 'checklist' | 'employerNominates'>): ApplicationForm {
  if (version.version === head.version) return head;
  return Object.assign(Object.create(ApplicationForm.prototype) as ApplicationForm, {
    id: head.id, policy: head.policy, processingDays: head.processingDays, updatedAt: head.updatedAt,
    version: version.version, benefit: version.benefit, questions: version.questions, checklist: version.checklist, employerNominates: version.employerNominates,
  });
}
