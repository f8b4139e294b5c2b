import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../api/src/core/auth/password.js';
import { Role } from '../api/src/core/auth/role.js';
import { User } from '../api/src/modules/account/user.entity.js';
import { BankContact } from '../api/src/modules/bank/bank-contact.entity.js';
import { BankProduct } from '../api/src/modules/bank/bank-product.entity.js';
import {
  BankProductKind as K,
  BankProductStatus,
  FinancingAnswerKind,
  FinancingAudience as A,
  FinancingFact as F,
  FinancingRequestStatus,
  FinancingRouteOrigin,
  FinancingRouteStatus,
} from '../api/src/modules/bank/bank.enums.js';
import { creditCodeCheckChar } from '../api/src/modules/bank/credit-code.js';
import { FinancingAnswer } from '../api/src/modules/bank/financing-answer.entity.js';
import { FinancingConsent } from '../api/src/modules/bank/financing-consent.entity.js';
import { FinancingRequest } from '../api/src/modules/bank/financing-request.entity.js';
import { FinancingRoute } from '../api/src/modules/bank/financing-route.entity.js';
import { Organisation } from '../api/src/modules/organisation/organisation.entity.js';
import { EducationLevel } from '../api/src/modules/talent/education-level.js';
import { BANK, itemAt, ORG, SAMPLE_LOGINS, SAMPLE_PASSWORD, USER } from './ids.js';
import { ORGANISATIONS, TALENTS } from './sample-data.js';

/**
 * Sample data of the 11-bank partnership. Contacts, products and requests are invented (the
 * source gives only the count of branches); people's names are sample names. The requests and
 * answers have fixed times so that the scorecard has known figures (tests/integration/bank/
 * scorecard.test.ts computes them by hand from the table below).
 */

const bank = (i: number) => itemAt(ORG.banks, i);
const at = (iso: string) => new Date(iso);
const hoursAfter = (d: Date, h: number) => new Date(d.getTime() + h * 3600_000);
const withCheck = (first17: string) => first17 + creditCodeCheckChar(first17);

/** Sample credit codes of the first two enterprises (valid check characters, invented numbers). */
export const SAMPLE_CREDIT_CODES = [withCheck('91310113MA1GK0001'), withCheck('91310113MA1GK0002')] as const;

const CONTACT_NAMES = ['孙悦', '钱程', '吴迪', '郑岚', '冯涛', '陈思', '褚明', '卫东', '蒋敏', '沈洁', '韩雪'];

export const LIAISONS = BANK.liaisons.map((id, i) => ({
  id,
  email: i === 0 ? SAMPLE_LOGINS.bank : i === 1 ? SAMPLE_LOGINS.bank2 : `bank${i + 1}@yuepu.example`,
  displayName: `银行联络员 ${itemAt(CONTACT_NAMES, i)}`,
  branch: bank(i),
}));

export const CONTACTS = [
  ...CONTACT_NAMES.map((name, i) => ({
    id: itemAt(BANK.contacts, i),
    branch: bank(i),
    name,
    titleZh: '普惠金融部客户经理（月浦对接人）',
    titleEn: 'Relationship manager, inclusive finance (Yuepu contact)',
    phone: `021-5661${String(1001 + i * 7).padStart(4, '0')}`,
    email: `yuepu.contact${i + 1}@bank-sample.example`,
    primary: true,
  })),
  { id: BANK.contacts[11], branch: bank(0), name: '周航', titleZh: '科技金融专员', titleEn: 'Tech-finance specialist', phone: '13917001001', email: null, primary: false },
  { id: BANK.contacts[12], branch: bank(1), name: '林晨', titleZh: '个人贷款专员', titleEn: 'Personal loans specialist', phone: '13917001002', email: null, primary: false },
];

interface ProductSeed {
  branch: number;
  kind: K;
  audience: A;
  nameZh: string;
  nameEn: string;
  amount: [number | null, number | null];
  term: [number | null, number | null];
  rateBp: [number | null, number | null];
  status?: BankProductStatus;
  featured?: boolean;
  hidden?: boolean;
}

