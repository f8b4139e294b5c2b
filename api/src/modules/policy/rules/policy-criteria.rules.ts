// Eligibility criteria of the criteria-based policies (POLICY.md §1.6, §2.2, §3), as plain JSON rule
// data. Seeded as version 1 of each policy's ELIGIBILITY_CRITERIA rule set; administrators edit them.
import type { LocalisedText } from './common.js';
import type { PolicyCriteriaRules } from './policy-criteria.js';
import { NO_GRANT_LIMITS } from './grant-limits.js';
import { NO_APPLICATION_CAP } from './application-cap.js';

const t = (zh: string, en: string): LocalisedText => ({ zh, en });

const POINTS_REG = '《上海市居住证积分管理办法》（沪府规〔2022〕21号）';

/** 居住证积分: who may apply (POLICY.md §1.6). The score itself is the calculator's job. */
export const RESIDENCE_POINTS_APPLICATION_CRITERIA: PolicyCriteriaRules = {
  configured: true,
  notConfiguredReason: null,
  legalBasis: POINTS_REG,
  criteria: [
    {
      code: 'RESIDENCE_PERMIT',
      label: t('持有有效的《上海市居住证》', 'A valid Shanghai residence permit'),
      legalBasis: `${POINTS_REG} 申请条件`,
      test: { kind: 'FLAG', fact: 'hasShanghaiResidencePermit', expected: true },
      howToChange: t('先到街道社区事务受理服务中心办理《上海市居住证》', 'First get a residence permit at the sub-district community affairs service centre'),
    },
    {
      code: 'EMPLOYED_AND_INSURED_NOW',
      label: t('申请当月在本市就业并缴纳职工社保', 'Employed and paying Shanghai employee social insurance in the application month'),
      legalBasis: `${POINTS_REG} 申请条件`,
      test: { kind: 'FLAG', fact: 'employedWithShanghaiInsuranceNow', expected: true },
      howToChange: t('须由本市用人单位聘用并缴纳职工社保；由单位提出申请', 'You must be employed by a Shanghai employer that pays your social insurance; the employer files'),
    },
    {
      code: 'SIX_OF_LAST_12_MONTHS',
      label: t('前 12 个月内累计缴纳本市职工社保不少于 6 个月（补缴不计）', 'At least 6 of the previous 12 months of Shanghai social insurance (back-paid months excluded)'),
      legalBasis: `${POINTS_REG} 申请条件`,
      test: { kind: 'MIN', fact: 'socialInsuranceMonthsInLast12', min: 6 },
      howToChange: null,
    },
    {
      code: 'NO_SERIOUS_CRIMINAL_RECORD',
      label: t('无严重刑事犯罪记录（一票否决）', 'No serious criminal record (veto)'),
      legalBasis: `${POINTS_REG} 一票否决指标`,
      test: { kind: 'FLAG', fact: 'hasSeriousCriminalRecord', expected: false },
      howToChange: null,
    },
  ],
  benefits: [
    { code: 'STANDARD_SCORE', label: t('积分标准分值', 'Standard score'), amount: 120, unit: t('分', 'points'), note: t('达到 120 分可享受相应公共服务待遇，如子女在本市参加中高考', 'At 120 the holder gets local public services, e.g. children may sit the zhongkao/gaokao in Shanghai') },
  ],
  grantLimits: NO_GRANT_LIMITS,
  applicationCap: NO_APPLICATION_CAP,
  provenance: [
    { tag: 'V', note: 'Eligibility: liuhubang.com jifen_3045; 52luohu.cn 41624. Employer files: hukou021.com 3404; 19hk.com.' },
    { tag: 'V-1', note: 'Veto of serious criminal records only, from 2023: incomepos.com 10544.' },
  ],
};

const INTRO_DOC = '《上海市引进人才申办本市常住户口办法》';

