// 居转户 preliminary check (POLICY.md §2.1). Missing facts give UNKNOWN, never a guess.
import {
  type FieldError,
  type LocalisedText,
  PRELIMINARY_CHECK_NOTICE,
  assertValid,
  checkBoolean,
  checkNumber,
  checkOption,
  yuanFromWan,
} from './common.js';
import { shanghaiMonthAfter } from '../../../core/time/shanghai.js';
import { type CriterionResult, type EligibilityResult, verdictOf } from './criteria.js';
import {
  HUKOU_TITLE_LEVELS,
  type HukouCriterion,
  type HukouTitleLevel,
  type HukouTransferRules,
} from './hukou-transfer.rules.js';

/** Every fact is optional: an omitted basic fact makes its criterion UNKNOWN; an omitted incentive is not claimed. */
export interface HukouTransferFacts {
  permitMonthsHeld?: number;
  socialInsuranceMonthsWhileHolding?: number;
  paidShanghaiIncomeTax?: boolean;
  taxAndInsuranceSameEmployer?: boolean;
  titleLevel?: HukouTitleLevel;
  titleMatchesJob?: boolean;
  hasCriminalRecord?: boolean;
  /** Months in the last 48 with a social-insurance base ≥ 1.3× the city average wage. */
  monthsAtMarketBaseInLast48?: number;
  applicationMonthAtMarketBase?: boolean;
  // Incentive conditions.
  provincialAwardOrAbove?: boolean;
  baseAtLeast2xLast3Years?: boolean;
  keyPostPay?: boolean;
  entrepreneurAvgAnnualTaxWan?: number;
  entrepreneurAvgAnnualShanghaiHires?: number;
  remotePublicServiceContinuousYears?: number;
  lingangYears?: number;
  lingangRecommendedCoreTalent?: boolean;
}

export interface HukouTransferResult extends EligibilityResult {
  /** Years of permit and social insurance required after incentives; null when an incentive lifts them. */
  requiredYears: number | null;
}

const t = (zh: string, en: string): LocalisedText => ({ zh, en });

const L = {
  permitMonthsHeld: t('持有居住证月数', 'Months holding the residence permit'),
  socialInsuranceMonthsWhileHolding: t('持证期间社保缴费月数', 'Months of social insurance while holding the permit'),
  monthsAtMarketBaseInLast48: t('近 48 个月中缴费基数达标月数', 'Months in the last 48 at the required base'),
  titleLevel: t('职称或技能等级', 'Title or skill level'),
  entrepreneurAvgAnnualTaxWan: t('创业企业平均年纳税（万元）', 'Average annual company tax (10,000 yuan)'),
  entrepreneurAvgAnnualShanghaiHires: t('创业企业平均年聘用本市户籍人数', 'Average annual Shanghai-hukou hires'),
  remotePublicServiceContinuousYears: t('远郊教育、卫生、农业岗位连续工作年限', 'Continuous years in outer-suburb education, health or farming posts'),
  lingangYears: t('在临港新片区工作年限', 'Years working in the Lingang Special Area'),
  yesNo: {
    paidShanghaiIncomeTax: t('在本市缴纳个税', 'Paid income tax in Shanghai'),
    taxAndInsuranceSameEmployer: t('个税与社保同一单位', 'Tax and insurance paid by the same employer'),
    titleMatchesJob: t('职称与岗位相符', 'Title matches the job'),
    hasCriminalRecord: t('违法犯罪记录', 'Criminal record'),
    applicationMonthAtMarketBase: t('申请当月缴费基数达标', 'Application month at the required base'),
    provincialAwardOrAbove: t('省部级及以上奖励', 'Provincial or higher award'),
    baseAtLeast2xLast3Years: t('近 3 年缴费基数不低于 2 倍', 'Base at least 2× for 3 years'),
    keyPostPay: t('重点岗位薪酬', 'Key-post pay'),
    lingangRecommendedCoreTalent: t('临港新片区推荐的核心人才', 'Recommended Lingang core talent'),
  },
};

