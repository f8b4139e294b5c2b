// 居住证积分 estimate (POLICY.md §1): pure logic over versioned rule data.
import {
  type FieldError,
  type LocalisedText,
  type ScoreItem,
  OFFICIAL_SCORE_NOTICE,
  assertValid,
  checkBoolean,
  checkNumber,
  checkOption,
  deduction,
  yuanFromWan,
} from './common.js';
import {
  AWARD_LEVELS,
  BASE_TIERS,
  EDUCATION_LEVELS,
  KEY_AREA_ZONES,
  TITLE_OR_SKILL_LEVELS,
  type AwardLevel,
  type BaseTier,
  type DeductionRule,
  type EducationLevel,
  type KeyAreaZone,
  type ResidenceIndicator,
  type ResidencePointsRules,
  type TitleOrSkillLevel,
} from './residence-points.rules.js';

/** Omitted optional fields mean none / zero / false. */
export interface ResidencePointsInput {
  age: number;
  education?: EducationLevel;
  titleOrSkill?: TitleOrSkillLevel;
  monthsBaseAtLeastAverageInLast12?: number;
  socialInsuranceMonths?: number;
  entrepreneurTalent?: boolean;
  innovationIntermediaryTalent?: boolean;
  shortageMajor?: boolean;
  investmentAvgAnnualTaxWan?: number;
  investmentAvgAnnualShanghaiHires?: number;
  socialInsuranceBaseTier?: BaseTier;
  publicServiceYears?: number;
  remoteKeyArea?: { zone: KeyAreaZone; yearsWorkAndLive: number };
  freshGraduate?: boolean;
  award?: AwardLevel;
  spouseShanghaiHukouMarriageYears?: number;
  falseMaterialCountWithin3Years?: number;
  adminDetentionCountWithin5Years?: number;
  generalCriminalCountWithin5Years?: number;
  seriousCriminalRecord?: boolean;
}

export type ResidencePointsItem = ScoreItem<ResidenceIndicator>;

export interface ResidencePointsResult {
  total: number;
  standardScore: number;
  meetsStandard: boolean;
  disqualified: boolean;
  /** One item per indicator, in RESIDENCE_INDICATORS order, zero items included. */
  items: ResidencePointsItem[];
  disclaimer: LocalisedText;
}

const t = (zh: string, en: string): LocalisedText => ({ zh, en });

const EDUCATION_LABEL: Record<EducationLevel, LocalisedText> = {
  NONE: t('无学历', 'No qualification'),
  ASSOCIATE: t('大专（高职）学历', 'An associate (junior college) diploma'),
  BACHELOR: t('大学本科学历（无学士学位）', 'Bachelor-level study without a degree'),
  BACHELOR_WITH_DEGREE: t('大学本科学历并有学士学位', "A bachelor's degree"),
  MASTER: t('硕士研究生学历学位', "A master's degree"),
  DOCTOR: t('博士研究生学历学位', 'A doctorate'),
};

const TITLE_LABEL: Record<TitleOrSkillLevel, LocalisedText> = {
  NONE: t('无职称或技能等级', 'No title or skill level'),
  SKILL_5: t('技能五级', 'Skill level 5'),
  SKILL_4: t('技能四级', 'Skill level 4'),
  SKILL_3: t('技能三级', 'Skill level 3'),
  SKILL_2_OR_INTERMEDIATE_TITLE: t('技能二级或中级专业技术职称', 'Skill level 2 or an intermediate professional title'),
  SKILL_1_OR_SENIOR_TITLE: t('技能一级或高级专业技术职称', 'Skill level 1 or a senior professional title'),
};

const ZONE_LABEL: Record<KeyAreaZone, LocalisedText> = {
  LINGANG: t('临港新片区', 'the Lingang Special Area'),
  OTHER: t('远郊重点区域', 'an outer-suburb key area'),
};

const AWARD_LABEL: Record<Exclude<AwardLevel, 'NONE'>, LocalisedText> = {
  MUNICIPAL_SPECIAL: t('市级机关专项性表彰奖励', 'A municipal single-purpose award'),
  MUNICIPAL_COMPREHENSIVE: t('市级机关综合性表彰奖励', 'A municipal comprehensive award'),
  PROVINCIAL_OR_ABOVE: t('省部级及以上表彰奖励', 'A provincial/ministerial or higher award'),
};

