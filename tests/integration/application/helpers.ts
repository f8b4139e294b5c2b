import { ORG, POLICY, RULE_SET } from '../../../seeds/ids.js';
import { makeTalents } from '../../helpers/people.js';
import type { GraphQLClient, TestApp } from '../../helpers/test-app.js';
import { shanghaiToday } from '../../../api/src/core/time/shanghai.js';

/**
 * `n` applications waiting in the review queue (employer confirmed), each by a new talent, inserted
 * with SQL: references `<name>000001`…, waiting since `since` (SQL over `i`, 1…n).
 */
export async function waitingInQueue(app: TestApp, n: number, name: string, since: string): Promise<void> {
  await app.sql(`
    insert into users (id, email, display_name, role, password_hash, locale)
    select gen_random_uuid(), '${name.toLowerCase()}' || i || '@talent.example', '排队' || i, 'TALENT', (select password_hash from users where email = 'talent@yuepu.example'), 'zh-CN'
    from generate_series(1, ${n}) i`);
  await app.sql(`
    insert into applications (id, reference, policy_id, applicant_id, status, answers, requested_amount_yuan, status_changed_at, submitted_at, version, created_at, updated_at)
    select gen_random_uuid(), '${name}' || lpad(i::text, 6, '0'), ?, u.id, 'EMPLOYER_CONFIRMED', '{}', 1000, ${since}, timestamptz '2026-02-01', 1, now(), now()
    from generate_series(1, ${n}) i join users u on u.email = '${name.toLowerCase()}' || i || '@talent.example'`, [POLICY.housingSubsidy]);
}

/** Bytes that begin like the file types the platform accepts (it checks content, not names). */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

