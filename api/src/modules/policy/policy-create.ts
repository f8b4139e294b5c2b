// A new benefit policy entered by an administrator (issue 17 item 4): the policy, its first text
// version and an empty criteria rule set (where its cap per application is set on /admin/caps).
// The application module adds the online form in the same transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Extensions, Field, InputType } from 'type-graphql';
import { theRow } from '../../core/db/rows.js';
import { FieldErrors, UserErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import { LocalDateScalar } from '../../core/graphql/scalars.js';
import { TextKind } from '../../core/text-limits.js';
import { checkText } from '../../core/validation.js';
import type { AuditService } from '../audit/index.js';
import { User } from '../account/index.js';
import { Policy, PolicyVersion } from './policy.entity.js';
import { PolicyAudience, PolicyCategory, PolicyLevel } from './policy.enums.js';
import { RuleSet, RuleVersion } from './rule.entity.js';
import { NO_APPLICATION_CAP } from './rules/application-cap.js';
import { NO_GRANT_LIMITS } from './rules/grant-limits.js';
import type { PolicyCriteriaRules } from './rules/policy-criteria.js';
import { validateRuleData } from './rules/rule-kinds.js';
import { POLICY_MESSAGES as M } from './policy.messages.js';
import { shanghaiToday } from '../../core/time/shanghai.js';

@InputType({ description: '管理员新增的政策 / A policy an administrator adds' })
export class NewPolicyInput {
  @Field({ description: '稳定的英文代码，用于网址，如 skills-subsidy（小写字母、数字、连字符）/ Stable code used in addresses, e.g. skills-subsidy (lower-case letters, digits, hyphens)' })
  code!: string;

  @Field(() => PolicyCategory, { description: '类别 / Category' })
  category!: PolicyCategory;

  @Field(() => PolicyLevel, { description: '发文层级 / Issuing level' })
  level!: PolicyLevel;

  @Field(() => [PolicyAudience], { description: '面向人群（至少一项）/ Who it is for (at least one)' })
  audiences!: PolicyAudience[];

  @Field({ description: '标题（中文）/ Title (Chinese)' })
  titleZh!: string;

  @Field({ description: '标题（英文）/ Title (English)' })
  titleEn!: string;

  @Field({ description: '摘要（中文）/ Summary (Chinese)' })
  summaryZh!: string;

  @Field({ description: '摘要（英文）/ Summary (English)' })
  summaryEn!: string;

  @Extensions({ textKind: TextKind.TITLE })
  @Field({ description: '发文或主管单位（中文）/ Issuing body (Chinese)' })
  issuingBodyZh!: string;

  @Extensions({ textKind: TextKind.TITLE })
  @Field({ description: '发文或主管单位（英文）/ Issuing body (English)' })
  issuingBodyEn!: string;

  @Field({ description: '法律依据：依据文件名称 / Legal basis: title of the document' })
  legalBasis!: string;

  @Field(() => String, { nullable: true, description: '文号，如 宝人社规〔2022〕8号 / Document number, e.g. 宝人社规〔2022〕8号' })
  documentNumber?: string | null;

  @Extensions({ textKind: TextKind.TITLE })
  @Field(() => String, { nullable: true, description: '来源网址（官方发布页）/ Source address (the official publication)' })
  sourceUrl?: string | null;

  @Field(() => LocalDateScalar, { description: '自此日起施行（今天或以后）/ In force from this date (today or later)' })
  effectiveFrom!: string;
}

export interface NewPolicyFacts {
  /** What the form says, for the policy's texts: the documents and the processing time. */
  documents: LocalisedText;
  processingDays: number;
}

const CODE = /^[a-z][a-z0-9-]{2,48}[a-z0-9]$/;

/** The policy's fields checked, trimmed; field paths under `input.policy`. */
export function checkNewPolicy(errors: FieldErrors, input: NewPolicyInput): NewPolicyInput {
  const at = (name: string) => `input.policy.${name}`;
  const code = input.code.trim();
  if (!CODE.test(code)) errors.addText(at('code'), UserErrorCode.INVALID, M.codeFormat);
  if (input.audiences.length === 0) errors.addText(at('audiences'), UserErrorCode.REQUIRED, M.audienceMissing);
  const today = shanghaiToday();
  if (input.effectiveFrom < today) errors.addText(at('effectiveFrom'), UserErrorCode.OUT_OF_RANGE, M.effectiveFromBeforeToday(today));
  const text = (name: keyof NewPolicyInput, label: LocalisedText, max: number) => checkText(errors, at(name), String(input[name] ?? ''), label, max);
  const optional = (raw: string | null | undefined, name: string, max: number): string | null => {
    const value = (raw ?? '').trim();
    if (value.length > max) errors.addText(at(name), UserErrorCode.TOO_LONG, M.atMostCharacters(max));
    return value || null;
  };
  const sourceUrl = optional(input.sourceUrl, 'sourceUrl', 300);
  if (sourceUrl && !/^(https?:\/\/)?[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i.test(sourceUrl)) {
    errors.addText(at('sourceUrl'), UserErrorCode.INVALID, M.sourceUrlFormat);
  }
  return {
    ...input,
    code,
    audiences: [...new Set(input.audiences)],
    titleZh: text('titleZh', M.policyTitleZh, 200),
    titleEn: text('titleEn', M.policyTitleEn, 200),
    summaryZh: text('summaryZh', M.policySummaryZh, 2000),
    summaryEn: text('summaryEn', M.policySummaryEn, 2000),
    issuingBodyZh: text('issuingBodyZh', M.issuingBodyZh, 200),
    issuingBodyEn: text('issuingBodyEn', M.issuingBodyEn, 200),
    legalBasis: text('legalBasis', M.legalDocument, 300),
    documentNumber: optional(input.documentNumber, 'documentNumber', 100),
    sourceUrl: sourceUrl?.replace(/^https?:\/\//i, '') ?? null,
  };
}

/** Whether a policy or rule set already uses the code (they share codes in the catalogue). */
export async function policyCodeTaken(em: EntityManager, code: string): Promise<boolean> {
  return (await em.count(Policy, { code })) + (await em.count(RuleSet, { code })) > 0;
}

/**
 * Writes the policy, its version 1 and its criteria rule set (version 1 from today: nothing
 * configured, no cap, so a money policy takes no applications until its cap is set), with an
 * audit entry, in `em`'s transaction. `input` has passed `checkNewPolicy`.
 */
export async function createPolicyRecords(em: EntityManager, audit: AuditService, actorId: string, input: NewPolicyInput, facts: NewPolicyFacts): Promise<Policy> {
  const actor = await em.findOneOrFail(User, { id: actorId });
  const { next } = theRow(await em.execute<{ next: number }[]>(`select coalesce(max(sort_order), 0) + 10 as next from policies`), 'next policy sort order');
  const policy = em.create(Policy, {
    code: input.code, category: input.category, level: input.level, audiences: input.audiences, eligibilityKind: 'CRITERIA', sortOrder: next,
  });
  const seeSummary = { zh: '见摘要；审核人员按申请材料核实。', en: 'See the summary; reviewers check the application and its documents.' };
  em.create(PolicyVersion, {
    policy, version: 1, effectiveFrom: input.effectiveFrom, documentEffectiveOn: null, effectiveTo: null,
    titleZh: input.titleZh, titleEn: input.titleEn, summaryZh: input.summaryZh, summaryEn: input.summaryEn,
    benefitsZh: seeSummary.zh, benefitsEn: seeSummary.en, eligibilityZh: seeSummary.zh, eligibilityEn: seeSummary.en,
    documentsZh: facts.documents.zh, documentsEn: facts.documents.en,
    processZh: '在线申请：填写申请表、上传材料并提交；单位人事确认在职后，由镇审核人员审核。',
    processEn: 'Apply online: answer the form, upload the documents and submit; once your employer\'s HR confirm your employment, town reviewers decide.',
    processingTimeZh: `${facts.processingDays} 个自然日（平台服务时限）`, processingTimeEn: `${facts.processingDays} calendar days (the platform's service target)`,
    issuingBodyZh: input.issuingBodyZh, issuingBodyEn: input.issuingBodyEn,
    documentTitle: input.legalBasis, documentNumber: input.documentNumber ?? null,
    verificationNoteZh: '由管理员依据正式文件录入。', verificationNoteEn: 'Entered by an administrator from the official document.',
    sources: [{ title: input.legalBasis, url: input.sourceUrl ?? null, confidence: 'V-1', note: '管理员录入 / Entered by an administrator' }],
    lastVerifiedOn: shanghaiToday(), keywords: '',
    changeNoteZh: '首版：由管理员新增。', changeNoteEn: 'First version, added by an administrator.',
    createdBy: actor,
  });
  const criteria: PolicyCriteriaRules = {
    configured: false,
    notConfiguredReason: {
      zh: '本政策未配置自动资格检查，由镇审核人员按申请材料审核',
      en: 'No automatic eligibility check is configured for this policy: town reviewers check each application and its documents',
    },
    legalBasis: input.legalBasis,
    criteria: [],
    benefits: [],
    grantLimits: NO_GRANT_LIMITS,
    applicationCap: NO_APPLICATION_CAP,
    provenance: [{ tag: 'INF', note: 'Added by an administrator with the policy; conditions not configured.' }],
  };
  const problems = validateRuleData('ELIGIBILITY_CRITERIA', criteria);
  if (problems.length > 0) throw new Error(`new policy criteria: ${problems.map((p) => p.path).join(', ')}`);
  const ruleSet = em.create(RuleSet, {
    code: input.code, kind: 'ELIGIBILITY_CRITERIA', policy,
    nameZh: `${input.titleZh}：条件和金额上限`, nameEn: `${input.titleEn}: conditions and cap`,
  });
  em.create(RuleVersion, {
    ruleSet, version: 1, effectiveFrom: shanghaiToday(), data: criteria, legalBasis: input.legalBasis,
    noteZh: '首版：随政策新增，条件和金额上限待配置。', noteEn: 'First version, added with the policy; conditions and cap not configured.', createdBy: actor,
  });
  audit.record(em, actorId, 'POLICY_CREATED', 'Policy', policy.id,
    M.policyCreated(actor.displayName, input),
    [{ path: 'code', from: null, to: input.code }, { path: 'titleZh', from: null, to: input.titleZh }, { path: 'titleEn', from: null, to: input.titleEn }, { path: 'effectiveFrom', from: null, to: input.effectiveFrom }, { path: 'legalBasis', from: null, to: input.legalBasis }]);
  return policy;
}