/** Indices into BANK.products; the matching tests rely on these ranges. */
export const PRODUCTS: ProductSeed[] = [
  /* 0 */ { branch: 0, kind: K.TECH_ENTERPRISE_CREDIT, audience: A.ENTERPRISE, nameZh: '科创企业信用贷（示例）', nameEn: 'Tech enterprise credit loan (sample)', amount: [500_000, 10_000_000], term: [12, 36], rateBp: [320, 450] },
  /* 1 */ { branch: 0, kind: K.TALENT_HOUSING_LOAN, audience: A.TALENT, nameZh: '人才安居贷（示例）', nameEn: 'Talent housing loan (sample)', amount: [200_000, 5_000_000], term: [60, 360], rateBp: [310, 390], featured: true },
  /* 2 */ { branch: 0, kind: K.IP_PLEDGE_LOAN, audience: A.ENTERPRISE, nameZh: '知识产权质押融资（示例）', nameEn: 'IP pledge financing (sample)', amount: [1_000_000, 20_000_000], term: [12, 36], rateBp: [300, 420] },
  /* 3 */ { branch: 1, kind: K.TECH_ENTERPRISE_CREDIT, audience: A.ENTERPRISE, nameZh: '科技e贷（示例）', nameEn: 'Tech e-loan (sample)', amount: [1_000_000, 30_000_000], term: [12, 60], rateBp: [340, 480] },
  /* 4 */ { branch: 1, kind: K.TALENT_CONSUMER_LOAN, audience: A.TALENT, nameZh: '英才消费贷（示例）', nameEn: 'Talent consumer loan (sample)', amount: [10_000, 500_000], term: [6, 60], rateBp: [360, 600] },
  /* 5 */ { branch: 2, kind: K.SUPPLY_CHAIN_FINANCE, audience: A.ENTERPRISE, nameZh: '供应链应收账款融资（示例）', nameEn: 'Supply-chain receivables financing (sample)', amount: [500_000, 50_000_000], term: [3, 12], rateBp: [350, 550] },
  /* 6 */ { branch: 2, kind: K.TECH_ENTERPRISE_CREDIT, audience: A.ENTERPRISE, nameZh: '中银科技通贷（示例）', nameEn: 'BOC tech-link loan (sample)', amount: [2_000_000, 50_000_000], term: [12, 36], rateBp: [330, 460] },
  /* 7 */ { branch: 3, kind: K.TALENT_HOUSING_LOAN, audience: A.TALENT, nameZh: '人才安家贷（示例）', nameEn: 'Talent home loan (sample)', amount: [300_000, 6_000_000], term: [60, 360], rateBp: [305, 385] },
  /* 8 */ { branch: 3, kind: K.ACCOUNT_SERVICE, audience: A.ENTERPRISE, nameZh: '科创企业账户与代发薪服务（示例）', nameEn: 'Accounts and payroll for tech enterprises (sample)', amount: [null, null], term: [null, null], rateBp: [null, null] },
  /* 9 */ { branch: 5, kind: K.TECH_ENTERPRISE_CREDIT, audience: A.ENTERPRISE, nameZh: '科创助力贷（示例）', nameEn: 'Innovation booster loan (sample)', amount: [300_000, 5_000_000], term: [6, 36], rateBp: [345, 500], featured: true },
  /* 10 */ { branch: 5, kind: K.IP_PLEDGE_LOAN, audience: A.ENTERPRISE, nameZh: '专利贷（示例）', nameEn: 'Patent loan (sample)', amount: [500_000, 10_000_000], term: [12, 36], rateBp: [320, 450] },
  /* 11 */ { branch: 7, kind: K.TALENT_CONSUMER_LOAN, audience: A.TALENT, nameZh: '闪电贷·人才版（示例）', nameEn: 'Flash loan, talent edition (sample)', amount: [50_000, 1_000_000], term: [12, 60], rateBp: [350, 720] },
  /* 12 */ { branch: 7, kind: K.TECH_ENTERPRISE_CREDIT, audience: A.ENTERPRISE, nameZh: '科创成长贷（草稿，示例）', nameEn: 'Growth loan (draft, sample)', amount: [1_000_000, 10_000_000], term: [12, 36], rateBp: [360, 480], status: BankProductStatus.DRAFT },
  /* 13 */ { branch: 6, kind: K.TECH_ENTERPRISE_CREDIT, audience: A.ENTERPRISE, nameZh: '科技小巨人贷（已被镇里隐藏，示例）', nameEn: 'Little-giant loan (hidden by the town, sample)', amount: [1_000_000, 10_000_000], term: [12, 36], rateBp: [340, 470], hidden: true },
];