const LABEL = {
  age: t('年龄', 'Age'),
  education: t('学历', 'Education'),
  titleOrSkill: t('职称或技能等级', 'Title or skill level'),
  monthsBase: t('近 12 个月社保基数不低于社平工资的月数', 'Months in the last 12 with a base at or above the average wage'),
  socialInsuranceMonths: t('社保缴费月数', 'Months of social insurance'),
  taxWan: t('近 3 年平均年纳税额（万元）', 'Average annual tax over 3 years (10,000 yuan)'),
  hires: t('近 3 年平均年聘用本市户籍人数', 'Average annual Shanghai-hukou hires over 3 years'),
  baseTier: t('社保缴费基数档次', 'Social-insurance base tier'),
  publicServiceYears: t('特定公共服务领域工作年限', 'Years in a designated public-service field'),
  zone: t('远郊重点区域类型', 'Key-area type'),
  keyAreaYears: t('在远郊重点区域工作并居住年限', 'Years working and living in the key area'),
  award: t('表彰奖励', 'Award'),
  marriageYears: t('与本市户籍配偶结婚年限', 'Years married to a Shanghai-hukou spouse'),
  falseMaterial: t('提供虚假材料次数', 'Number of false-material findings'),
  adminDetention: t('行政拘留次数', 'Number of administrative detentions'),
  generalCriminal: t('一般刑事犯罪记录次数', 'Number of ordinary criminal records'),
};

const FLAG_LABEL = {
  entrepreneurTalent: t('创业人才', 'Entrepreneur talent'),
  innovationIntermediaryTalent: t('创新创业中介服务人才', 'Innovation intermediary talent'),
  shortageMajor: t('紧缺急需专业', 'Shortage major'),
  freshGraduate: t('应届高校毕业生', 'New graduate'),
  seriousCriminalRecord: t('严重刑事犯罪记录', 'Serious criminal record'),
} as const;

export function validateResidencePointsInput(input: ResidencePointsInput, rules: ResidencePointsRules): FieldError[] {
  const errors: FieldError[] = [];
  const lim = rules.inputLimits;
  const months = { min: 0, max: lim.maxMonths, integer: true };
  const years = { min: 0, max: lim.maxYears, integer: true };
  const count = { min: 0, max: lim.maxCount, integer: true };

  checkNumber(errors, 'age', input.age, { label: LABEL.age, min: lim.minAge, max: lim.maxAge, integer: true, required: true });
  checkOption(errors, 'education', input.education, EDUCATION_LEVELS, LABEL.education);
  checkOption(errors, 'titleOrSkill', input.titleOrSkill, TITLE_OR_SKILL_LEVELS, LABEL.titleOrSkill);
  checkNumber(errors, 'monthsBaseAtLeastAverageInLast12', input.monthsBaseAtLeastAverageInLast12, {
    label: LABEL.monthsBase,
    min: 0,
    max: rules.titleOrSkill.salaryBaseCondition.windowMonths,
    integer: true,
  });
  checkNumber(errors, 'socialInsuranceMonths', input.socialInsuranceMonths, { label: LABEL.socialInsuranceMonths, ...months });
  checkNumber(errors, 'investmentAvgAnnualTaxWan', input.investmentAvgAnnualTaxWan, {
    label: LABEL.taxWan,
    min: 0,
    max: lim.maxTaxWan,
    integer: false,
  });
  checkNumber(errors, 'investmentAvgAnnualShanghaiHires', input.investmentAvgAnnualShanghaiHires, {
    label: LABEL.hires,
    min: 0,
    max: lim.maxHires,
    integer: true,
  });
  checkOption(errors, 'socialInsuranceBaseTier', input.socialInsuranceBaseTier, BASE_TIERS, LABEL.baseTier);
  checkNumber(errors, 'publicServiceYears', input.publicServiceYears, { label: LABEL.publicServiceYears, ...years });
  if (input.remoteKeyArea != null) {
    checkOption(errors, 'remoteKeyArea.zone', input.remoteKeyArea.zone, KEY_AREA_ZONES, LABEL.zone, true);
    checkNumber(errors, 'remoteKeyArea.yearsWorkAndLive', input.remoteKeyArea.yearsWorkAndLive, {
      label: LABEL.keyAreaYears,
      required: true,
      ...years,
    });
  }
  checkOption(errors, 'award', input.award, AWARD_LEVELS, LABEL.award);
  checkNumber(errors, 'spouseShanghaiHukouMarriageYears', input.spouseShanghaiHukouMarriageYears, {
    label: LABEL.marriageYears,
    ...years,
  });
  checkNumber(errors, 'falseMaterialCountWithin3Years', input.falseMaterialCountWithin3Years, { label: LABEL.falseMaterial, ...count });
  checkNumber(errors, 'adminDetentionCountWithin5Years', input.adminDetentionCountWithin5Years, { label: LABEL.adminDetention, ...count });
  checkNumber(errors, 'generalCriminalCountWithin5Years', input.generalCriminalCountWithin5Years, {
    label: LABEL.generalCriminal,
    ...count,
  });
  for (const field of Object.keys(FLAG_LABEL) as (keyof typeof FLAG_LABEL)[]) {
    checkBoolean(errors, field, input[field], FLAG_LABEL[field]);
  }
  // Answers that cannot all be true are judged only once each of them is valid on its own.
  if (errors.length === 0) errors.push(...contradictions(input, rules));
  return errors;
}

