import { maskBankAccount } from '../../core/privacy/masking.js';
import type { EducationLevel } from '../talent/index.js';
import { FACTS_OF_AUDIENCE, FinancingFact, type FinancingAudience } from './bank.enums.js';

/** The facts of a request, by fact; null where the applicant gave none (or the viewer may not see it). */
export interface FactValues {
  applicantName: string | null;
  contactPhone: string | null;
  settlementAccount: string | null;
  creditCode: string | null;
  annualRevenueWan: number | null;
  employeeCount: number | null;
  foundedYear: number | null;
  patentCount: number | null;
  monthlyIncome: number | null;
  employerName: string | null;
  education: EducationLevel | null;
}

/** Which property carries which fact: the one table the filter below works from. */
export const PROPERTY_OF_FACT: Readonly<Record<FinancingFact, keyof FactValues>> = {
  [FinancingFact.APPLICANT_NAME]: 'applicantName',
  [FinancingFact.CONTACT_PHONE]: 'contactPhone',
  [FinancingFact.SETTLEMENT_ACCOUNT]: 'settlementAccount',
  [FinancingFact.CREDIT_CODE]: 'creditCode',
  [FinancingFact.ANNUAL_REVENUE]: 'annualRevenueWan',
  [FinancingFact.EMPLOYEE_COUNT]: 'employeeCount',
  [FinancingFact.FOUNDED_YEAR]: 'foundedYear',
  [FinancingFact.PATENT_COUNT]: 'patentCount',
  [FinancingFact.MONTHLY_INCOME]: 'monthlyIncome',
  [FinancingFact.EMPLOYER_NAME]: 'employerName',
  [FinancingFact.EDUCATION]: 'education',
};

export const NO_FACTS: Readonly<FactValues> = Object.freeze({
  applicantName: null,
  contactPhone: null,
  settlementAccount: null,
  creditCode: null,
  annualRevenueWan: null,
  employeeCount: null,
  foundedYear: null,
  patentCount: null,
  monthlyIncome: null,
  employerName: null,
  education: null,
});

/** All facts of a request, as its applicant sees them. */
export function allFacts(source: { [K in keyof FactValues]?: FactValues[K] | undefined }): FactValues {
  const out: FactValues = { ...NO_FACTS };
  for (const key of Object.keys(NO_FACTS) as (keyof FactValues)[]) (out as unknown as Record<string, unknown>)[key] = source[key] ?? null;
  return out;
}

/**
 * What one bank sees: starts from nothing and copies in only the consented facts. The settlement
 * account stays masked (last four digits) until that bank's offer is accepted, because only then
 * does the bank need the number to pay out.
 */
export function factsForBank(
  source: { [K in keyof FactValues]?: FactValues[K] | undefined },
  consented: readonly FinancingFact[],
  accountInFull: boolean,
): FactValues {
  const out: FactValues = { ...NO_FACTS };
  for (const fact of consented) {
    // Consent is stored as text: a fact under a name no longer known gives nothing.
    if (!Object.hasOwn(PROPERTY_OF_FACT, fact)) continue;
    const key = PROPERTY_OF_FACT[fact];
    (out as unknown as Record<string, unknown>)[key] = source[key] ?? null;
  }
  if (out.settlementAccount && !accountInFull) out.settlementAccount = maskBankAccount(out.settlementAccount);
  return out;
}

/** The consent list cleaned: known facts of this audience only, each once, in a stable order. */
export function cleanConsent(audience: FinancingAudience, facts: readonly FinancingFact[]): { facts: FinancingFact[]; unknown: FinancingFact[] } {
  const allowed = FACTS_OF_AUDIENCE[audience];
  const wanted = new Set(facts);
  return { facts: allowed.filter((f) => wanted.has(f)), unknown: [...wanted].filter((f) => !allowed.includes(f)) };
}