const KIND_TEXT: Record<K, { zh: string; en: string; reqZh: string; reqEn: string }> = {
  [K.TECH_ENTERPRISE_CREDIT]: { zh: '面向科技型中小企业的纯信用贷款，无需抵押，线上申请、快速审批。', en: 'Unsecured credit for small tech enterprises: no collateral, online application, quick decision.', reqZh: '在宝山区注册满 2 年；上年营业收入 500 万元以上或拥有有效发明专利；企业及实际控制人征信良好。', reqEn: 'Registered in Baoshan for 2 years or more; revenue above 5 million yuan last year or an invention patent in force; good credit record of the company and its controller.' },
  [K.TALENT_HOUSING_LOAN]: { zh: '为在月浦工作的引进人才提供购房贷款，利率优惠、期限灵活。', en: 'Home loans for talent working in Yuepu, at a preferential rate with flexible terms.', reqZh: '在月浦镇企业工作满 1 年；本科及以上学历；在沪连续缴纳社保满 12 个月。', reqEn: 'Employed by a Yuepu enterprise for a year or more; bachelor or above; 12 months of Shanghai social insurance in a row.' },
  [K.TALENT_CONSUMER_LOAN]: { zh: '人才日常消费、装修、进修等用途的信用贷款。', en: 'Credit for talent\'s everyday spending, home improvement or further study.', reqZh: '年满 22 周岁；在月浦镇企业工作；月收入 8000 元以上。', reqEn: 'Aged 22 or over; employed by a Yuepu enterprise; monthly income above 8,000 yuan.' },
  [K.IP_PLEDGE_LOAN]: { zh: '以发明专利、商标等知识产权质押，盘活无形资产。', en: 'Borrow against pledged patents or trademarks, putting intangible assets to work.', reqZh: '持有有效发明专利或注册商标；专利经评估机构评估。', reqEn: 'An invention patent or registered trademark in force; the patent valued by an appraiser.' },
  [K.SUPPLY_CHAIN_FINANCE]: { zh: '基于核心企业应收账款的供应链融资，随借随还。', en: 'Supply-chain financing against receivables from core enterprises; draw and repay as needed.', reqZh: '为宝钢股份等核心企业的上游供应商；应收账款真实有效。', reqEn: 'An upstream supplier of a core enterprise such as Baosteel; genuine receivables.' },
  [K.ACCOUNT_SERVICE]: { zh: '基本户开立、代发工资、人才补贴代发等账户服务。', en: 'Opening the basic account, payroll, and paying out talent subsidies.', reqZh: '在宝山区注册的企业。', reqEn: 'An enterprise registered in Baoshan.' },
  [K.OTHER]: { zh: '其他金融服务。', en: 'Other financial services.', reqZh: '详询支行。', reqEn: 'Ask the branch.' },
};

interface RouteSeed {
  branch: number;
  origin?: FinancingRouteOrigin;
  consent: F[];
  products: number[];
  answers: { kind: FinancingAnswerKind; afterHours: number; offer?: [amount: number, rateBp: number, term: number]; text?: string }[];
}

interface RequestSeed {
  applicant: 'hr' | 'hr2' | 'talent' | 'talent2';
  kind: K;
  purpose: string;
  amount: number;
  termMonths: number;
  sentAt: string;
  routes: RouteSeed[];
  /** Index into routes of the accepted offer (its last answer), and when. */
  accepted?: { route: number; at: string };
}