/**
 * The youngest age at which anyone may be employed (《劳动法》第十五条: employers may not hire
 * anyone under 16): no one has paid social insurance or worked in a field for longer than that.
 */
export const MIN_WORKING_AGE = 16;
/** The youngest age at which a marriage can be registered (《民法典》第一千零四十七条: 女 20, 男 22). */
export const MIN_MARRIAGE_AGE = 20;

/**
 * Answers that each pass on their own but cannot all be true. Such a combination would add
 * points the person cannot have (a base tier that needs 36 months from someone with 12), so the
 * estimate is refused with a message beside the answer that claims the points, saying what it
 * needs and what the other answer says.
 *
 * Left out on purpose: age against education. Accelerated students (少年班) finish degrees years
 * early, so any bound would either refuse real people or be too loose to catch anything at the
 * input's minimum age of 18; certificates are checked in the official review.
 */
function contradictions(input: ResidencePointsInput, rules: ResidencePointsRules): FieldError[] {
  const out: FieldError[] = [];
  const contradicts = (field: string, zh: string, en: string) => out.push({ field, code: 'CONTRADICTS', message: { zh, en } });
  // Stored facts may hold null for an unanswered question.
  const given = input.socialInsuranceMonths != null;
  const months = input.socialInsuranceMonths ?? 0;
  const yearsSinceWorkingAge = Math.max(0, input.age - MIN_WORKING_AGE);
  const monthsText = given ? t(`只有 ${months} 个月`, `only ${months}`) : t('未填写（按 0 个月计）', 'none (counted as 0)');

  const tier = input.socialInsuranceBaseTier ?? 'NONE';
  if (tier !== 'NONE') {
    const rule = rules.socialInsuranceBaseTier.tiers[tier];
    if (months < rule.requiredMonths) {
      const years = rule.windowMonths / 12;
      contradicts(
        'socialInsuranceBaseTier',
        `此档次须近 ${years} 年内累计 ${rule.requiredMonths} 个月按该基数缴纳社保，但您填写的本市社保缴费月数${monthsText.zh}，两项回答互相矛盾，本档不能计分。请核对社保缴费月数，或改选实际达到的档次（不足时选"未达到或不申报"）。`,
        `This tier needs ${rule.requiredMonths} months of contributions at that base within the last ${years} years, but your months of Shanghai social insurance are ${monthsText.en}. The two answers contradict each other, so the tier cannot score. Check your months of social insurance, or choose the tier you actually reach ("below 0.8× or not claimed" if none).`,
      );
    }
  }

  const monthsBase = input.monthsBaseAtLeastAverageInLast12;
  if (given && monthsBase != null && monthsBase > months) {
    contradicts(
      'monthsBaseAtLeastAverageInLast12',
      `缴费基数不低于社平工资的月数（${monthsBase} 个月）不能多于社保缴费总月数（${months} 个月），请核对这两项。`,
      `Months with a base at or above the average wage (${monthsBase}) cannot exceed your total months of social insurance (${months}); check both answers.`,
    );
  }

  if (months > yearsSinceWorkingAge * 12) {
    contradicts(
      'socialInsuranceMonths',
      `${input.age} 岁最多可能缴纳 ${yearsSinceWorkingAge * 12} 个月社保（自 ${MIN_WORKING_AGE} 周岁法定最低就业年龄起算），您填写了 ${months} 个月，请核对年龄或月数。`,
      `At ${input.age} you can have paid at most ${yearsSinceWorkingAge * 12} months of social insurance (counting from ${MIN_WORKING_AGE}, the minimum legal working age); you entered ${months}. Check your age or the months.`,
    );
  }

  const workYears: [field: string, years: number | null | undefined, label: LocalisedText][] = [
    ['publicServiceYears', input.publicServiceYears, LABEL.publicServiceYears],
    ['remoteKeyArea.yearsWorkAndLive', input.remoteKeyArea?.yearsWorkAndLive, LABEL.keyAreaYears],
  ];
  for (const [field, years, label] of workYears) {
    if (years && years > yearsSinceWorkingAge) {
      contradicts(
        field,
        `${label.zh}（${years} 年）超过了 ${input.age} 岁的人自 ${MIN_WORKING_AGE} 周岁起可能工作的年数（${yearsSinceWorkingAge} 年），请核对年龄或年限。`,
        `${label.en} (${years}) is more than someone aged ${input.age} can have worked since the age of ${MIN_WORKING_AGE} (${yearsSinceWorkingAge}); check your age or the years.`,
      );
    }
  }

  const marriageYears = input.spouseShanghaiHukouMarriageYears ?? 0;
  const yearsSinceMarriageAge = Math.max(0, input.age - MIN_MARRIAGE_AGE);
  if (marriageYears > yearsSinceMarriageAge) {
    contradicts(
      'spouseShanghaiHukouMarriageYears',
      `结婚年限（${marriageYears} 年）超过了 ${input.age} 岁的人自法定婚龄（${MIN_MARRIAGE_AGE} 周岁起）可能的年数（${yearsSinceMarriageAge} 年），请核对年龄或结婚年限。`,
      `${marriageYears} years of marriage is more than someone aged ${input.age} can have been married since the minimum legal age of ${MIN_MARRIAGE_AGE} (${yearsSinceMarriageAge} years); check your age or the years.`,
    );
  }

  if (input.freshGraduate === true && (input.education ?? 'NONE') === 'NONE') {
    contradicts(
      'freshGraduate',
      '应届高校毕业生加分须有大专及以上学历，但学历填写为"无学历"。请在第 1 步填写学历，或取消此项。',
      'The new-graduate bonus needs an associate diploma or higher, but your education is "no qualification". Enter your education in step 1, or untick this.',
    );
  }
  return out;
}

