import { describe, expect, it } from 'vitest';
import { FieldErrors } from '../../core/errors/domain-error.js';
import { checkBankAccount } from '../../core/validation.js';
import { BankProductKind, FinancingAudience, FinancingFact } from './bank.enums.js';
import { checkRate } from './bank.service.js';
import { creditCodeCheckChar, creditCodeProblem } from './credit-code.js';
import { cleanConsent, factsForBank, NO_FACTS } from './facts.js';
import { productFits } from './matching.js';
import { scorecardFigures, scorecardMonths } from './scorecard.js';
import { shanghaiMonthStart } from '../../core/time/shanghai.js';

const product = { kind: BankProductKind.TECH_ENTERPRISE_CREDIT, audience: FinancingAudience.ENTERPRISE, minAmount: 500_000, maxAmount: 10_000_000, minTermMonths: 12, maxTermMonths: 36 };
const need = { kind: BankProductKind.TECH_ENTERPRISE_CREDIT, audience: FinancingAudience.ENTERPRISE, amount: 3_000_000, termMonths: 24 };

describe('matching', () => {
  it('fits on kind, audience, and amount and term inside the inclusive ranges', () => {
    expect(productFits(product, need)).toBe(true);
    expect(productFits(product, { ...need, amount: 500_000, termMonths: 12 })).toBe(true);
    expect(productFits(product, { ...need, amount: 10_000_000, termMonths: 36 })).toBe(true);
    expect(productFits(product, { ...need, amount: 499_999 })).toBe(false);
    expect(productFits(product, { ...need, termMonths: 37 })).toBe(false);
    expect(productFits(product, { ...need, kind: BankProductKind.IP_PLEDGE_LOAN })).toBe(false);
    expect(productFits(product, { ...need, audience: FinancingAudience.TALENT })).toBe(false);
  });

  it('treats a missing bound as no limit, and a need without amount as fitting any amount', () => {
    expect(productFits({ ...product, maxAmount: null }, { ...need, amount: 2_000_000_000 })).toBe(true);
    expect(productFits(product, { ...need, amount: null, termMonths: null })).toBe(true);
  });
});

describe('facts a bank sees', () => {
  const source = { ...NO_FACTS, applicantName: '某企业', contactPhone: '13916000001', settlementAccount: '31001234567890123456', annualRevenueWan: 8600, creditCode: '91310113MA1GK00010' };

  it('starts from nothing and copies only the consented facts', () => {
    const seen = factsForBank(source, [FinancingFact.ANNUAL_REVENUE], false);
    expect(seen).toEqual({ ...NO_FACTS, annualRevenueWan: 8600 });
  });

  it('masks the settlement account until the bank\'s offer is accepted', () => {
    expect(factsForBank(source, [FinancingFact.SETTLEMENT_ACCOUNT], false).settlementAccount).toBe('****************3456');
    expect(factsForBank(source, [FinancingFact.SETTLEMENT_ACCOUNT], true).settlementAccount).toBe('31001234567890123456');
  });

  it('keeps only facts that apply to the audience, each once, and names the others', () => {
    expect(cleanConsent(FinancingAudience.TALENT, [FinancingFact.MONTHLY_INCOME, FinancingFact.MONTHLY_INCOME, FinancingFact.CREDIT_CODE])).toEqual({
      facts: [FinancingFact.MONTHLY_INCOME],
      unknown: [FinancingFact.CREDIT_CODE],
    });
  });
});

describe('validation', () => {
  it('checks the unified social credit code\'s check character', () => {
    const first17 = '91310113MA1GK0001';
    const good = first17 + creditCodeCheckChar(first17);
    expect(creditCodeProblem(good)).toBeNull();
    expect(creditCodeProblem(first17 + (good.endsWith('0') ? '1' : '0'))).toBe('CHECK_CHAR');
    expect(creditCodeProblem('91310113MA1GK000I1')).toBe('FORMAT');
    // A published example code (国家标准 GB 32100-2015 附录).
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
  });

  it('accepts bank accounts of 12 to 25 digits with spaces, and refuses the rest', () => {
    const errors = new FieldErrors();
    expect(checkBankAccount(errors, 'a', '6222 0210 0100 1234 567')).toBe('6222021001001234567');
    expect(errors.isEmpty).toBe(true);
    checkBankAccount(errors, 'b', '12345');
    checkBankAccount(errors, 'c', '6222-abc');
    expect(errors.has('b') && errors.has('c')).toBe(true);
  });

  it('turns percent into basis points and refuses silly rates', () => {
    const errors = new FieldErrors();
    expect(checkRate(errors, 'r', 3.45)).toBe(345);
    expect(checkRate(errors, 'r', 4.1)).toBe(410);
    expect(errors.isEmpty).toBe(true);
    expect(checkRate(errors, 'x', 0)).toBeNull();
    expect(checkRate(errors, 'y', 3.455)).toBeNull();
    expect(checkRate(errors, 'z', 30)).toBeNull();
    expect(errors.has('x') && errors.has('y') && errors.has('z')).toBe(true);
  });
});

describe('scorecard arithmetic', () => {
  it('gives means and rates, and null where nothing was there to divide', () => {
    expect(scorecardFigures({ requestsReceived: 2, requestsAnswered: 2, answersGiven: 3, hoursToFirstAnswerSum: 7, offersMade: 3, offersOpen: 0, offersAccepted: 1, distinctRequests: 2 })).toMatchObject({
      averageHoursToFirstAnswer: 3.5,
      answersPerRequest: 1.5,
      acceptanceRate: 0.3333,
    });
    // Offers on requests still open are left out of the rate: 1 accepted of the 2 decided.
    expect(scorecardFigures({ requestsReceived: 4, requestsAnswered: 3, answersGiven: 3, hoursToFirstAnswerSum: 9, offersMade: 3, offersOpen: 1, offersAccepted: 1, distinctRequests: 2 })).toMatchObject({
      averageHoursToFirstAnswer: 3,
      answersPerRequest: 0.75,
      acceptanceRate: 0.5,
    });
    expect(scorecardFigures({ requestsReceived: 1, requestsAnswered: 1, answersGiven: 1, hoursToFirstAnswerSum: 2, offersMade: 1, offersOpen: 1, offersAccepted: 0, distinctRequests: 1 }).acceptanceRate).toBeNull();
    expect(scorecardFigures({ requestsReceived: 0, requestsAnswered: 0, answersGiven: 0, hoursToFirstAnswerSum: 0, offersMade: 0, offersOpen: 0, offersAccepted: 0, distinctRequests: 0 })).toMatchObject({
      averageHoursToFirstAnswer: null,
      answersPerRequest: null,
      acceptanceRate: null,
    });
  });

  it('lists months and starts them at midnight in Shanghai', () => {
    expect(scorecardMonths('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(scorecardMonths('2026-11', '2026-10')).toBeNull();
    expect(scorecardMonths('2026-13', '2027-01')).toBeNull();
    expect(shanghaiMonthStart('2026-10').toISOString()).toBe('2026-09-30T16:00:00.000Z');
  });
});