/** 人才引进 (POLICY.md §2.2): basic conditions plus any one category. */
export const TALENT_INTRODUCTION_CRITERIA: PolicyCriteriaRules = {
  configured: true,
  notConfiguredReason: null,
  legalBasis: INTRO_DOC,
  criteria: [
    {
      code: 'SHANGHAI_EMPLOYMENT',
      label: t('与本市用人单位签订劳动合同并在本市缴纳社保', 'Labour contract with a Shanghai employer and social insurance paid in Shanghai'),
      legalBasis: `${INTRO_DOC} 基本条件`,
      test: { kind: 'FLAG', fact: 'employedWithShanghaiInsuranceNow', expected: true },
      howToChange: null,
    },
    {
      code: 'YEARS_BEFORE_RETIREMENT',
      label: t('一般距法定退休年龄 5 年以上（特殊人才可放宽）', 'Normally at least 5 years before statutory retirement age (relaxed for exceptional people)'),
      legalBasis: `${INTRO_DOC} 基本条件`,
      test: { kind: 'MIN', fact: 'yearsToStatutoryRetirement', min: 5 },
      howToChange: t('特殊人才可放宽年龄要求，请咨询区人才服务中心', 'The age limit is relaxed for exceptional people; ask the district talent service centre'),
    },
    {
      code: 'NO_CRIMINAL_RECORD',
      label: t('无违法犯罪记录', 'No criminal record'),
      legalBasis: `${INTRO_DOC} 基本条件`,
      test: { kind: 'FLAG', fact: 'hasCriminalRecord', expected: false },
      howToChange: null,
    },
    {
      code: 'TALENT_CATEGORY',
      label: t('符合任一引进人才类别', 'Fits at least one talent category'),
      legalBasis: `${INTRO_DOC} 引进人才类别`,
      test: {
        kind: 'ANY',
        of: [
          { kind: 'IN', fact: 'education', values: ['DOCTOR'] },
          { kind: 'IN', fact: 'titleOrSkill', values: ['SKILL_1_OR_SENIOR_TITLE'] },
          { kind: 'FLAG', fact: 'provincialAwardOrAbove', expected: true },
          { kind: 'FLAG', fact: 'talentProgrammeOrMajorProject', expected: true },
          {
            kind: 'ALL',
            of: [
              { kind: 'FLAG', fact: 'keyInstitutionRecommended', expected: true },
              { kind: 'IN', fact: 'education', values: ['BACHELOR_WITH_DEGREE', 'MASTER', 'DOCTOR'] },
            ],
          },
          { kind: 'FLAG', fact: 'nationalSkillAward', expected: true },
          { kind: 'FLAG', fact: 'marketInnovationTalent', expected: true },
        ],
      },
      howToChange: t(
        '类别包括：博士或高级职称；省部级以上奖励或人才计划；重点机构紧缺急需人才（硕士，或本科学位核心骨干，或技师）；高技能人才；市场化创新创业人才',
        'Categories: doctorate or senior title; provincial or higher awards or talent programmes; key-institution talent (master, bachelor-degree core staff, or technician); high-skill awards; market-recognised innovators',
      ),
    },
  ],
  benefits: [],
  grantLimits: NO_GRANT_LIMITS,
  applicationCap: NO_APPLICATION_CAP,
  provenance: [
    { tag: 'V', note: 'Basic conditions: 96ivf.com 21033. Categories: 91kaiye.cn 25354; 96ivf 21033; huihuacong.com.' },
    { tag: 'INF', note: 'Categories (7) 技师 in a 重点机构, (9) 高级技师 and (10) 技师 with awards are folded into the title and award facts; the reviewing body decides.' },
  ],
};

const APARTMENT_DOC = '《宝山区人才公寓管理暂行办法》';