/** Estimates the score. Throws PolicyInputError if the input has not been validated. */
export function estimateResidencePoints(input: ResidencePointsInput, rules: ResidencePointsRules): ResidencePointsResult {
  assertValid(validateResidencePointsInput(input, rules));

  const [education, title] = educationAndTitle(input, rules);
  const items: ResidencePointsItem[] = [
    age(input.age, rules),
    education,
    title,
    socialInsuranceYears(input.socialInsuranceMonths ?? 0, rules),
    flagItem('ENTREPRENEUR', input.entrepreneurTalent, rules.entrepreneur, t('创业人才', 'Entrepreneur')),
    flagItem(
      'INNOVATION_INTERMEDIARY',
      input.innovationIntermediaryTalent,
      rules.innovationIntermediary,
      t('创新创业中介服务人才', 'Innovation intermediary'),
    ),
    flagItem('SHORTAGE_MAJOR', input.shortageMajor, rules.shortageMajor, t('紧缺急需专业', 'Shortage-list major')),
    investmentOrHires(input.investmentAvgAnnualTaxWan ?? 0, input.investmentAvgAnnualShanghaiHires ?? 0, rules),
    baseTier(input.socialInsuranceBaseTier ?? 'NONE', rules),
    publicService(input.publicServiceYears ?? 0, rules),
    remoteKeyArea(input.remoteKeyArea ?? null, rules),
    flagItem('FRESH_GRADUATE', input.freshGraduate, rules.freshGraduate, t('全日制应届高校毕业生', 'Full-time new graduate')),
    award(input.award ?? 'NONE', rules),
    spouseHukou(input.spouseShanghaiHukouMarriageYears ?? 0, rules),
    deductionItem('FALSE_MATERIAL', input.falseMaterialCountWithin3Years ?? 0, rules.falseMaterial, t('提供虚假材料', 'False materials supplied')),
    deductionItem('ADMIN_DETENTION', input.adminDetentionCountWithin5Years ?? 0, rules.adminDetention, t('行政拘留', 'Administrative detention')),
    deductionItem(
      'GENERAL_CRIMINAL',
      input.generalCriminalCountWithin5Years ?? 0,
      rules.generalCriminal,
      t('一般刑事犯罪', 'Ordinary criminal offence'),
    ),
    veto(input.seriousCriminalRecord ?? false, rules),
  ];

  const disqualified = input.seriousCriminalRecord === true;
  const total = disqualified ? 0 : items.reduce((sum, item) => sum + item.points, 0);
  return {
    total,
    standardScore: rules.standardScore,
    meetsStandard: !disqualified && total >= rules.standardScore,
    disqualified,
    items,
    disclaimer: OFFICIAL_SCORE_NOTICE,
  };
}