export function validateHukouTransferFacts(facts: HukouTransferFacts, rules: HukouTransferRules): FieldError[] {
  const errors: FieldError[] = [];
  const lim = rules.inputLimits;
  const months = { min: 0, max: lim.maxMonths, integer: true };
  const years = { min: 0, max: lim.maxYears, integer: true };
  checkNumber(errors, 'permitMonthsHeld', facts.permitMonthsHeld, { label: L.permitMonthsHeld, ...months });
  checkNumber(errors, 'socialInsuranceMonthsWhileHolding', facts.socialInsuranceMonthsWhileHolding, {
    label: L.socialInsuranceMonthsWhileHolding,
    ...months,
  });
  checkNumber(errors, 'monthsAtMarketBaseInLast48', facts.monthsAtMarketBaseInLast48, {
    label: L.monthsAtMarketBaseInLast48,
    min: 0,
    max: rules.marketBase.windowMonths,
    integer: true,
  });
  checkOption(errors, 'titleLevel', facts.titleLevel, HUKOU_TITLE_LEVELS, L.titleLevel);
  checkNumber(errors, 'entrepreneurAvgAnnualTaxWan', facts.entrepreneurAvgAnnualTaxWan, {
    label: L.entrepreneurAvgAnnualTaxWan,
    min: 0,
    max: lim.maxTaxWan,
    integer: false,
  });
  checkNumber(errors, 'entrepreneurAvgAnnualShanghaiHires', facts.entrepreneurAvgAnnualShanghaiHires, {
    label: L.entrepreneurAvgAnnualShanghaiHires,
    min: 0,
    max: lim.maxHires,
    integer: true,
  });
  checkNumber(errors, 'remotePublicServiceContinuousYears', facts.remotePublicServiceContinuousYears, {
    label: L.remotePublicServiceContinuousYears,
    ...years,
  });
  checkNumber(errors, 'lingangYears', facts.lingangYears, { label: L.lingangYears, ...years });
  for (const field of Object.keys(L.yesNo) as (keyof typeof L.yesNo)[]) {
    checkBoolean(errors, field, facts[field], L.yesNo[field]);
  }
  // Insurance counted "while holding the permit" cannot outlast the permit.
  const { permitMonthsHeld: held, socialInsuranceMonthsWhileHolding: insured } = facts;
  if (errors.length === 0 && held != null && insured != null && insured > held) {
    errors.push({
      field: 'socialInsuranceMonthsWhileHolding',
      code: 'OUT_OF_RANGE',
      message: t('持证期间社保月数不能超过持证月数', 'Months of social insurance while holding the permit cannot exceed the months held'),
    });
  }
  return errors;
}

/** Preliminary 居转户 check as of `asOf` (used only to date "you qualify from" hints). */
export function checkHukouTransfer(facts: HukouTransferFacts, rules: HukouTransferRules, asOf: Date): HukouTransferResult {
  const errors = validateHukouTransferFacts(facts, rules);
  if (!(asOf instanceof Date) || Number.isNaN(asOf.getTime())) {
    errors.push({ field: 'asOf', code: 'INVALID_DATE', message: t('日期无效', 'Invalid date') });
  }
  assertValid(errors);

  const years = requiredYears(facts, rules);
  const criteria: CriterionResult[] = [
    permitYears(facts.permitMonthsHeld, years, rules, asOf),
    insuranceYears(facts.socialInsuranceMonthsWhileHolding, years, rules, asOf),
    yesNo('SHANGHAI_INCOME_TAX', facts.paidShanghaiIncomeTax, rules, {
      met: t('持证期间在本市缴纳个人所得税', 'Income tax paid in Shanghai while holding the permit'),
      notMet: t('持证期间未在本市缴纳个人所得税', 'No income tax paid in Shanghai while holding the permit'),
      unknown: t('请确认持证期间是否在本市缴纳个人所得税', 'Please confirm whether you paid income tax in Shanghai while holding the permit'),
      howToChange: t('须在本市依法缴纳个人所得税', 'Income tax must be paid in Shanghai'),
    }),
    yesNo('TAX_AND_INSURANCE_SAME_EMPLOYER', facts.taxAndInsuranceSameEmployer, rules, {
      met: t('个税扣缴单位与社保缴费单位一致', 'The employer withholding your tax also pays your social insurance'),
      notMet: t('个税扣缴单位与社保缴费单位不一致', 'Your tax and your social insurance are paid by different employers'),
      unknown: t('请确认个税扣缴单位与社保缴费单位是否一致', 'Please confirm whether the same employer pays your tax and your social insurance'),
      howToChange: t('个税和社保须由同一单位缴纳', 'The same employer must pay both tax and social insurance'),
    }),
    title(facts, rules),
    yesNo('NO_CRIMINAL_RECORD', facts.hasCriminalRecord == null ? undefined : !facts.hasCriminalRecord, rules, {
      met: t('无违法犯罪记录', 'No criminal record'),
      notMet: t('有违法犯罪记录，不符合基本条件', 'A criminal record fails the basic conditions'),
      unknown: t('请确认是否有违法犯罪记录', 'Please confirm whether you have a criminal record'),
    }),
    marketBase(facts, rules, asOf),
  ];
  return {
    verdict: verdictOf(criteria),
    criteria,
    requiredYears: years.waivedBy ? null : years.years,
    disclaimer: PRELIMINARY_CHECK_NOTICE,
  };
}