/** 宝山区人才公寓 and rent subsidy 先租后补 (POLICY.md §3.1). */
export const TALENT_APARTMENT_CRITERIA: PolicyCriteriaRules = {
  configured: true,
  notConfiguredReason: null,
  legalBasis: APARTMENT_DOC,
  criteria: [
    {
      code: 'EMPLOYER_IN_BAOSHAN',
      label: t('用人单位工商、税务登记在宝山区', 'Employer registered for business and tax in Baoshan'),
      legalBasis: `${APARTMENT_DOC} 单位条件`,
      test: { kind: 'FLAG', fact: 'employerRegisteredInBaoshan', expected: true },
      howToChange: null,
    },
    {
      code: 'EMPLOYER_CONDITIONS',
      label: t(
        '用人单位符合以下之一：符合科创中心主阵地或区产业导向；跨国公司地区总部、研发中心等；区或市属在宝山的教育、卫生单位；经区人才安居工作联席会议认定',
        'Employer fits one of: the district industry direction; an MNC regional HQ or R&D centre; a district or municipal education or health body in Baoshan; approved by the district joint meeting',
      ),
      legalBasis: `${APARTMENT_DOC} 单位条件`,
      test: { kind: 'FLAG', fact: 'employerMeetsPolicyConditions', expected: true },
      howToChange: t('请单位人事确认单位是否符合条件', 'Ask your employer\'s HR whether the employer qualifies'),
    },
    {
      code: 'NO_HOME_IN_BAOSHAN',
      label: t('本人在宝山区及周边地区无自有住房', 'No home of one\'s own in Baoshan or nearby'),
      legalBasis: `${APARTMENT_DOC} 个人条件`,
      test: { kind: 'FLAG', fact: 'ownsHomeInBaoshanOrNearby', expected: false },
      howToChange: null,
    },
    {
      code: 'CONTRACT_ONE_YEAR',
      label: t('与用人单位签订一年以上劳动合同', 'A labour contract of at least one year with the employer'),
      legalBasis: `${APARTMENT_DOC} 个人条件`,
      test: { kind: 'MIN', fact: 'laborContractMonths', min: 12 },
      howToChange: t('与单位签订一年以上的劳动合同', 'Sign a labour contract of a year or more'),
    },
    {
      code: 'TALENT_LEVEL',
      label: t(
        '符合以下之一：区级及以上高层次人才；相应岗位中高级管理人员、中级及以上职称或技能三级及以上；本科及以上学历；经单位推荐并经联席会议认定',
        'One of: district-level or higher high-level talent; mid/senior manager, intermediate or higher title, or skill level 3 or above in a matching post; bachelor studies or above; recommended and approved by the joint meeting',
      ),
      legalBasis: `${APARTMENT_DOC} 个人条件`,
      test: {
        kind: 'ANY',
        of: [
          { kind: 'FLAG', fact: 'highLevelTalentDistrictOrAbove', expected: true },
          { kind: 'FLAG', fact: 'midOrSeniorManager', expected: true },
          { kind: 'IN', fact: 'titleOrSkill', values: ['SKILL_3', 'SKILL_2_OR_INTERMEDIATE_TITLE', 'SKILL_1_OR_SENIOR_TITLE'] },
          { kind: 'IN', fact: 'education', values: ['BACHELOR', 'BACHELOR_WITH_DEGREE', 'MASTER', 'DOCTOR'] },
          { kind: 'FLAG', fact: 'recommendedByEmployerAndApproved', expected: true },
        ],
      },
      howToChange: null,
    },
  ],
  // The rates, caps and months are the talent-apartment rule set's (talent-apartment.rules.ts): kept once.
  benefits: [],
  grantLimits: {
    ...NO_GRANT_LIMITS,
    provenance: [
      { tag: 'UNKNOWN', note: 'No source limits how often one person may be allocated a flat. The 3-year cap (newhan.cn) is months of rent subsidy per person, kept in the talent-apartment rules, not a count of grants.' },
    ],
  },
  applicationCap: NO_APPLICATION_CAP,
  provenance: [
    { tag: 'V-1', note: 'Conditions: 上海宝山 WeChat 2023 H1 notice via fensifuwu.com; wtabcd.cn 167757336942176 agrees.' },
    { tag: 'V-1', note: 'Duration 3 years and half-yearly settlement: newhan.cn 167757334042155.' },
    { tag: 'INF', note: '"本科 or above" is read as 本科学历 with or without the degree.' },
  ],
};

const KEY_TALENT_DOC = '《宝山区企业骨干人才专项激励办法》（宝人社规〔2022〕8号）';