function item(
  indicator: ResidenceIndicator,
  points: number,
  explanation: LocalisedText,
  rule: { legalBasis: string },
): ResidencePointsItem {
  return { indicator, points, explanation, legalBasis: rule.legalBasis };
}

function age(years: number, rules: ResidencePointsRules): ResidencePointsItem {
  const r = rules.age;
  // Youngest age below which the formula would exceed the cap: 56 − ceil((30 − 5) / 2) = 43.
  const fullPointsAge = r.floorBandFromAge - Math.ceil((r.maxPoints - r.floorBandPoints) / r.pointsPerYearYounger);
  if (years > r.floorBandToAge) {
    return item(
      'AGE',
      0,
      t(
        `年龄 ${years} 岁：超过 ${r.floorBandToAge} 岁不计分，一般不符合积分申请条件（须在职并缴纳社保）`,
        `Age ${years}: over ${r.floorBandToAge} scores 0 points and is generally not eligible (applicants must be employed and paying social insurance)`,
      ),
      r,
    );
  }
  if (years <= fullPointsAge) {
    return item(
      'AGE',
      r.maxPoints,
      t(`年龄 ${years} 岁：≤${fullPointsAge} 岁积满 ${r.maxPoints} 分`, `Age ${years}: ${fullPointsAge} or younger scores the full ${r.maxPoints} points`),
      r,
    );
  }
  if (years >= r.floorBandFromAge) {
    return item(
      'AGE',
      r.floorBandPoints,
      t(
        `年龄 ${years} 岁：${r.floorBandFromAge}–${r.floorBandToAge} 岁积 ${r.floorBandPoints} 分`,
        `Age ${years}: ages ${r.floorBandFromAge} to ${r.floorBandToAge} score ${r.floorBandPoints} points`,
      ),
      r,
    );
  }
  const points = r.floorBandPoints + r.pointsPerYearYounger * (r.floorBandFromAge - years);
  return item(
    'AGE',
    points,
    t(
      `年龄 ${years} 岁：${r.floorBandFromAge}–${r.floorBandToAge} 岁积 ${r.floorBandPoints} 分，每小 1 岁加 ${r.pointsPerYearYounger} 分，积 ${points} 分`,
      `Age ${years}: ages ${r.floorBandFromAge} to ${r.floorBandToAge} score ${r.floorBandPoints} points, plus ${r.pointsPerYearYounger} for each year younger, so ${points} points`,
    ),
    r,
  );
}