interface RequiredYears {
  years: number;
  /** Why fewer years than the standard apply; null for the standard. */
  shortenedBy: LocalisedText | null;
  waivedBy?: LocalisedText;
}

function requiredYears(f: HukouTransferFacts, rules: HukouTransferRules): RequiredYears {
  const standard = rules.requiredYears;
  // The title's job match is judged by the TITLE criterion; here a senior title counts unless known not to match.
  if (f.provincialAwardOrAbove === true) {
    return { years: 0, shortenedBy: null, waivedBy: t('获省部级及以上奖励', 'a provincial or higher award') };
  }
  if (f.titleLevel === 'SENIOR_OR_SENIOR_TECHNICIAN' && f.titleMatchesJob !== false) {
    return { years: 0, shortenedBy: null, waivedBy: t('评聘高级职称或高级技师', 'a senior title or senior-technician level') };
  }
  const r = rules.reducedYears;
  const options: RequiredYears[] = [{ years: standard, shortenedBy: null }];
  if ((f.remotePublicServiceContinuousYears ?? 0) >= r.remotePublicService.continuousYears) {
    options.push({
      years: r.remotePublicService.requiredYears,
      shortenedBy: t(
        `远郊教育、卫生、农业岗位连续工作满 ${r.remotePublicService.continuousYears} 年`,
        `${r.remotePublicService.continuousYears} continuous years in outer-suburb education, health or farming posts`,
      ),
    });
  }
  const lingang = f.lingangYears ?? 0;
  if (lingang >= r.lingangGeneral.minYearsInLingang) {
    options.push({
      years: r.lingangGeneral.requiredYears,
      shortenedBy: t(
        `在临港新片区工作满 ${r.lingangGeneral.minYearsInLingang} 年`,
        `at least ${r.lingangGeneral.minYearsInLingang} years working in Lingang`,
      ),
    });
  }
  if (f.lingangRecommendedCoreTalent === true && lingang >= r.lingangCoreTalent.minYearsInLingang) {
    options.push({
      years: r.lingangCoreTalent.requiredYears,
      shortenedBy: t(
        `临港新片区推荐的核心人才且在新片区工作满 ${r.lingangCoreTalent.minYearsInLingang} 年`,
        `recommended Lingang core talent with at least ${r.lingangCoreTalent.minYearsInLingang} years there`,
      ),
    });
  }
  return options.reduce((best, o) => (o.years < best.years ? o : best));
}

function monthsCriterion(
  code: HukouCriterion,
  have: number | undefined,
  need: RequiredYears,
  rules: HukouTransferRules,
  asOf: Date,
  text: { what: LocalisedText; more: (missing: number, from: string) => LocalisedText },
): CriterionResult {
  const legalBasis = rules.legalBasis[code];
  const { what } = text;
  if (need.waivedBy) {
    return {
      code,
      status: 'MET',
      legalBasis,
      explanation: t(
        `因${need.waivedBy.zh}，可不受${what.zh}满 ${rules.requiredYears} 年的限制`,
        `With ${need.waivedBy.en}, the ${rules.requiredYears}-year requirement for ${what.en} does not apply`,
      ),
    };
  }
  const requiredMonths = need.years * 12;
  const span = t(`${need.years} 年（${requiredMonths} 个月）`, `${need.years} years (${requiredMonths} months)`);
  const rule = need.shortenedBy
    ? t(`因${need.shortenedBy.zh}，要求由 ${rules.requiredYears} 年缩短为 ${span.zh}`, `With ${need.shortenedBy.en}, ${span.en} are required instead of ${rules.requiredYears} years`)
    : t(`须满 ${span.zh}`, `${span.en} are required`);
  // Stored facts may hold null for an unanswered question.
  if (have == null) {
    return {
      code,
      status: 'UNKNOWN',
      legalBasis,
      explanation: t(`请提供${what.zh}的月数；${rule.zh}`, `Please give the months of ${what.en}; ${rule.en}`),
    };
  }
  if (have >= requiredMonths) {
    return {
      code,
      status: 'MET',
      legalBasis,
      explanation: t(`${what.zh}已满 ${have} 个月；${rule.zh}`, `${have} months of ${what.en}; ${rule.en}`),
    };
  }
  const missing = requiredMonths - have;
  return {
    code,
    status: 'NOT_MET',
    legalBasis,
    explanation: t(`${what.zh}仅 ${have} 个月；${rule.zh}`, `Only ${have} months of ${what.en}; ${rule.en}`),
    howToChange: text.more(missing, shanghaiMonthAfter(asOf, missing)),
  };
}

