import { registerEnumType } from 'type-graphql';

export enum BankProductKind {
  TALENT_HOUSING_LOAN = 'TALENT_HOUSING_LOAN',
  TALENT_CONSUMER_LOAN = 'TALENT_CONSUMER_LOAN',
  TECH_ENTERPRISE_CREDIT = 'TECH_ENTERPRISE_CREDIT',
  IP_PLEDGE_LOAN = 'IP_PLEDGE_LOAN',
  SUPPLY_CHAIN_FINANCE = 'SUPPLY_CHAIN_FINANCE',
  ACCOUNT_SERVICE = 'ACCOUNT_SERVICE',
  OTHER = 'OTHER',
}

registerEnumType(BankProductKind, {
  name: 'BankProductKind',
  description: '金融产品（及融资需求）类型 / Kind of bank product, and of financing asked for',
  valuesConfig: {
    TALENT_HOUSING_LOAN: { description: '人才安居贷款 / Talent housing loan' },
    TALENT_CONSUMER_LOAN: { description: '人才消费贷款 / Talent consumer loan' },
    TECH_ENTERPRISE_CREDIT: { description: '科技企业信用贷款 / Credit for tech enterprises' },
    IP_PLEDGE_LOAN: { description: '知识产权质押贷款 / Loan against pledged intellectual property' },
    SUPPLY_CHAIN_FINANCE: { description: '供应链金融 / Supply-chain finance' },
    ACCOUNT_SERVICE: { description: '账户与结算服务 / Account and settlement services' },
    OTHER: { description: '其他 / Other' },
  },
});

/** Kinds that lend money: a request of these kinds must say how much and for how long. */
export const LENDING_KINDS: ReadonlySet<BankProductKind> = new Set([
  BankProductKind.TALENT_HOUSING_LOAN,
  BankProductKind.TALENT_CONSUMER_LOAN,
  BankProductKind.TECH_ENTERPRISE_CREDIT,
  BankProductKind.IP_PLEDGE_LOAN,
  BankProductKind.SUPPLY_CHAIN_FINANCE,
]);

export enum FinancingAudience {
  TALENT = 'TALENT',
  ENTERPRISE = 'ENTERPRISE',
}

registerEnumType(FinancingAudience, {
  name: 'FinancingAudience',
  description: '面向对象 / Who a product is for, and who asks',
  valuesConfig: {
    TALENT: { description: '人才个人 / Individual talent' },
    ENTERPRISE: { description: '企业 / Enterprises' },
  },
});

export enum BankProductStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(BankProductStatus, {
  name: 'BankProductStatus',
  description: '产品状态 / Status of a bank product',
  valuesConfig: {
    DRAFT: { description: '草稿，仅本支行可见 / Draft, seen by its branch only' },
    PUBLISHED: { description: '已发布 / Published' },
    WITHDRAWN: { description: '已下架 / Withdrawn' },
  },
});

/**
 * The facts an applicant may share. Each bank sees exactly the ones the applicant consented to
 * for that bank (`FinancingRoute.consentedFacts`), nothing else.
 */
export enum FinancingFact {
  APPLICANT_NAME = 'APPLICANT_NAME',
  CONTACT_PHONE = 'CONTACT_PHONE',
  SETTLEMENT_ACCOUNT = 'SETTLEMENT_ACCOUNT',
  CREDIT_CODE = 'CREDIT_CODE',
  ANNUAL_REVENUE = 'ANNUAL_REVENUE',
  EMPLOYEE_COUNT = 'EMPLOYEE_COUNT',
  FOUNDED_YEAR = 'FOUNDED_YEAR',
  PATENT_COUNT = 'PATENT_COUNT',
  MONTHLY_INCOME = 'MONTHLY_INCOME',
  EMPLOYER_NAME = 'EMPLOYER_NAME',
  EDUCATION = 'EDUCATION',
}

registerEnumType(FinancingFact, {
  name: 'FinancingFact',
  description: '申请人可授权银行查看的信息项 / A fact the applicant may let a bank see',
  valuesConfig: {
    APPLICANT_NAME: { description: '申请人名称（企业名称或人才姓名）/ Applicant\'s name (enterprise name or talent\'s legal name)' },
    CONTACT_PHONE: { description: '联系电话 / Contact phone' },
    SETTLEMENT_ACCOUNT: { description: '结算账户（银行账号；报价被接受前仅显示后四位）/ Settlement bank account (only the last four digits until the bank\'s offer is accepted)' },
    CREDIT_CODE: { description: '统一社会信用代码（企业）/ Unified social credit code (enterprises)' },
    ANNUAL_REVENUE: { description: '上年营业收入（企业）/ Last year\'s revenue (enterprises)' },
    EMPLOYEE_COUNT: { description: '员工人数（企业）/ Number of employees (enterprises)' },
    FOUNDED_YEAR: { description: '成立年份（企业）/ Year founded (enterprises)' },
    PATENT_COUNT: { description: '有效发明专利数（企业）/ Granted invention patents in force (enterprises)' },
    MONTHLY_INCOME: { description: '月收入（人才）/ Monthly income (talent)' },
    EMPLOYER_NAME: { description: '工作单位（人才）/ Employer (talent)' },
    EDUCATION: { description: '最高学历（人才）/ Highest education (talent)' },
  },
});