/** Education and title are alternatives (二选一): only the higher counts; a tie counts education. */
function educationAndTitle(input: ResidencePointsInput, rules: ResidencePointsRules): [ResidencePointsItem, ResidencePointsItem] {
  const level = input.education ?? 'NONE';
  const title = input.titleOrSkill ?? 'NONE';
  const cond = rules.titleOrSkill.salaryBaseCondition;
  const baseMonths = input.monthsBaseAtLeastAverageInLast12 ?? 0;
  const needsBase = cond.levels.includes(title);
  const baseMet = !needsBase || baseMonths >= cond.minMonths;

  const educationWorth = rules.education.points[level];
  const titleWorth = rules.titleOrSkill.points[title];
  const titlePoints = baseMet ? titleWorth : 0;
  const titleCounts = titlePoints > educationWorth;

  const eduLabel = EDUCATION_LABEL[level];
  const titleLabel = TITLE_LABEL[title];
  const either = t('学历与职称（技能等级）二选一、只计较高的一项', 'education and title/skill level are alternatives and only the higher counts');

  let educationText: LocalisedText;
  if (level === 'NONE') educationText = t('未填写学历：0 分', 'No qualification entered: 0 points');
  else if (!titleCounts) educationText = t(`${eduLabel.zh}：积 ${educationWorth} 分`, `${eduLabel.en}: ${educationWorth} points`);
  else
    educationText = t(
      `${eduLabel.zh}可积 ${educationWorth} 分，但${either.zh}，本次按职称（技能等级）计 ${titlePoints} 分，学历不计入`,
      `${eduLabel.en} would score ${educationWorth} points, but ${either.en}: the title's ${titlePoints} points are used instead`,
    );

  const baseNote = t(
    `最近 ${cond.windowMonths} 个月内累计 ${cond.minMonths} 个月社保缴费基数不低于上年度全市职工平均工资`,
    `at least ${cond.minMonths} of the last ${cond.windowMonths} months with a social-insurance base at or above last year's city average wage`,
  );
  let titleText: LocalisedText;
  if (title === 'NONE') titleText = t('未填写职称或技能等级：0 分', 'No title or skill level entered: 0 points');
  else if (!baseMet)
    titleText = t(
      `${titleLabel.zh}本可积 ${titleWorth} 分，但须${baseNote.zh}，目前只有 ${baseMonths} 个月，本项计 0 分`,
      `${titleLabel.en} would score ${titleWorth} points, but it needs ${baseNote.en}; you have ${baseMonths}, so it scores 0`,
    );
  else if (titleCounts)
    titleText = needsBase
      ? t(
          `${titleLabel.zh}：积 ${titlePoints} 分（近 ${cond.windowMonths} 个月内已有 ${baseMonths} 个月社保缴费基数不低于上年度全市职工平均工资，满足条件）`,
          `${titleLabel.en}: ${titlePoints} points (meets the base condition: ${baseMonths} of the last ${cond.windowMonths} months at or above last year's city average wage)`,
        )
      : t(`${titleLabel.zh}：积 ${titlePoints} 分`, `${titleLabel.en}: ${titlePoints} points`);
  else
    titleText = t(
      `${titleLabel.zh}可积 ${titleWorth} 分，但${either.zh}，本次按学历计 ${educationWorth} 分，职称不计入`,
      `${titleLabel.en} would score ${titleWorth} points, but ${either.en}: education's ${educationWorth} points are used instead`,
    );

  return [
    item('EDUCATION', titleCounts ? 0 : educationWorth, educationText, rules.education),
    item('TITLE_OR_SKILL', titleCounts ? titlePoints : 0, titleText, rules.titleOrSkill),
  ];
}

function socialInsuranceYears(months: number, rules: ResidencePointsRules): ResidencePointsItem {
  const r = rules.socialInsuranceYears;
  const years = Math.floor(months / 12);
  const points = years * r.pointsPerFullYear;
  const toNextYear = 12 - (months % 12);
  return item(
    'SOCIAL_INSURANCE_YEARS',
    points,
    t(
      `在本市缴纳职工社保 ${months} 个月，满 ${years} 年，每满 1 年积 ${r.pointsPerFullYear} 分，共 ${points} 分（再缴 ${toNextYear} 个月可再加 ${r.pointsPerFullYear} 分；补缴月份不计）`,
      `${months} months of Shanghai social insurance = ${years} full years × ${r.pointsPerFullYear} = ${points} points (${toNextYear} more months add ${r.pointsPerFullYear}; back-paid months do not count)`,
    ),
    r,
  );
}

function flagItem(
  indicator: ResidenceIndicator,
  claimed: boolean | undefined,
  rule: { points: number; legalBasis: string },
  label: LocalisedText,
): ResidencePointsItem {
  return claimed
    ? item(indicator, rule.points, t(`${label.zh}：积 ${rule.points} 分`, `${label.en} bonus: ${rule.points} points`), rule)
    : item(indicator, 0, t(`未申报${label.zh}加分：0 分`, `${label.en} bonus not claimed: 0 points`), rule);
}

function investmentOrHires(taxWan: number, hires: number, rules: ResidencePointsRules): ResidencePointsItem {
  const r = rules.investmentOrHires;
  const byTax = Math.floor(taxWan / r.taxStepWan) * r.pointsPerStep;
  const byHires = Math.floor(hires / r.hiresStep) * r.pointsPerStep;
  const raw = Math.max(byTax, byHires);
  const points = Math.min(raw, r.cap);
  if (raw === 0) {
    return item(
      'INVESTMENT_OR_HIRES',
      0,
      t(
        `投资企业近 3 年平均年纳税未达 ${r.taxStepWan} 万元、平均年聘用本市户籍人员未达 ${r.hiresStep} 人：0 分`,
        `Average annual tax below ${yuanFromWan(r.taxStepWan)} yuan and fewer than ${r.hiresStep} Shanghai-hukou hires a year over the last 3 years: 0 points`,
      ),
      r,
    );
  }
  const used =
    byTax >= byHires
      ? t(
          `按平均年纳税 ${taxWan} 万元计，每 ${r.taxStepWan} 万元积 ${r.pointsPerStep} 分，得 ${raw} 分`,
          `average annual tax of ${yuanFromWan(taxWan)} yuan counts, ${r.pointsPerStep} points per ${yuanFromWan(r.taxStepWan)} yuan, giving ${raw}`,
        )
      : t(
          `按平均年聘用本市户籍 ${hires} 人计，每 ${r.hiresStep} 人积 ${r.pointsPerStep} 分，得 ${raw} 分`,
          `${hires} Shanghai-hukou hires a year count, ${r.pointsPerStep} points per ${r.hiresStep} hires, giving ${raw}`,
        );
  return item(
    'INVESTMENT_OR_HIRES',
    points,
    t(
      `投资纳税与带动就业二选一、取较高者：${used.zh}；本项计 ${points} 分（最高 ${r.cap} 分）`,
      `Investment tax or local hires, whichever is higher: ${used.en}; this indicator scores ${points} points (max ${r.cap})`,
    ),
    r,
  );
}