const yearsIncentive = (rules: HukouTransferRules): LocalisedText =>
  t(
    `获省部级及以上奖励或评聘高级职称、高级技师的，可不受 ${rules.requiredYears} 年限制。`,
    `A provincial or higher award, a senior title or senior-technician level lifts the ${rules.requiredYears}-year requirement.`,
  );

function permitYears(have: number | undefined, need: RequiredYears, rules: HukouTransferRules, asOf: Date): CriterionResult {
  return monthsCriterion('PERMIT_YEARS', have, need, rules, asOf, {
    what: t('持有《上海市居住证》', 'holding the residence permit'),
    more: (missing, from) =>
      t(
        `还需持证 ${missing} 个月；持续持证，预计 ${from} 起满足。${yearsIncentive(rules).zh}`,
        `Needs ${missing} more months holding the permit; if you keep holding it you qualify from ${from}. ${yearsIncentive(rules).en}`,
      ),
  });
}

function insuranceYears(have: number | undefined, need: RequiredYears, rules: HukouTransferRules, asOf: Date): CriterionResult {
  return monthsCriterion('SOCIAL_INSURANCE_YEARS', have, need, rules, asOf, {
    what: t('持证期间缴纳本市职工社保（补缴不计）', 'Shanghai social insurance while holding the permit (back-paid months excluded)'),
    more: (missing, from) =>
      t(
        `还需缴纳社保 ${missing} 个月；按目前情况持续缴纳，预计 ${from} 起满足。${yearsIncentive(rules).zh}`,
        `Needs ${missing} more months of social insurance; at the current rate you qualify from ${from}. ${yearsIncentive(rules).en}`,
      ),
  });
}

function yesNo(
  code: HukouCriterion,
  value: boolean | undefined,
  rules: HukouTransferRules,
  text: { met: LocalisedText; notMet: LocalisedText; unknown: LocalisedText; howToChange?: LocalisedText },
): CriterionResult {
  const legalBasis = rules.legalBasis[code];
  if (value === true) return { code, status: 'MET', legalBasis, explanation: text.met };
  if (value === false) {
    return { code, status: 'NOT_MET', legalBasis, explanation: text.notMet, ...(text.howToChange ? { howToChange: text.howToChange } : {}) };
  }
  return { code, status: 'UNKNOWN', legalBasis, explanation: text.unknown };
}

const TITLE_RANK: Record<HukouTitleLevel, number> = {
  NONE: 0,
  JUNIOR: 1,
  INTERMEDIATE_OR_TECHNICIAN: 2,
  SENIOR_OR_SENIOR_TECHNICIAN: 3,
};

