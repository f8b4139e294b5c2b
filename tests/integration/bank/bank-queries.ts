/** GraphQL operations the bank integration tests share. */

export const FACT_FIELDS = [
  'applicantName', 'contactPhone', 'settlementAccount', 'creditCode', 'annualRevenueWan',
  'employeeCount', 'foundedYear', 'patentCount', 'monthlyIncome', 'employerName', 'education',
] as const;

const FACTS = `facts { ${FACT_FIELDS.join(' ')} }`;

export const MATCHES = `query($need: FinancingNeedInput!) { financingMatches(need: $need) { id kind audience branch { id } } }`;

export const CREATE_REQUEST = `mutation($input: FinancingRequestInput!) {
  createFinancingRequest(input: $input) {
    request { id status audience routes { id origin consentedFacts status branch { id } matchedProducts { id } } }
    errors { field code message }
  }
}`;

export const MY_REQUEST = `query($id: UUID!) {
  financingRequest(id: $id) {
    id status acceptedAt ${FACTS}
    routes { id status origin consentedFacts branch { id nameZh } currentAnswer { id kind offerAmount offerRatePercent offerTermMonths conditions question reason } answers { id kind } contacts { name phone } }
  }
}`;

export const INBOX_ITEM = `query($id: UUID!) {
  financingInboxItem(id: $id) {
    id status origin consentedFacts audience kind purpose amount termMonths requestStatus ${FACTS}
    currentAnswer { id kind offerAmount offerRatePercent } answers { id kind } matchedProducts { id }
  }
}`;

export const INBOX = `query($first: Int, $openOnly: Boolean) {
  financingInbox(first: $first, openOnly: $openOnly) {
    totalCount
    edges { node { id status kind amount termMonths purpose ${FACTS} currentAnswer { id kind offerAmount product { id nameZh } } answers { id } matchedProducts { id nameZh branch { nameZh } } } }
  }
}`;

export const ANSWER = `mutation($input: FinancingAnswerInput!) {
  answerFinancingRequest(input: $input) {
    item { id status currentAnswer { id kind offerAmount offerRatePercent offerTermMonths } }
    errors { field code message }
  }
}`;

export const ACCEPT = `mutation($answerId: UUID!) {
  acceptFinancingOffer(answerId: $answerId) {
    request { id status routes { id status branch { id } } }
    errors { field code message }
  }
}`;

export const PRODUCTS = `query($first: Int, $kind: BankProductKind, $audience: FinancingAudience, $amount: Int, $termMonths: Int, $branchId: UUID, $featuredOnly: Boolean, $includeHidden: Boolean) {
  bankProducts(first: $first, kind: $kind, audience: $audience, amount: $amount, termMonths: $termMonths, branchId: $branchId, featuredOnly: $featuredOnly, includeHidden: $includeHidden) {
    totalCount
    edges { node { id nameZh nameEn kind audience minAmount maxAmount minTermMonths maxTermMonths minRatePercent maxRatePercent featured hidden status branch { id nameZh } } }
  }
}`;