function baseTier(tier: BaseTier, rules: ResidencePointsRules): ResidencePointsItem {
  const r = rules.socialInsuranceBaseTier;
  if (tier === 'NONE') {
    return item('SOCIAL_INSURANCE_BASE_TIER', 0, t('未申报社保缴费基数加分：0 分', 'Social-insurance base bonus not claimed: 0 points'), r);
  }
  const tr = r.tiers[tier];
  const years = tr.windowMonths / 12;
  const range =
    tr.maxRatio === null
      ? t(`${tr.minRatio} 倍（缴费基数上限）`, `${tr.minRatio}× (the contribution ceiling)`)
      : t(
          `${tr.minRatio} 倍至 ${tr.maxRatio} 倍（不含）`,
          `${tr.minRatio}× to under ${tr.maxRatio}×`,
        );
  return item(
    'SOCIAL_INSURANCE_BASE_TIER',
    tr.points,
    t(
      `近 ${years} 年内累计 ${tr.requiredMonths} 个月社保缴费基数为上年度全市职工平均工资的 ${range.zh}：积 ${tr.points} 分（只计一档）`,
      `${tr.requiredMonths} months within the last ${years} years with a social-insurance base of ${range.en} last year's city average wage: ${tr.points} points (one tier only)`,
    ),
    r,
  );
}

/** "每满1年积N分，满X年后开始计入": once the threshold is met every year counts [INF, high confidence]. */
function yearsAfterThreshold(years: number, thresholdYears: number, pointsPerYear: number): number {
  return years >= thresholdYears ? years * pointsPerYear : 0;
}

function publicService(years: number, rules: ResidencePointsRules): ResidencePointsItem {
  const r = rules.publicService;
  const raw = yearsAfterThreshold(years, r.thresholdYears, r.pointsPerFullYear);
  // The cap is `unknown` in POLICY.md: without it an uncapped figure could overstate the score,
  // so nothing is counted until an administrator configures the cap.
  const result = (points: number, explanation: LocalisedText): ResidencePointsItem => ({
    ...item('PUBLIC_SERVICE', points, explanation, r),
    ...(r.cap === null ? { notConfigured: true } : {}),
  });
  if (years === 0) return result(0, t('未申报特定公共服务领域加分：0 分', 'Designated public-service bonus not claimed: 0 points'));
  if (raw === 0) {
    return result(
      0,
      t(
        `在特定公共服务领域工作 ${years} 年，满 ${r.thresholdYears} 年后才开始计分：暂为 0 分`,
        `${years} years in a designated public-service field: points count only after ${r.thresholdYears} years, so 0 for now`,
      ),
    );
  }
  if (r.cap === null) {
    return result(
      0,
      t(
        `在特定公共服务领域工作 ${years} 年，每满 1 年积 ${r.pointsPerFullYear} 分，可得 ${raw} 分；但本项上限待配置，暂不计入总分`,
        `${years} years in a designated public-service field at ${r.pointsPerFullYear} points a year would give ${raw} points, but this indicator's cap is not configured yet, so it is not counted`,
      ),
    );
  }
  const points = Math.min(raw, r.cap);
  return result(
    points,
    t(
      `在特定公共服务领域工作 ${years} 年（满 ${r.thresholdYears} 年后全部年限计分），每满 1 年积 ${r.pointsPerFullYear} 分：积 ${points} 分（最高 ${r.cap} 分）`,
      `${years} years in a designated public-service field (all years count once ${r.thresholdYears} are reached) at ${r.pointsPerFullYear} points a year: ${points} points (max ${r.cap})`,
    ),
  );
}

