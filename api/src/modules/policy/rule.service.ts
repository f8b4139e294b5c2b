import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, oneUserError, UserErrorCode, UserInputErrors, type UserErrorData } from '../../core/errors/domain-error.js';
import { checkText } from '../../core/validation.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import type { AuditChange, AuditService } from '../audit/index.js';
import type { CreateRuleVersionInput } from './policy.inputs.js';
import { ruleVersionsInForce } from './policy.loaders.js';
import type { RuleKind } from './policy.enums.js';
import { RuleSet, RuleVersion, ruleVersionView, type RuleVersionRow, type RuleVersionView } from './rule.entity.js';
import { applyChange, PolicyInputError, upgradeRuleData, validateRuleData, type RuleDataOf } from './rules/index.js';
import { diffRuleData, type RuleDataChange } from './rules/rule-diff.js';
import { trialRun, type TrialLine } from './rules/trial-run.js';
import { userErrorsOf } from './policy.errors.js';
import { POLICY_MESSAGES as M } from './policy.messages.js';
import { shanghaiNoon, shanghaiToday } from '../../core/time/shanghai.js';
import { isUuid } from '../../core/ids.js';
import { readRows } from '../../core/db/read-rows.js';
import { RuleDataCache } from './rule-data-cache.js';

const MAX_CHANGES = 50;
/** Rule data this process has parsed, shared by its requests (content-addressed: never stale). */
const RULE_DATA = new RuleDataCache();
/** The shared rule sets a trial run evaluates with (the same codes as the eligibility service's). */
const SHARED_CODES = { points: 'residence-points', params: 'yearly-parameters' } as const;

interface Draft {
  ruleSet: RuleSet;
  base: RuleVersion;
  baseData: unknown;
  data: unknown;
  changes: AuditChange[];
  legalBasis: string | null;
  noteZh: string;
  noteEn: string;
}

export interface RuleVersionPreviewResult {
  base: RuleVersion | null;
  diff: RuleDataChange[];
  trial: TrialLine[] | null;
  problems: UserErrorData[];
}

/** A rule version with its data typed by its kind. */
export interface RulesInForce<K extends RuleKind> {
  version: RuleVersion;
  data: RuleDataOf[K];
}