/** 宝山区企业骨干人才专项激励 (POLICY.md §3.3). The award amount is unknown: not configured. */
export const KEY_TALENT_INCENTIVE_CRITERIA: PolicyCriteriaRules = {
  configured: true,
  notConfiguredReason: null,
  legalBasis: KEY_TALENT_DOC,
  criteria: [
    {
      code: 'EMPLOYER_IN_BAOSHAN',
      label: t('用人单位工商、税务登记在宝山区', 'Employer registered for business and tax in Baoshan'),
      legalBasis: `${KEY_TALENT_DOC} 单位条件`,
      test: { kind: 'FLAG', fact: 'employerRegisteredInBaoshan', expected: true },
      howToChange: null,
    },
    {
      code: 'NOT_DISTRICT_STATE_OWNED',
      label: t('不属于区属国有企业及其下属企业、区国资委委托监管企业', 'Not a district state-owned company, its subsidiary, or a company entrusted to the district SASAC'),
      legalBasis: `${KEY_TALENT_DOC} 适用范围`,
      test: { kind: 'FLAG', fact: 'employerIsDistrictStateOwned', expected: false },
      howToChange: null,
    },
    {
      code: 'EMPLOYER_CONDITIONS',
      label: t(
        '单位信用良好、近 3 年纳税稳定，且符合以下之一：经区相关部门推荐；上年度区级税收 3000 万元以上；当年新引进且实到固定资产投资超过 3000 万元；地区总部或研发中心等；经区人才工作领导小组认定',
        'Employer in good credit with stable taxes for 3 years, and one of: recommended by a district department; previous-year district-level tax of 30 million yuan or more; new with over 30 million yuan of fixed-asset investment this year; a regional HQ or R&D centre; approved by the district talent leading group',
      ),
      legalBasis: `${KEY_TALENT_DOC} 单位条件`,
      test: { kind: 'FLAG', fact: 'employerMeetsPolicyConditions', expected: true },
      howToChange: t('请单位人事确认单位是否符合条件', 'Ask your employer\'s HR whether the employer qualifies'),
    },
    {
      code: 'KEY_POST',
      label: t('经单位认定，在重要创新岗位担任高级管理、核心技术等骨干人才', 'Recognised by the employer as senior manager, core technical lead or similar in an important innovation post'),
      legalBasis: `${KEY_TALENT_DOC} 个人条件`,
      test: { kind: 'FLAG', fact: 'keyPostRecognisedByEmployer', expected: true },
      howToChange: null,
    },
    {
      code: 'CONTRACT_THREE_YEARS',
      label: t('与单位签订 3 年及以上劳动合同', 'A labour contract of 3 years or more'),
      legalBasis: `${KEY_TALENT_DOC} 个人条件`,
      test: { kind: 'MIN', fact: 'laborContractMonths', min: 36 },
      howToChange: null,
    },
    {
      code: 'INSURED_SIX_MONTHS',
      label: t('在本单位连续缴纳社保满 6 个月', 'At least 6 consecutive months of social insurance at the employer'),
      legalBasis: `${KEY_TALENT_DOC} 个人条件`,
      test: { kind: 'MIN', fact: 'consecutiveInsuranceMonthsAtEmployer', min: 6 },
      howToChange: null,
    },
    {
      code: 'INCOME_TAX_AT_EMPLOYER',
      label: t('在本单位缴纳个人所得税', 'Income tax paid through the employer'),
      legalBasis: `${KEY_TALENT_DOC} 个人条件`,
      test: { kind: 'FLAG', fact: 'paysIncomeTaxAtEmployer', expected: true },
      howToChange: null,
    },
    {
      code: 'INCOME_THREE_TIMES_AVERAGE',
      label: t('上一年度在本区取得的税前收入不低于本市职工年平均工资的 3 倍，且社保缴费基数相匹配', "Previous year's pre-tax income in the district at least 3× the Shanghai average annual wage, with a matching social-insurance base"),
      legalBasis: `${KEY_TALENT_DOC} 个人条件`,
      test: { kind: 'INCOME_MULTIPLE', fact: 'previousYearPreTaxIncomeYuan', multipleOfAverageAnnualWage: 3 },
      howToChange: null,
    },
    {
      code: 'NO_VIOLATIONS',
      label: t('近一年无违法违规和失信行为', 'No illegal acts or dishonesty in the last year'),
      legalBasis: `${KEY_TALENT_DOC} 个人条件`,
      test: { kind: 'FLAG', fact: 'noViolationsLastYear', expected: true },
      howToChange: null,
    },
  ],
  benefits: [
    {
      code: 'AWARD_AMOUNT',
      label: t('激励金额', 'Award amount'),
      amount: null,
      unit: t('元', 'yuan'),
      note: t('宝人社规〔2022〕8号的激励标准条款未取得，金额待管理员按官方文件配置', 'The award article of 宝人社规〔2022〕8号 is not available; an administrator enters the amount from the official text'),
    },
  ],
  grantLimits: {
    ...NO_GRANT_LIMITS,
    provenance: [
      { tag: 'INF', note: 'Applications are yearly (《年度宝山区企业骨干人才专项激励申请表》, 2020 and 2023 notices), which suggests at most one grant a year, but no source states a limit: not configured.' },
      { tag: 'UNKNOWN', note: 'Award amount and any lifetime amount per person: not known.' },
    ],
  },
  applicationCap: NO_APPLICATION_CAP,
  provenance: [
    { tag: 'V-official', note: 'Document, scope and conditions: xxgk.shbsq.gov.cn infoid=69c4c4fc-2797-4d16-b7b8-cd5e26ea8ca5.' },
    { tag: 'V', note: 'Employer and individual details: idyueduqi.com FAQ; suzhou.jsoln.com 62712 (2023 notice); 691620561.cn (2020 notice).' },
    { tag: 'UNKNOWN', note: 'Award amount / formula: not configured.' },
    { tag: 'INF', note: 'The 3× multiple uses the city average wage yearly parameter; until it is configured the income criterion answers "not configured".' },
  ],
};