function remoteKeyArea(area: NonNullable<ResidencePointsInput['remoteKeyArea']> | null, rules: ResidencePointsRules): ResidencePointsItem {
  const r = rules.remoteKeyArea;
  if (area === null || area.yearsWorkAndLive === 0) {
    return item('REMOTE_KEY_AREA', 0, t('未申报远郊重点区域加分：0 分', 'Outer-suburb key-area bonus not claimed: 0 points'), r);
  }
  const { zone, yearsWorkAndLive: years } = area;
  const threshold = r.thresholdYears[zone];
  const raw = yearsAfterThreshold(years, threshold, r.pointsPerFullYear);
  const where = ZONE_LABEL[zone];
  if (raw === 0) {
    return item(
      'REMOTE_KEY_AREA',
      0,
      t(
        `在${where.zh}工作并居住 ${years} 年，满 ${threshold} 年后才开始计分：暂为 0 分`,
        `${years} years working and living in ${where.en}: points count only after ${threshold} years, so 0 for now`,
      ),
      r,
    );
  }
  const points = Math.min(raw, r.cap);
  return item(
    'REMOTE_KEY_AREA',
    points,
    t(
      `在${where.zh}工作并居住 ${years} 年（满 ${threshold} 年后全部年限计分），每满 1 年积 ${r.pointsPerFullYear} 分：积 ${points} 分（最高 ${r.cap} 分）`,
      `${years} years working and living in ${where.en} (all years count once ${threshold} are reached) at ${r.pointsPerFullYear} points a year: ${points} points (max ${r.cap})`,
    ),
    r,
  );
}

function award(level: AwardLevel, rules: ResidencePointsRules): ResidencePointsItem {
  const r = rules.award;
  if (level === 'NONE') return item('AWARD', 0, t('未申报表彰奖励加分：0 分', 'Award bonus not claimed: 0 points'), r);
  const points = r.points[level];
  const label = AWARD_LABEL[level];
  return item(
    'AWARD',
    points,
    t(`${label.zh}：积 ${points} 分（多项奖励只按最高一项计）`, `${label.en}: ${points} points (only the highest award counts)`),
    r,
  );
}

function spouseHukou(years: number, rules: ResidencePointsRules): ResidencePointsItem {
  const r = rules.spouseHukou;
  if (years === 0) {
    return item('SPOUSE_HUKOU', 0, t('未申报配偶为本市户籍加分：0 分', 'Shanghai-hukou spouse bonus not claimed: 0 points'), r);
  }
  const points = Math.min(years * r.pointsPerFullYear, r.cap);
  return item(
    'SPOUSE_HUKOU',
    points,
    t(
      `配偶为本市户籍，结婚满 ${years} 年，每满 1 年积 ${r.pointsPerFullYear} 分：积 ${points} 分（最高 ${r.cap} 分）`,
      `Married to a Shanghai-hukou spouse for ${years} full years at ${r.pointsPerFullYear} points a year: ${points} points (max ${r.cap})`,
    ),
    r,
  );
}

function deductionItem(indicator: ResidenceIndicator, count: number, rule: DeductionRule, what: LocalisedText): ResidencePointsItem {
  if (count === 0) {
    return item(
      indicator,
      0,
      t(`${rule.windowYears} 年内无${what.zh}记录：不扣分`, `${what.en}: none within ${rule.windowYears} years, no deduction`),
      rule,
    );
  }
  const points = deduction(count, rule.pointsEach);
  return item(
    indicator,
    points,
    t(
      `${rule.windowYears} 年内有${what.zh} ${count} 次，每次扣 ${rule.pointsEach} 分：${points} 分`,
      `${what.en}: ${count} within ${rule.windowYears} years at ${rule.pointsEach} points each, so ${points} points`,
    ),
    rule,
  );
}

function veto(seriousRecord: boolean, rules: ResidencePointsRules): ResidencePointsItem {
  const r = rules.seriousCriminalVeto;
  return seriousRecord
    ? item(
        'SERIOUS_CRIMINAL_VETO',
        0,
        t('有严重刑事犯罪记录：一票否决，取消积分申请资格，总分按 0 分计', 'Serious criminal record: veto; not eligible to apply for points, so the total is 0'),
        r,
      )
    : item('SERIOUS_CRIMINAL_VETO', 0, t('无严重刑事犯罪记录：不适用一票否决', 'No serious criminal record: the veto does not apply'), r);
}
