import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, oneUserError, UserErrorCode } from '../../core/errors/domain-error.js';
import { theRow } from '../../core/db/rows.js';
import { containsPattern } from '../../core/db/like.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { checkText } from '../../core/validation.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import type { AuditChange, AuditService } from '../audit/index.js';
import { Policy, PolicyVersion } from './policy.entity.js';
import type { CreatePolicyVersionInput, PolicySearchFilter } from './policy.inputs.js';
import type { policyLoaders } from './policy.loaders.js';
import { checkSources } from './policy-sources.js';
import { POLICY_MESSAGES as M } from './policy.messages.js';
import { shanghaiToday } from '../../core/time/shanghai.js';

type Loaders = ReturnType<typeof policyLoaders>;

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 50;

/** Search words: lower-cased, split on spaces and punctuation (Chinese and Western), de-duplicated. */
export function searchTerms(search: string | null | undefined): string[] {
  if (!search) return [];
  const words = search
    .toLowerCase()
    .split(/[\s,.;:!?"'()[\]{}<>/\\|，。、；：！？“”‘’（）《》〈〉【】「」·]+/u)
    .map((w) => w.slice(0, MAX_TERM_LENGTH))
    .filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, MAX_TERMS);
}

// Where a word is found decides how much it counts: title, then keywords, summary, full text.
const FIELDS = [
  { weight: 10, sql: `lower(v.title_zh || ' ' || v.title_en)` },
  { weight: 6, sql: `lower(v.keywords || ' ' || p.code)` },
  { weight: 3, sql: `lower(v.summary_zh || ' ' || v.summary_en)` },
  {
    weight: 1,
    sql: `lower(concat_ws(' ', v.benefits_zh, v.benefits_en, v.eligibility_zh, v.eligibility_en, v.documents_zh, v.documents_en,
      v.process_zh, v.process_en, v.issuing_body_zh, v.issuing_body_en, v.document_title, v.document_number))`,
  },
] as const;

export class PolicyService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
    private readonly audit: AuditService,
  ) {}

  /**
   * One page of policies whose version in force today matches every search word (substring, so
   * partial Chinese words match), ordered by relevance. Three SQL statements whatever the page
   * size: the ranked page with its total, the policies, their versions.
   */
  async search(filter: PolicySearchFilter, window: PageWindow): Promise<[Policy[], number]> {
    const today = shanghaiToday();
    const terms = searchTerms(filter.search);
    const params: unknown[] = [today];
    const matches: string[] = [];
    const scores: string[] = [];
    for (const term of terms) {
      const pattern = containsPattern(term);
      matches.push(`(${FIELDS.map((f) => `${f.sql} like ?`).join(' or ')})`);
      FIELDS.forEach(() => params.push(pattern));
      scores.push(FIELDS.map((f) => `(case when ${f.sql} like ? then ${f.weight} else 0 end)`).join(' + '));
    }
    // Scores come before the filters in the SQL text, so their parameters go first.
    const scoreParams = terms.flatMap((term) => FIELDS.map(() => containsPattern(term)));
    let phraseScore = '0';
    const phraseParams: unknown[] = [];
    if (terms.length > 1) {
      // The whole query as typed, found in a title, ranks above the words found apart.
      phraseScore = `(case when ${FIELDS[0].sql} like ? then 5 else 0 end)`;
      phraseParams.push(containsPattern(filter.search!.trim().toLowerCase()));
    }
    const where: string[] = [];
    const whereParams: unknown[] = [];
    if (filter.category) {
      where.push('p.category = ?');
      whereParams.push(filter.category);
    }
    if (filter.audience) {
      where.push('? = any(p.audiences)');
      whereParams.push(filter.audience);
    }
    const matchParams = params.slice(1);
    const sql = `
      with current_versions as (
        select distinct on (policy_id) * from policy_versions
         where effective_from <= ?::date
         order by policy_id, effective_from desc, version desc
      )
      select p.id as policy_id, v.id as version_id,
             ${scores.length ? scores.map((s) => `(${s})`).join(' + ') : '0'} + ${phraseScore} as score,
             count(*) over () as total
        from policies p
        join current_versions v on v.policy_id = p.id
       where true ${matches.map((m) => `and ${m}`).join(' ')} ${where.map((w) => `and ${w}`).join(' ')}
       order by score desc, p.sort_order asc, p.id asc
       limit ? offset ?`;
    const rows: { policy_id: string; version_id: string; total: string }[] = await this.em
      .execute(sql, [today, ...scoreParams, ...phraseParams, ...matchParams, ...whereParams, window.limit, window.offset]);

    const [first] = rows;
    let total = first ? Number(first.total) : 0;
    if (rows.length === 0 && (window.offset > 0 || window.limit === 0)) {
      // An empty page past the end (or of size 0) says nothing about the total: count it.
      const counted = await this.em.execute<{ total: string }[]>(
        `with current_versions as (select distinct on (policy_id) * from policy_versions where effective_from <= ?::date order by policy_id, effective_from desc, version desc)
         select count(*) as total from policies p join current_versions v on v.policy_id = p.id
          where true ${matches.map((m) => `and ${m}`).join(' ')} ${where.map((w) => `and ${w}`).join(' ')}`,
        [today, ...matchParams, ...whereParams],
      );
      total = Number(theRow(counted, 'count of policies').total);
    }
    if (rows.length === 0) return [[], total];

    const policyIds = rows.map((r) => r.policy_id);
    const [policies, versions] = await Promise.all([
      this.em.find(Policy, { id: { $in: policyIds } }),
      this.em.find(PolicyVersion, { id: { $in: rows.map((r) => r.version_id) } }),
    ]);
    // The page already knows each policy's current version: later field resolvers read it from here.
    for (const version of versions) this.loaders.currentPolicyVersionByPolicyId.prime(version.policy.id, version);
    for (const policy of policies) this.loaders.policyById.prime(policy.id, policy);
    const byId = new Map(policies.map((p) => [p.id, p]));
    return [policyIds.map((id) => byId.get(id)!), total];
  }

  async byId(id: string): Promise<Policy | null> {
    return this.loaders.policyById.load(id);
  }

  byCode(code: string): Promise<Policy | null> {
    return this.em.findOne(Policy, { code });
  }

  async byIdOrFail(id: string): Promise<Policy> {
    const policy = await this.byId(id);
    if (!policy) throw DomainError.notFound(M.policy);
    return policy;
  }

  /** A new version of a policy's text (ADMIN); omitted fields keep the latest version's text. */
  async createVersion(viewer: Viewer, input: CreatePolicyVersionInput): Promise<PolicyVersion> {
    if (viewer.role !== Role.ADMIN) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const policy = await this.byId(input.policyId);
    if (!policy) errors.addText('input.policyId', UserErrorCode.NOT_FOUND, M.policyMissing);
    const today = shanghaiToday();
    if (input.effectiveFrom < today) {
      errors.addText('input.effectiveFrom', UserErrorCode.OUT_OF_RANGE, M.versionEffectiveBeforeToday(today));
    }
    if (input.effectiveTo && input.effectiveTo < input.effectiveFrom) {
      errors.addText('input.effectiveTo', UserErrorCode.OUT_OF_RANGE, M.effectiveToBeforeFrom);
    }
    const changeNoteZh = checkText(errors, 'input.changeNoteZh', input.changeNoteZh, M.changeNoteZh, 1000);
    const changeNoteEn = checkText(errors, 'input.changeNoteEn', input.changeNoteEn, M.changeNoteEn, 1000);
    const texts = [
      'titleZh', 'titleEn', 'summaryZh', 'summaryEn', 'benefitsZh', 'benefitsEn', 'eligibilityZh', 'eligibilityEn',
      'documentsZh', 'documentsEn', 'processZh', 'processEn', 'processingTimeZh', 'processingTimeEn',
    ] as const;
    const documentTexts = ['documentTitle', 'issuingBodyZh', 'issuingBodyEn', 'verificationNoteZh', 'verificationNoteEn'] as const;
    const cleaned: Partial<Record<(typeof texts)[number] | (typeof documentTexts)[number], string>> = {};
    for (const key of texts) {
      const value = input[key];
      if (value != null) cleaned[key] = checkText(errors, `input.${key}`, value, { zh: key, en: key }, key.startsWith('title') ? 200 : 5000);
    }
    for (const key of documentTexts) {
      const value = input[key];
      if (value != null) cleaned[key] = checkText(errors, `input.${key}`, value, { zh: key, en: key }, key.startsWith('verification') ? 2000 : 300);
    }
    if (input.lastVerifiedOn && input.lastVerifiedOn > today) {
      errors.addText('input.lastVerifiedOn', UserErrorCode.OUT_OF_RANGE, M.checkedAfterToday(today));
    }
    const sources = input.sources ? checkSources(errors, input.sources) : null;
    errors.throwIfAny();

    return this.em.transactional(async (em) => {
      await em.findOneOrFail(Policy, { id: policy!.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const latest = await em.findOneOrFail(PolicyVersion, { policy: policy!.id }, { orderBy: { version: 'desc' } });
      if (input.expectedLatestVersion != null && latest.version !== input.expectedLatestVersion) {
        throw oneUserError(
          'input.expectedLatestVersion',
          UserErrorCode.CONFLICT,
          M.policyVersionSavedMeanwhile(latest.version, input.expectedLatestVersion),
        );
      }
      const actor = await em.findOneOrFail(User, { id: viewer.userId });
      const changes: AuditChange[] = [];
      const next = (key: keyof PolicyVersion, value: unknown) => {
        if (value !== undefined && value !== null && value !== latest[key]) changes.push({ path: String(key), from: latest[key] ?? null, to: value });
        return value ?? latest[key];
      };
      // Sources are replaced as a list; the audit records the list before and after.
      if (sources && JSON.stringify(sources) !== JSON.stringify(latest.sources)) changes.push({ path: 'sources', from: latest.sources, to: sources });
      const version = em.create(PolicyVersion, {
        policy: policy!,
        version: latest.version + 1,
        effectiveFrom: input.effectiveFrom,
        documentEffectiveOn: next('documentEffectiveOn', input.documentEffectiveOn) as string | null,
        effectiveTo: next('effectiveTo', input.effectiveTo) as string | null,
        titleZh: next('titleZh', cleaned.titleZh) as string,
        titleEn: next('titleEn', cleaned.titleEn) as string,
        summaryZh: next('summaryZh', cleaned.summaryZh) as string,
        summaryEn: next('summaryEn', cleaned.summaryEn) as string,
        benefitsZh: next('benefitsZh', cleaned.benefitsZh) as string,
        benefitsEn: next('benefitsEn', cleaned.benefitsEn) as string,
        eligibilityZh: next('eligibilityZh', cleaned.eligibilityZh) as string,
        eligibilityEn: next('eligibilityEn', cleaned.eligibilityEn) as string,
        documentsZh: next('documentsZh', cleaned.documentsZh) as string,
        documentsEn: next('documentsEn', cleaned.documentsEn) as string,
        processZh: next('processZh', cleaned.processZh) as string,
        processEn: next('processEn', cleaned.processEn) as string,
        processingTimeZh: next('processingTimeZh', cleaned.processingTimeZh) as string,
        processingTimeEn: next('processingTimeEn', cleaned.processingTimeEn) as string,
        issuingBodyZh: next('issuingBodyZh', cleaned.issuingBodyZh) as string,
        issuingBodyEn: next('issuingBodyEn', cleaned.issuingBodyEn) as string,
        documentTitle: next('documentTitle', cleaned.documentTitle) as string,
        documentNumber: next('documentNumber', input.documentNumber) as string | null,
        verificationNoteZh: next('verificationNoteZh', cleaned.verificationNoteZh) as string,
        verificationNoteEn: next('verificationNoteEn', cleaned.verificationNoteEn) as string,
        sources: sources ?? latest.sources,
        lastVerifiedOn: next('lastVerifiedOn', input.lastVerifiedOn ?? today) as string,
        keywords: latest.keywords,
        changeNoteZh,
        changeNoteEn,
        createdBy: actor,
      });
      this.audit.record(
        em,
        viewer.userId,
        'POLICY_VERSION_CREATED',
        'Policy',
        policy!.id,
        M.policyVersionCreated(actor.displayName, version, input.effectiveFrom, { zh: changeNoteZh, en: changeNoteEn }),
        [{ path: '(effectiveFrom)', from: latest.effectiveFrom, to: input.effectiveFrom }, ...changes],
      );
      return version;
    });
  }
}