/**
 * The sample requests. Hours are from sending to each answer; the scorecard test's hand
 * computation reads this table.
 */
export const REQUESTS: RequestSeed[] = [
  {
    applicant: 'hr', kind: K.TECH_ENTERPRISE_CREDIT, purpose: '扩大智能装备产线，采购检测设备（示例）', amount: 3_000_000, termMonths: 24, sentAt: '2026-09-08T09:00:00+08:00',
    routes: [
      { branch: 0, consent: [F.APPLICANT_NAME, F.CREDIT_CODE, F.ANNUAL_REVENUE, F.CONTACT_PHONE], products: [0], answers: [{ kind: FinancingAnswerKind.INTERESTED, afterHours: 4, offer: [3_000_000, 365, 24], text: '需提供近两年财务报表。' }] },
      { branch: 1, consent: [F.APPLICANT_NAME, F.ANNUAL_REVENUE], products: [3], answers: [
        { kind: FinancingAnswerKind.NEEDS_INFO, afterHours: 24, text: '请说明近三年的研发投入占比。' },
        { kind: FinancingAnswerKind.INTERESTED, afterHours: 48, offer: [2_500_000, 380, 24], text: '实际控制人提供连带责任保证。' },
      ] },
      { branch: 2, consent: [F.ANNUAL_REVENUE], products: [6], answers: [{ kind: FinancingAnswerKind.DECLINED, afterHours: 10, text: '本产品起贷金额为 200 万元且需合作满一年，暂不符合。' }] },
      { branch: 5, consent: [F.APPLICANT_NAME, F.CREDIT_CODE, F.ANNUAL_REVENUE, F.EMPLOYEE_COUNT, F.CONTACT_PHONE, F.SETTLEMENT_ACCOUNT], products: [9], answers: [{ kind: FinancingAnswerKind.INTERESTED, afterHours: 6, offer: [3_000_000, 355, 24], text: '按月付息，到期还本。' }] },
    ],
    accepted: { route: 3, at: '2026-09-12T10:00:00+08:00' },
  },
  {
    applicant: 'talent', kind: K.TALENT_HOUSING_LOAN, purpose: '在宝山区购买首套住房（示例）', amount: 1_500_000, termMonths: 240, sentAt: '2026-09-20T10:00:00+08:00',
    routes: [
      { branch: 0, consent: [F.APPLICANT_NAME, F.MONTHLY_INCOME, F.EMPLOYER_NAME, F.CONTACT_PHONE], products: [1], answers: [{ kind: FinancingAnswerKind.INTERESTED, afterHours: 2, offer: [1_500_000, 325, 240] }] },
      { branch: 3, consent: [F.MONTHLY_INCOME, F.EDUCATION], products: [7], answers: [{ kind: FinancingAnswerKind.INTERESTED, afterHours: 30, offer: [1_400_000, 315, 240], text: '首付比例不低于 30%。' }] },
    ],
    accepted: { route: 0, at: '2026-09-23T15:00:00+08:00' },
  },
  {
    applicant: 'hr2', kind: K.SUPPLY_CHAIN_FINANCE, purpose: '为宝钢股份订单备料的应收账款融资（示例）', amount: 5_000_000, termMonths: 6, sentAt: '2026-10-09T14:00:00+08:00',
    routes: [
      { branch: 2, consent: [F.APPLICANT_NAME, F.ANNUAL_REVENUE, F.CREDIT_CODE], products: [5], answers: [{ kind: FinancingAnswerKind.INTERESTED, afterHours: 20, offer: [5_000_000, 410, 6], text: '需核心企业确认应收账款。' }] },
      { branch: 0, origin: FinancingRouteOrigin.CHOSEN, consent: [F.APPLICANT_NAME], products: [], answers: [{ kind: FinancingAnswerKind.DECLINED, afterHours: 5, text: '本支行暂无供应链金融产品。' }] },
    ],
  },
  {
    applicant: 'hr', kind: K.IP_PLEDGE_LOAN, purpose: '以 5 项发明专利质押补充研发资金（示例）', amount: 2_000_000, termMonths: 36, sentAt: '2026-10-15T09:30:00+08:00',
    routes: [
      { branch: 0, consent: [F.APPLICANT_NAME, F.PATENT_COUNT, F.CONTACT_PHONE], products: [2], answers: [{ kind: FinancingAnswerKind.INTERESTED, afterHours: 8, offer: [2_000_000, 350, 36] }] },
      { branch: 5, consent: [F.PATENT_COUNT], products: [10], answers: [] },
    ],
  },
  {
    applicant: 'talent2', kind: K.TALENT_CONSUMER_LOAN, purpose: '在职攻读 MBA 学费（示例）', amount: 200_000, termMonths: 36, sentAt: '2026-11-03T11:00:00+08:00',
    routes: [
      { branch: 1, consent: [F.APPLICANT_NAME, F.MONTHLY_INCOME, F.CONTACT_PHONE], products: [4], answers: [{ kind: FinancingAnswerKind.INTERESTED, afterHours: 3, offer: [200_000, 420, 36] }] },
      { branch: 7, consent: [F.MONTHLY_INCOME], products: [11], answers: [{ kind: FinancingAnswerKind.NEEDS_INFO, afterHours: 12, text: '请提供近 6 个月的工资流水。' }] },
    ],
  },
];