/** 人才安居资助 (POLICY.md §3.2): no Baoshan document known. */
export const HOUSING_SUBSIDY_CRITERIA: PolicyCriteriaRules = {
  configured: false,
  notConfiguredReason: t(
    '宝山区"人才安居资助"的申请条件和金额尚无公开文件可依，待管理员依据官方文件配置；目前可参考"宝山区人才公寓租金补贴（先租后补）"',
    'No Baoshan document for the talent housing subsidy is known: its conditions and amounts are not configured until an administrator enters them from an official document. See the Baoshan talent-apartment rent subsidy meanwhile',
  ),
  legalBasis: '宝山区人才安居资助（文件名称和文号待配置）',
  criteria: [],
  benefits: [
    { code: 'PURCHASE_SUBSIDY', label: t('购房资助金额', 'Home purchase subsidy'), amount: null, unit: t('元', 'yuan'), note: null },
    { code: 'RENT_SUBSIDY', label: t('租房资助金额', 'Rent subsidy'), amount: null, unit: t('元/月', 'yuan a month'), note: null },
  ],
  grantLimits: {
    ...NO_GRANT_LIMITS,
    provenance: [{ tag: 'UNKNOWN', note: 'POLICY.md §3.2: no Baoshan document, so no per-person limits; none are applied until an administrator enters them.' }],
  },
  applicationCap: NO_APPLICATION_CAP,
  provenance: [
    { tag: 'UNKNOWN', note: 'POLICY.md §3.2: no Baoshan-specific document; other districts\' figures are never used for Baoshan.' },
  ],
};

/** 上海大学材料学院干部培养交流 (POLICY.md §3.4): no public rules; nominated through the alliance. */
export const CADRE_TRAINING_CRITERIA: PolicyCriteriaRules = {
  configured: false,
  notConfiguredReason: t(
    '本项目没有公开的申请条件：由企业人事推荐，镇里统筹。请联系单位人事或镇人才办',
    'This programme has no public conditions: enterprise HR nominate candidates and the town decides. Ask your HR or the town talent office',
  ),
  legalBasis: '月浦镇与上海大学材料科学与工程学院党委干部培养交流计划（无公开规则）',
  criteria: [],
  benefits: [],
  grantLimits: NO_GRANT_LIMITS,
  applicationCap: NO_APPLICATION_CAP,
  provenance: [{ tag: 'INF', note: 'POLICY.md §3.4: no public rules; modelled as content and events, not a rule engine.' }],
};

/** 牵手月浦 bank partnership (POLICY.md §3.4): products are content published by the branches. */
export const BANK_PRODUCTS_CRITERIA: PolicyCriteriaRules = {
  configured: false,
  notConfiguredReason: t(
    '各银行产品的条件由银行自行确定，请查看产品说明或联系合作支行',
    'Each bank sets its own product conditions; see the product description or contact the partner branch',
  ),
  legalBasis: '牵手月浦合作计划（无公开规则）',
  criteria: [],
  benefits: [],
  grantLimits: NO_GRANT_LIMITS,
  applicationCap: NO_APPLICATION_CAP,
  provenance: [{ tag: 'INF', note: 'POLICY.md §3.4: no public rules known; modelled as content, not a rule engine.' }],
};
