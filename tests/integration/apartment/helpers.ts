import { APARTMENT, ORG, POLICY } from '../../../seeds/ids.js';
import type { GraphQLClient, TestApp } from '../../helpers/test-app.js';
import { EMPLOYMENT, M, walletWith } from '../application/helpers.js';
import { shanghaiToday } from '../../../api/src/core/time/shanghai.js';

export const APARTMENT_DOCUMENTS = ['ID_CARD', 'LABOUR_CONTRACT', 'NO_PROPERTY_STATEMENT'];

/** `YYYY-MM` of this month and the next ones, in Shanghai. */
export function monthFromNow(n: number): string {
  const [y, m] = shanghaiToday().split('-').map(Number);
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

export interface People {
  admin: GraphQLClient;
  coordinator: GraphQLClient;
  reviewer: GraphQLClient;
  /** talent@, talent2@ … talent5@, each with the documents a flat application needs in their wallet. */
  talents: GraphQLClient[];
  /** HR of each talent's employer, in the same order. */
  hrOf: GraphQLClient[];
  wallets: string[][];
}

/**
 * Everyone a letting story needs. Talent 4 and 5 work for enterprises without an HR account in
 * the sample data, so one is made for each. Every sample unit goes into maintenance, so the
 * test decides which units are free.
 */
export async function people(app: TestApp): Promise<People> {
  const admin = await app.client('admin');
  for (const [i, org] of [[4, ORG.enterprises[2]], [5, ORG.enterprises[3]]] as const) {
    const res = await admin.data(`mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { errors { code } } }`,
      { input: { email: `hr-t${i}@yuepu.example`, password: 'Yuepu-2026-demo', displayName: `人事 ${i}`, role: 'ENTERPRISE_HR', organisationId: org } });
    if (res.createStaffAccount.errors.length) throw new Error(JSON.stringify(res.createStaffAccount.errors));
  }
  const [coordinator, reviewer, hr, hr2] = await Promise.all([app.client('coordinator'), app.client('reviewer'), app.client('hr'), app.client('hr2')]);
  const hr4 = await app.client();
  await hr4.signIn('hr-t4@yuepu.example');
  const hr5 = await app.client();
  await hr5.signIn('hr-t5@yuepu.example');
  const talents: GraphQLClient[] = [await app.client('talent')];
  for (const n of [2, 3, 4, 5]) {
    const c = await app.client();
    await c.signIn(`talent${n}@yuepu.example`);
    talents.push(c);
  }
  const wallets = await Promise.all(talents.map((t) => walletWith(app, t, APARTMENT_DOCUMENTS)));
  await app.sql(`update apartment_units set status = 'MAINTENANCE'`);
  return { admin, coordinator, reviewer, talents, hrOf: [hr, hr, hr2, hr4, hr5], wallets };
}

export interface FlatAnswers {
  layout: string;
  moveInMonth?: string;
  subsidyCategory?: string;
}

/** Applies for a flat, gets the employer's confirmation and a reviewer's approval. */
export async function approvedFlat(p: People, who: number, answers: FlatAnswers): Promise<{ id: string; reference: string }> {
  const talent = p.talents[who];
  const list = Object.entries({ moveInMonth: monthFromNow(1), ...answers }).map(([key, value]) => ({ key, value }));
  const created = await talent.data(M.create, { input: { policyId: POLICY.talentApartment, answers: list } });
  if (created.createApplication.errors.length) throw new Error(JSON.stringify(created.createApplication.errors));
  const { id, reference } = created.createApplication.application;
  for (const documentId of p.wallets[who]) await talent.data(M.attach, { input: { applicationId: id, documentId } });
  const submitted = await talent.data(M.submit, { input: { id } });
  if (submitted.submitApplication.errors.length) throw new Error(JSON.stringify(submitted.submitApplication.errors));
  if (submitted.submitApplication.application.status === 'SUBMITTED') await p.hrOf[who].data(M.confirm, { input: { id, ...EMPLOYMENT } });
  await p.reviewer.data(M.startReview, { input: { id } });
  const approved = await p.reviewer.data(M.approve, { input: { id } });
  if (approved.approveApplication.errors.length) throw new Error(JSON.stringify(approved.approveApplication.errors));
  return { id, reference };
}

export const MY_APARTMENT = `query { myApartment {
  waitlist { id layout position status moveInMonth applicationReference }
  offers { id status respondBy expired unit { id code layout monthlyRentYuan } }
  lease { id status startDate endDate plannedEndDate monthlyRentYuan category subsidyRatePercent subsidyCapYuan unit { code } }
  leases { id status startDate endDate }
  subsidy { maxMonths monthsUsed monthsPlanned monthsLeft paidYuan paidMonths months { leaseId month outcome ratePercent capYuan subsidyYuan capped subsidyMonthNumber ruleVersion settlement } }
} }`;

export const CREATE_PROJECT = `mutation($input: CreateApartmentProjectInput!) { createApartmentProject(input: $input) { project { id } errors { field code message } } }`;
export const CREATE_UNIT = `mutation($input: CreateApartmentUnitInput!) { createApartmentUnit(input: $input) { unit { id code status } errors { field code message } } }`;
export const ACCEPT = `mutation($input: ApartmentOfferAnswerInput!) { acceptApartmentOffer(input: $input) { lease { id startDate plannedEndDate monthlyRentYuan status } errors { field code message } } }`;
export const DECLINE = `mutation($input: ApartmentOfferAnswerInput!) { declineApartmentOffer(input: $input) { offer { id status } errors { field code message } } }`;
export const MOVE_OUT = `mutation($input: RecordApartmentMoveOutInput!) { recordApartmentMoveOut(input: $input) { lease { id status endDate } errors { field code message } } }`;
export const WAITLIST = `query($layout: UnitLayout!, $first: Int) { apartmentWaitlist(layout: $layout, first: $first) {
  totalCount edges { node { id position status applicationReference readyForOffer talent { displayName } pendingOffer { id unit { code project { nameZh } } } } }
} }`;

/** A project of the first sample operator for the test's own units. */
export async function testProject(p: People, nameZh = '测试公寓（测试数据）'): Promise<string> {
  const res = await p.coordinator.data(CREATE_PROJECT, { input: { operatorId: APARTMENT.operators[0], nameZh, nameEn: `${nameZh} (test)`, addressZh: '测试地址', distanceKm: 2 } });
  if (res.createApartmentProject.errors.length) throw new Error(JSON.stringify(res.createApartmentProject.errors));
  return res.createApartmentProject.project.id;
}

export async function addUnit(p: People, projectId: string, code: string, layout: string, monthlyRentYuan = 2600, areaSqm = 48): Promise<string> {
  const res = await p.coordinator.data(CREATE_UNIT, { input: { projectId, code, layout, areaSqm, monthlyRentYuan } });
  if (res.createApartmentUnit.errors.length) throw new Error(JSON.stringify(res.createApartmentUnit.errors));
  return res.createApartmentUnit.unit.id;
}

export async function pendingOfferOf(client: GraphQLClient): Promise<{ id: string; unit: { id: string; code: string } } | null> {
  return (await client.data(MY_APARTMENT)).myApartment.offers[0] ?? null;
}