const orgName = (id: string) => ORGANISATIONS.find((o) => o.id === id)!.nameZh;

const APPLICANTS = {
  hr: { user: USER.hr, enterprise: ORG.enterprises[0], facts: { applicantName: orgName(ORG.enterprises[0]), contactPhone: '13916000001', settlementAccount: '31001234567890123456', creditCode: SAMPLE_CREDIT_CODES[0], annualRevenueWan: 8600, employeeCount: 180, foundedYear: 2015, patentCount: 23 } },
  hr2: { user: USER.hr2, enterprise: ORG.enterprises[1], facts: { applicantName: orgName(ORG.enterprises[1]), contactPhone: '13916000002', settlementAccount: '31009876543210987654', creditCode: SAMPLE_CREDIT_CODES[1], annualRevenueWan: 21000, employeeCount: 320, foundedYear: 2011, patentCount: 8 } },
  talent: { user: USER.talent, enterprise: null, facts: { applicantName: itemAt(TALENTS, 0).legalName, contactPhone: itemAt(TALENTS, 0).phone, monthlyIncome: 28000, employerName: orgName(itemAt(TALENTS, 0).employer), education: EducationLevel.MASTER } },
  talent2: { user: USER.talents[0], enterprise: null, facts: { applicantName: itemAt(TALENTS, 1).legalName, contactPhone: itemAt(TALENTS, 1).phone, monthlyIncome: 35000, employerName: orgName(itemAt(TALENTS, 1).employer), education: EducationLevel.DOCTOR } },
} as const;