/** Which facts make sense for which applicant. */
export const FACTS_OF_AUDIENCE: Readonly<Record<FinancingAudience, readonly FinancingFact[]>> = {
  [FinancingAudience.ENTERPRISE]: [
    FinancingFact.APPLICANT_NAME,
    FinancingFact.CONTACT_PHONE,
    FinancingFact.SETTLEMENT_ACCOUNT,
    FinancingFact.CREDIT_CODE,
    FinancingFact.ANNUAL_REVENUE,
    FinancingFact.EMPLOYEE_COUNT,
    FinancingFact.FOUNDED_YEAR,
    FinancingFact.PATENT_COUNT,
  ],
  [FinancingAudience.TALENT]: [
    FinancingFact.APPLICANT_NAME,
    FinancingFact.CONTACT_PHONE,
    FinancingFact.SETTLEMENT_ACCOUNT,
    FinancingFact.MONTHLY_INCOME,
    FinancingFact.EMPLOYER_NAME,
    FinancingFact.EDUCATION,
  ],
};

export enum FinancingRequestStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(FinancingRequestStatus, {
  name: 'FinancingRequestStatus',
  description: '融资需求状态 / Status of a financing request',
  valuesConfig: {
    OPEN: { description: '进行中，银行可答复 / Open: banks may answer' },
    ACCEPTED: { description: '已接受一家银行的报价 / An offer was accepted' },
    WITHDRAWN: { description: '申请人已撤回 / Withdrawn by the applicant' },
  },
});

export enum FinancingRouteOrigin {
  MATCHED = 'MATCHED',
  CHOSEN = 'CHOSEN',
}

registerEnumType(FinancingRouteOrigin, {
  name: 'FinancingRouteOrigin',
  description: '需求为何发给该支行 / Why a request went to a branch',
  valuesConfig: {
    MATCHED: { description: '该支行有匹配的产品 / The branch has a product that fits' },
    CHOSEN: { description: '申请人自选 / The applicant picked the branch' },
  },
});

export enum FinancingRouteStatus {
  AWAITING_ANSWER = 'AWAITING_ANSWER',
  INTERESTED = 'INTERESTED',
  NEEDS_INFO = 'NEEDS_INFO',
  DECLINED = 'DECLINED',
  ACCEPTED = 'ACCEPTED',
  NOT_SELECTED = 'NOT_SELECTED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(FinancingRouteStatus, {
  name: 'FinancingRouteStatus',
  description: '一家支行处理一笔需求的状态 / Where one branch stands on one request',
  valuesConfig: {
    AWAITING_ANSWER: { description: '待答复 / Waiting for the bank\'s answer' },
    INTERESTED: { description: '有意向，已报价 / Interested; an offer is on the table' },
    NEEDS_INFO: { description: '需补充信息 / The bank asked a question' },
    DECLINED: { description: '已婉拒 / Declined' },
    ACCEPTED: { description: '报价已被接受 / This bank\'s offer was accepted' },
    NOT_SELECTED: { description: '申请人选择了其他银行 / The applicant chose another bank' },
    WITHDRAWN: { description: '申请人已撤回需求 / The applicant withdrew the request' },
  },
});

export enum FinancingAnswerKind {
  INTERESTED = 'INTERESTED',
  NEEDS_INFO = 'NEEDS_INFO',
  DECLINED = 'DECLINED',
}

registerEnumType(FinancingAnswerKind, {
  name: 'FinancingAnswerKind',
  description: '银行答复类型 / Kind of a bank\'s answer',
  valuesConfig: {
    INTERESTED: { description: '有意向，附报价（金额、利率、期限、条件）/ Interested, with an offer (amount, rate, term, conditions)' },
    NEEDS_INFO: { description: '需补充信息，附问题 / Needs more information, with a question' },
    DECLINED: { description: '婉拒，附原因 / Declined, with a reason' },
  },
});