export async function upload(app: TestApp, client: GraphQLClient, kind: string, bytes: Buffer = PDF, fileName = `${kind.toLowerCase()}.pdf`, extra: Record<string, string> = {}, headers: Record<string, string> = { 'x-requested-with': 'XMLHttpRequest' }) {
  const form = new FormData();
  form.append('kind', kind);
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  form.append('file', new Blob([bytes]), fileName);
  const res = await fetch(`${app.url}/files`, { method: 'POST', headers: { ...(client.sessionCookie ? { cookie: client.sessionCookie } : {}), ...headers }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

export const APPLICATION_FIELDS = `id reference status version requestedAmountYuan approvedAmountYuan paymentReference waitingOn overdue nextActions
  documents { id kind } history { action fromStatus toStatus reason actor { displayName } }`;

export const mutation = (name: string, inputType: string) =>
  `mutation($input: ${inputType}!) { ${name}(input: $input) { application { ${APPLICATION_FIELDS} } errors { field code message } } }`;

export const M = {
  create: mutation('createApplication', 'CreateApplicationInput'),
  update: mutation('updateApplication', 'UpdateApplicationInput'),
  attach: mutation('attachApplicationDocument', 'ApplicationDocumentInput'),
  submit: mutation('submitApplication', 'ApplicationStepInput'),
  resubmit: mutation('resubmitApplication', 'ApplicationStepInput'),
  withdraw: mutation('withdrawApplication', 'ApplicationStepInput'),
  confirm: mutation('confirmEmployment', 'ConfirmEmploymentInput'),
  decline: mutation('declineEmployment', 'ApplicationStepInput'),
  startReview: mutation('startReview', 'ApplicationStepInput'),
  approve: mutation('approveApplication', 'ApproveApplicationInput'),
  reject: mutation('rejectApplication', 'ApplicationStepInput'),
  returnForInfo: mutation('returnApplication', 'ApplicationStepInput'),
  disburse: mutation('recordDisbursement', 'RecordDisbursementInput'),
  allocate: mutation('recordAllocation', 'RecordAllocationInput'),
  close: mutation('closeApplication', 'ApplicationStepInput'),
};

export const HOUSING_SUBSIDY_DOCUMENTS = ['ID_CARD', 'LABOUR_CONTRACT', 'DEGREE_CERTIFICATE', 'RENTAL_CONTRACT', 'NO_PROPERTY_STATEMENT'];

export const EMPLOYMENT = { contractStart: '2024-03-01', contractEnd: '2029-02-28', position: '材料工程师', socialInsuranceMonths: 30 };

/** Uploads one document of each kind into the client's wallet; returns their ids. */
export async function walletWith(app: TestApp, client: GraphQLClient, kinds: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const kind of kinds) {
    const res = await upload(app, client, kind);
    if (res.status !== 201) throw new Error(`upload failed: ${JSON.stringify(res.body)}`);
    ids.push(res.body.document.id);
  }
  return ids;
}

/** A submitted application with all its documents; returns the application after submission. */
export async function submittedApplication(client: GraphQLClient, policyId: string, documentIds: string[], amount: number | null = 12000) {
  const created = await client.data(M.create, { input: { policyId, requestedAmountYuan: amount } });
  if (created.createApplication.errors.length) throw new Error(JSON.stringify(created.createApplication.errors));
  const id = created.createApplication.application.id;
  for (const documentId of documentIds) await client.data(M.attach, { input: { applicationId: id, documentId } });
  const submitted = await client.data(M.submit, { input: { id } });
  if (submitted.submitApplication.errors.length) throw new Error(JSON.stringify(submitted.submitApplication.errors));
  return submitted.submitApplication.application;
}

/**
 * An administrator sets a policy's cap per application from today, as a new version of its
 * criteria rule set (the cap is rule data); null makes it 待配置 again.
 */
export async function configureCap(admin: GraphQLClient, policyId: string, amountCapYuan: number | null, effectiveFrom = shanghaiToday()) {
  const key = (Object.keys(POLICY) as (keyof typeof POLICY)[]).find((k) => POLICY[k] === policyId) as keyof typeof RULE_SET;
  const res = await admin.data(`mutation($input: CreateRuleVersionInput!) { createRuleVersion(input: $input) { ruleVersion { id version } errors { field code message } } }`, { input: {
    ruleSetId: RULE_SET[key], effectiveFrom, noteZh: '测试：设置金额上限', noteEn: 'Test: set the amount cap',
    changes: [{ path: 'applicationCap.amountYuan', value: amountCapYuan }, { path: 'applicationCap.sample', value: false }],
  } });
  if (res.createRuleVersion.errors.length) throw new Error(JSON.stringify(res.createRuleVersion.errors));
  return res.createRuleVersion.ruleVersion as { id: string; version: number };
}

/** An administrator enters the city average wage a month from today (a new version of the yearly parameters). */
export async function configureWage(admin: GraphQLClient, yuan: number) {
  const today = shanghaiToday();
  const res = await admin.data(`mutation($input: CreateRuleVersionInput!) { createRuleVersion(input: $input) { errors { field code message } } }`, { input: {
    ruleSetId: RULE_SET.yearlyParameters, effectiveFrom: today, noteZh: '测试：社平工资', noteEn: 'Test: average wage',
    changes: [{ path: 'cityAverageMonthlyWage.yuan', value: yuan }, { path: 'cityAverageMonthlyWage.dataYear', value: Number(today.slice(0, 4)) - 1 }],
  } });
  if (res.createRuleVersion.errors.length) throw new Error(JSON.stringify(res.createRuleVersion.errors));
}

export interface Applicant {
  id: string;
  client: GraphQLClient;
  /** Wallet documents, one of each housing-subsidy kind. */
  documents: string[];
}

/**
 * A new talent at sample enterprise 1 (whose HR is hr@), signed in, with the housing-subsidy
 * documents in their wallet. A person has one open application per policy, so tests that need
 * several open at once use several people.
 */
export async function newApplicant(app: TestApp, kinds: string[] = HOUSING_SUBSIDY_DOCUMENTS, employerId: string = ORG.enterprises[0]): Promise<Applicant> {
  const [person] = await makeTalents(app, [employerId]);
  return { id: person.id, client: person.client, documents: await walletWith(app, person.client, kinds) };
}

/** A second town reviewer (made by the administrator), signed in, so two different people act at once. */
export async function secondReviewer(app: TestApp, admin: GraphQLClient): Promise<GraphQLClient> {
  const created = await admin.data(`mutation { createStaffAccount(input: { email: "reviewer2@yuepu.example", password: "Yuepu-2026-demo", displayName: "审核员 二", role: REVIEWER, organisationId: "00000000-0000-4000-8000-000000000001" }) { errors { code } } }`);
  if (created.createStaffAccount.errors.length) throw new Error(JSON.stringify(created.createStaffAccount.errors));
  const client = await app.client();
  await client.signIn('reviewer2@yuepu.example');
  return client;
}