function title(f: HukouTransferFacts, rules: HukouTransferRules): CriterionResult {
  const code = 'TITLE';
  const legalBasis = rules.legalBasis.TITLE;
  const w = rules.titleWaiver;
  const waiver =
    f.baseAtLeast2xLast3Years === true
      ? t(`近 ${w.baseConsecutiveYears} 年连续社保缴费基数不低于社平工资 ${w.baseRatio} 倍`, `a base of at least ${w.baseRatio}× the average wage for the last ${w.baseConsecutiveYears} years`)
      : f.keyPostPay === true
        ? t('重点岗位薪酬达到规定水平', 'key-post pay at the required level')
        : (f.entrepreneurAvgAnnualTaxWan ?? 0) >= w.entrepreneurAvgAnnualTaxWan
          ? t(`创业企业近 3 年平均年纳税不低于 ${w.entrepreneurAvgAnnualTaxWan} 万元`, `a company paying on average at least ${yuanFromWan(w.entrepreneurAvgAnnualTaxWan)} yuan tax a year over 3 years`)
          : (f.entrepreneurAvgAnnualShanghaiHires ?? 0) >= w.entrepreneurShanghaiHires
            ? t(`创业企业平均聘用本市户籍人员不少于 ${w.entrepreneurShanghaiHires} 人`, `a company employing at least ${w.entrepreneurShanghaiHires} Shanghai-hukou staff`)
            : null;
  if (waiver) {
    return { code, status: 'MET', legalBasis, explanation: t(`因${waiver.zh}，不受职称要求限制`, `With ${waiver.en}, the title requirement does not apply`) };
  }
  const howToChange = t(
    `取得与岗位相符的中级及以上职称或技师（国家二级）以上；或近 ${w.baseConsecutiveYears} 年连续社保缴费基数不低于社平工资 ${w.baseRatio} 倍，可不受职称限制`,
    `Obtain an intermediate or higher title, or technician (level 2) or above, matching your job; or a base of at least ${w.baseRatio}× the average wage for ${w.baseConsecutiveYears} consecutive years waives the title requirement`,
  );
  // Stored facts may hold null for an unanswered question.
  if (f.titleLevel == null) {
    return { code, status: 'UNKNOWN', legalBasis, explanation: t('请提供职称或技能等级', 'Please give your title or skill level') };
  }
  if (TITLE_RANK[f.titleLevel] < TITLE_RANK[rules.minimumTitle]) {
    return {
      code,
      status: 'NOT_MET',
      legalBasis,
      explanation: t('须具有中级及以上专业技术职务或技师（国家二级职业资格）以上', 'An intermediate or higher title, or technician (level 2) or above, is required'),
      howToChange,
    };
  }
  if (f.titleMatchesJob === false) {
    return {
      code,
      status: 'NOT_MET',
      legalBasis,
      explanation: t('职称或技能等级与所聘岗位不相符', 'Your title or skill level does not match your job'),
      howToChange,
    };
  }
  if (f.titleMatchesJob !== true) {
    return { code, status: 'UNKNOWN', legalBasis, explanation: t('请确认职称或技能等级与所聘岗位是否相符', 'Please confirm your title or skill level matches your job') };
  }
  return { code, status: 'MET', legalBasis, explanation: t('职称或技能等级达到要求，且与岗位相符', 'Your title or skill level meets the requirement and matches your job') };
}

function marketBase(f: HukouTransferFacts, rules: HukouTransferRules, asOf: Date): CriterionResult {
  const code = 'MARKET_BASE';
  const legalBasis = rules.legalBasis.MARKET_BASE;
  const { minRatio, requiredMonths, windowMonths } = rules.marketBase;
  const rule = t(
    `近 ${windowMonths} 个月内累计 ${requiredMonths} 个月且申请当月，社保缴费基数须不低于上年度全市职工平均工资的 ${minRatio} 倍（个税相匹配）`,
    `${requiredMonths} of the last ${windowMonths} months and the application month need a social-insurance base of at least ${minRatio}× last year's city average wage, with matching tax`,
  );
  const months = f.monthsAtMarketBaseInLast48;
  const monthsShort = months == null ? null : Math.max(0, requiredMonths - months);
  const appMonth = f.applicationMonthAtMarketBase;

  if (monthsShort === 0 && appMonth === true) {
    return { code, status: 'MET', legalBasis, explanation: t(`已有 ${months} 个月达标，申请当月亦达标。${rule.zh}`, `${months} qualifying months and the application month qualifies. ${rule.en}`) };
  }
  const fixes: LocalisedText[] = [];
  if (monthsShort !== null && monthsShort > 0) {
    const from = shanghaiMonthAfter(asOf, monthsShort);
    fixes.push(
      t(
        `还需 ${monthsShort} 个月缴费基数达到 ${minRatio} 倍；若此后每月均达到，最早 ${from} 起满足（更早的月份可能移出 ${windowMonths} 个月统计期）`,
        `Needs ${monthsShort} more months at ${minRatio}×; if every month from now qualifies, from ${from} at the earliest (older months may leave the ${windowMonths}-month window)`,
      ),
    );
  }
  if (appMonth === false) {
    fixes.push(t(`申请当月的缴费基数须达到 ${minRatio} 倍`, `The base in the month you apply must be at least ${minRatio}×`));
  }
  if (fixes.length > 0) {
    return {
      code,
      status: 'NOT_MET',
      legalBasis,
      explanation: rule,
      howToChange: t(fixes.map((x) => x.zh).join('；'), fixes.map((x) => x.en).join('; ')),
    };
  }
  return {
    code,
    status: 'UNKNOWN',
    legalBasis,
    explanation: t(`请提供近 ${windowMonths} 个月达标月数及申请当月是否达标。${rule.zh}`, `Please give the qualifying months and whether the application month qualifies. ${rule.en}`),
  };
}