export async function loadBankSampleData(em: EntityManager): Promise<void> {
  const passwordHash = await hashPassword(SAMPLE_PASSWORD);
  // Branch 1's liaison (bank@) came with the foundation; the others arrive here.
  for (const l of LIAISONS.slice(1)) {
    em.create(User, { id: l.id, email: l.email, displayName: l.displayName, role: Role.BANK_LIAISON, organisation: em.getReference(Organisation, l.branch), passwordHash });
  }
  for (const c of CONTACTS) em.create(BankContact, { ...c, branch: em.getReference(Organisation, c.branch) });

  const published = at('2026-08-15T10:00:00+08:00');
  PRODUCTS.forEach((p, i) => {
    const text = KIND_TEXT[p.kind];
    const status = p.status ?? BankProductStatus.PUBLISHED;
    em.create(BankProduct, {
      id: itemAt(BANK.products, i),
      branch: em.getReference(Organisation, bank(p.branch)),
      kind: p.kind,
      audience: p.audience,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      summaryZh: text.zh,
      summaryEn: text.en,
      requirementsZh: text.reqZh,
      requirementsEn: text.reqEn,
      minAmount: p.amount[0],
      maxAmount: p.amount[1],
      minTermMonths: p.term[0],
      maxTermMonths: p.term[1],
      minRateBp: p.rateBp[0],
      maxRateBp: p.rateBp[1],
      status,
      featured: p.featured ?? false,
      hidden: p.hidden ?? false,
      publishedAt: status === BankProductStatus.PUBLISHED ? published : null,
      createdAt: published,
      updatedAt: published,
    });
  });

  let routeNo = 0;
  let answerNo = 0;
  const links: (() => void)[] = [];
  REQUESTS.forEach((r, i) => {
    const who = APPLICANTS[r.applicant];
    const sentAt = at(r.sentAt);
    const accepted = r.accepted !== undefined;
    const request = em.create(FinancingRequest, {
      id: itemAt(BANK.requests, i),
      audience: who.enterprise ? A.ENTERPRISE : A.TALENT,
      kind: r.kind,
      purpose: r.purpose,
      amount: r.amount,
      termMonths: r.termMonths,
      status: accepted ? FinancingRequestStatus.ACCEPTED : FinancingRequestStatus.OPEN,
      enterprise: who.enterprise ? em.getReference(Organisation, who.enterprise) : null,
      talent: who.enterprise ? null : em.getReference(User, who.user),
      createdBy: em.getReference(User, who.user),
      ...who.facts,
      acceptedAt: accepted ? at(r.accepted!.at) : null,
      createdAt: sentAt,
      updatedAt: sentAt,
    });
    r.routes.forEach((rs, j) => {
      const route = em.create(FinancingRoute, {
        id: itemAt(BANK.routes, routeNo++),
        request,
        branch: em.getReference(Organisation, bank(rs.branch)),
        origin: rs.origin ?? FinancingRouteOrigin.MATCHED,
        consentedFacts: rs.consent,
        consentRecordedAt: sentAt,
        matchedProductIds: rs.products.map((p) => itemAt(BANK.products, p)),
        sentAt,
        status: FinancingRouteStatus.AWAITING_ANSWER,
      });
      em.create(FinancingConsent, { route, facts: rs.consent, recordedBy: em.getReference(User, who.user), recordedAt: sentAt });
      let last: FinancingAnswer | null = null;
      for (const a of rs.answers) {
        const createdAt = hoursAfter(sentAt, a.afterHours);
        last = em.create(FinancingAnswer, {
          id: itemAt(BANK.answers, answerNo++),
          route,
          kind: a.kind,
          offerAmount: a.offer?.[0] ?? null,
          offerRateBp: a.offer?.[1] ?? null,
          offerTermMonths: a.offer?.[2] ?? null,
          conditions: a.kind === FinancingAnswerKind.INTERESTED ? (a.text ?? null) : null,
          question: a.kind === FinancingAnswerKind.NEEDS_INFO ? a.text! : null,
          reason: a.kind === FinancingAnswerKind.DECLINED ? a.text! : null,
          product: a.kind === FinancingAnswerKind.INTERESTED && rs.products[0] !== undefined ? em.getReference(BankProduct, itemAt(BANK.products, rs.products[0])) : null,
          answeredBy: em.getReference(User, itemAt(BANK.liaisons, rs.branch)),
          createdAt,
        });
        route.firstAnsweredAt ??= createdAt;
      }
      if (last) {
        route.status = { INTERESTED: FinancingRouteStatus.INTERESTED, NEEDS_INFO: FinancingRouteStatus.NEEDS_INFO, DECLINED: FinancingRouteStatus.DECLINED }[last.kind];
        const answer = last;
        // Answers point at routes and routes back at their latest answer: linked after the insert.
        links.push(() => {
          route.currentAnswer = ref(answer);
          if (accepted && j === r.accepted!.route) request.acceptedAnswer = ref(answer);
        });
      }
      if (accepted) route.status = j === r.accepted!.route ? FinancingRouteStatus.ACCEPTED : FinancingRouteStatus.NOT_SELECTED;
    });
  });
  await em.flush();
  for (const link of links) link();
}