/** Rule sets and their versions: which version is in force on a date, and new versions by ADMIN. */
export class RuleService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  /**
   * The version of a rule set in force on `date`, or a field error on `asOfField` when the
   * catalogue has no rules for that date.
   */
  async inForce<K extends RuleKind>(ruleSet: RuleSet, kind: K, date: string, asOfField = 'asOf', em: EntityManager = this.em): Promise<RulesInForce<K>> {
    if (ruleSet.kind !== kind) throw new Error(`rule set ${ruleSet.code} is ${ruleSet.kind}, not ${kind}`);
    const [version] = await ruleVersionsInForce(em, [ruleSet.id], date);
    if (!version) {
      throw new UserInputErrors([{ field: asOfField, code: UserErrorCode.OUT_OF_RANGE, message: M.noRulesInForce(date, ruleSet) }]);
    }
    return { version, data: version.data as RuleDataOf[K] };
  }

  /**
   * The versions in force on `date` of the rule sets with these codes, by code, in one statement
   * (the sets and their versions together: issue 13), as plain values (see RuleVersionView). A
   * code with no rule set is a catalogue that was not seeded (an error); a set without a version
   * that date, a field error on `asOfField`. A version's data comes with it only when this
   * process does not have it parsed already (RULE_DATA, rule-data-cache.ts).
   */
  async inForceByCode(codes: string[], date: string, asOfField = 'asOf'): Promise<Map<string, RuleVersionView>> {
    type SetColumns = { set_code: string; set_name_zh: string; set_name_en: string };
    type DataColumns = { data_hash: string; data_left_out: boolean };
    const known = RULE_DATA.snapshot();
    // A set without a version that date comes with null version columns (the left join).
    // The points estimate's one statement: the raw read path (read-rows.ts, issue 13).
    const rows = await readRows<SetColumns & ((RuleVersionRow & DataColumns) | { id: null })>(this.em,
      `select s.code as set_code, s.name_zh as set_name_zh, s.name_en as set_name_en,
              v.id, v.rule_set_id, v.version, v.effective_from, v.legal_basis, v.note_zh, v.note_en, v.created_by_id, v.created_at,
              h.data_hash, h.data_hash = any($3::text[]) as data_left_out,
              case when h.data_hash = any($3::text[]) then null else v.data end as data
         from rule_sets s
         left join lateral (select * from rule_versions v where v.rule_set_id = s.id and v.effective_from <= $1::date
                             order by v.effective_from desc, v.version desc limit 1) v on true
         cross join lateral (select md5(v.data::text) as data_hash) h
        where s.code = any($2::text[])`,
      [date, codes, [...known.keys()]],
    );
    const missing = codes.filter((code) => !rows.some((r) => r.set_code === code));
    if (missing.length) throw new Error(`rule sets ${missing.join(', ')} are missing: is the catalogue seeded?`);
    const unversioned = rows.find((r) => r.id === null);
    if (unversioned) {
      new FieldErrors()
        .addText(asOfField, UserErrorCode.OUT_OF_RANGE, M.noRulesInForce(date, { nameZh: unversioned.set_name_zh, nameEn: unversioned.set_name_en }))
        .throwIfAny();
    }
    return new Map(rows.filter((row): row is SetColumns & RuleVersionRow & DataColumns => row.id !== null).map((row) => [
      row.set_code,
      ruleVersionView({ ...row, data: RULE_DATA.resolve(row.data_hash, row.data_left_out, row.data, known) }),
    ]));
  }

  /** Several rule sets' versions in force on one date, in one query. */
  async manyInForce(ruleSets: RuleSet[], date: string, asOfField = 'asOf'): Promise<Map<string, RuleVersion>> {
    const versions = await ruleVersionsInForce(this.em, ruleSets.map((r) => r.id), date);
    const byId = new Map(versions.map((v) => [v.ruleSet.id, v]));
    const missing = ruleSets.find((r) => !byId.has(r.id));
    if (missing) {
      new FieldErrors()
        .addText(asOfField, UserErrorCode.OUT_OF_RANGE, M.noRulesInForce(date, missing))
        .throwIfAny();
    }
    return byId;
  }

  /** `em`: a transaction's entity manager when called inside one (never a second connection). */
  byCode(code: string, em: EntityManager = this.em): Promise<RuleSet | null> {
    return em.findOne(RuleSet, { code });
  }

  async byCodeOrFail(code: string): Promise<RuleSet> {
    const ruleSet = await this.byCode(code);
    if (!ruleSet) throw DomainError.notFound(M.ruleSet);
    return ruleSet;
  }

  list(kind?: RuleKind | null): Promise<RuleSet[]> {
    return this.em.find(RuleSet, kind ? { kind } : {}, { orderBy: { code: 'asc' } });
  }

  /**
   * The draft of a new version: the values in force on `effectiveFrom` with the given changes,
   * validated as a whole. Problems go into `errors`, field by field (a preview shows them beside
   * the diff); null when there is no rule set to draft from.
   */
  private async draft(input: CreateRuleVersionInput, errors: FieldErrors, forSaving: boolean): Promise<Draft | null> {
    const ruleSet = isUuid(input.ruleSetId) ? await this.em.findOne(RuleSet, { id: input.ruleSetId }) : null;
    if (!ruleSet) errors.addText('input.ruleSetId', UserErrorCode.NOT_FOUND, M.ruleSetMissing);
    const today = shanghaiToday();
    if (input.effectiveFrom < today) {
      errors.addText('input.effectiveFrom', UserErrorCode.OUT_OF_RANGE, M.ruleEffectiveBeforeToday(today));
    }
    const noteZh = forSaving ? checkText(errors, 'input.noteZh', input.noteZh, M.ruleNoteZh, 1000) : input.noteZh;
    const noteEn = forSaving ? checkText(errors, 'input.noteEn', input.noteEn, M.ruleNoteEn, 1000) : input.noteEn;
    const legalBasis = input.legalBasis == null ? null : checkText(errors, 'input.legalBasis', input.legalBasis, M.legalBasis, 500);
    if (input.changes.length === 0) errors.addText('input.changes', UserErrorCode.REQUIRED, M.noChanges);
    if (input.changes.length > MAX_CHANGES) errors.addText('input.changes', UserErrorCode.OUT_OF_RANGE, M.tooManyChanges(MAX_CHANGES));
    if (!ruleSet || errors.has('input.effectiveFrom') || errors.has('input.changes')) return null;

    const base = await this.inForce(ruleSet, ruleSet.kind, input.effectiveFrom, 'input.effectiveFrom');
    const baseData = upgradeRuleData(ruleSet.kind, base.version.data);
    let data: unknown = baseData;
    const changes: AuditChange[] = [];
    input.changes.forEach((change, i) => {
      const applied = applyChange(data, change.path, change.value ?? null);
      if (!applied.ok) {
        errors.add(`input.changes.${i}.path`, UserErrorCode.INVALID, applied.problem.message.zh, applied.problem.message.en);
        return;
      }
      data = applied.data;
      if (JSON.stringify(applied.previous) !== JSON.stringify(change.value ?? null)) {
        changes.push({ path: change.path, from: applied.previous, to: change.value ?? null });
      }
    });
    if (input.changes.every((_, i) => !errors.has(`input.changes.${i}.path`))) {
      for (const problem of validateRuleData(ruleSet.kind, data)) {
        // Put each problem beside the change that touched its path, or on the whole list.
        const i = input.changes.findIndex((c) => problem.path === c.path || problem.path.startsWith(`${c.path}.`) || c.path.startsWith(`${problem.path}.`));
        errors.add(i >= 0 ? `input.changes.${i}.value` : 'input.changes', UserErrorCode.INVALID, problem.message.zh, problem.message.en);
      }
    }
    if (errors.isEmpty && changes.length === 0 && legalBasis === null) {
      errors.addText('input.changes', UserErrorCode.INVALID, M.sameAsCurrent);
    }
    return { ruleSet, base: base.version, baseData, data, changes, legalBasis, noteZh, noteEn };
  }

  /**
   * What saving would do, without saving: the diff against the version in force on the date,
   * every problem field by field, and (when the draft is valid and sample facts are given) the
   * same facts evaluated under both versions.
   */
  async preview(viewer: Viewer, input: CreateRuleVersionInput, sample: unknown): Promise<RuleVersionPreviewResult> {
    if (viewer.role !== Role.ADMIN) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const draft = await this.draft(input, errors, false);
    if (!draft) return { base: null, diff: [], trial: null, problems: [...errors.all] };
    const diff = diffRuleData(draft.baseData, draft.data);
    let trial: TrialLine[] | null = null;
    if (errors.isEmpty && sample != null) {
      const shared = await this.inForceByCode([SHARED_CODES.points, SHARED_CODES.params], input.effectiveFrom, 'input.effectiveFrom');
      const context = { points: shared.get(SHARED_CODES.points)!.data as RuleDataOf['RESIDENCE_POINTS'], params: shared.get(SHARED_CODES.params)!.data as RuleDataOf['YEARLY_PARAMETERS'], asOf: shanghaiNoon(input.effectiveFrom) };
      try {
        trial = trialRun(draft.ruleSet.kind, sample, draft.baseData as never, draft.data as never, context);
      } catch (error) {
        if (!(error instanceof PolicyInputError)) throw error;
        return { base: draft.base, diff, trial: null, problems: userErrorsOf(error.errors, 'sample') };
      }
    }
    return { base: draft.base, diff, trial, problems: [...errors.all] };
  }

  /**
   * A new version from the draft, stored with an audit entry naming the administrator; earlier
   * versions stay untouched. With `expectedLatestVersion`, a version saved by someone else since
   * the administrator loaded the page is a conflict: nothing is stored and they are told so.
   */
  async createVersion(viewer: Viewer, input: CreateRuleVersionInput): Promise<RuleVersion> {
    if (viewer.role !== Role.ADMIN) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const draft = await this.draft(input, errors, true);
    errors.throwIfAny();
    const { ruleSet, base, data, changes, legalBasis, noteZh, noteEn } = draft!;

    return this.em.transactional(async (em) => {
      // Serialises version numbering per rule set; the unique (rule_set_id, version) index backs it up.
      await em.findOneOrFail(RuleSet, { id: ruleSet.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const latest = await em.findOne(RuleVersion, { ruleSet: ruleSet.id }, { orderBy: { version: 'desc' } });
      if (input.expectedLatestVersion != null && latest?.version !== input.expectedLatestVersion) {
        throw oneUserError(
          'input.expectedLatestVersion',
          UserErrorCode.CONFLICT,
          M.ruleVersionSavedMeanwhile(ruleSet, latest?.version ?? 0, input.expectedLatestVersion),
        );
      }
      const actor = await em.findOneOrFail(User, { id: viewer.userId });
      const version = em.create(RuleVersion, {
        ruleSet,
        version: (latest?.version ?? 0) + 1,
        effectiveFrom: input.effectiveFrom,
        data,
        legalBasis: legalBasis ?? base.legalBasis,
        noteZh,
        noteEn,
        createdBy: actor,
      });
      if (legalBasis !== null && legalBasis !== base.legalBasis) changes.push({ path: '(legalBasis)', from: base.legalBasis, to: legalBasis });
      this.audit.record(
        em,
        viewer.userId,
        'RULE_VERSION_CREATED',
        'RuleSet',
        ruleSet.id,
        M.ruleVersionCreated(actor.displayName, ruleSet, version.version, input.effectiveFrom, base.version, { zh: noteZh, en: noteEn }),
        changes,
      );
      return version;
    });
  }
}
