import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACTS, LIAISONS, PRODUCTS } from '../../../seeds/bank-sample-data.js';
import { BANK, ORG } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { PRODUCTS as PRODUCTS_QUERY } from './bank-queries.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

async function liaison(i: number, locale = 'en'): Promise<GraphQLClient> {
  const client = await app.client(undefined, locale);
  await client.signIn(LIAISONS[i].email);
  return client;
}

const P = BANK.products;
const ids = (res: any) => res.bankProducts.edges.map((e: any) => e.node.id).sort();
const productRows = async () => app.sql('select id, status, featured, hidden, name_zh, min_amount, updated_at from bank_products order by id');

const INPUT = {
  kind: 'TECH_ENTERPRISE_CREDIT',
  audience: 'ENTERPRISE',
  nameZh: '测试科创贷',
  nameEn: 'Test tech loan',
  summaryZh: '测试用产品。',
  summaryEn: 'A product for tests.',
  requirementsZh: '无。',
  requirementsEn: 'None.',
  minAmount: 100_000,
  maxAmount: 2_000_000,
  minTermMonths: 6,
  maxTermMonths: 24,
  minRatePercent: 3.2,
  maxRatePercent: 4.35,
};
const CREATE = `mutation($input: BankProductInput!) { createBankProduct(input: $input) { product { id status minRatePercent maxRatePercent branch { id } } errors { field code } } }`;
const UPDATE = `mutation($id: UUID!, $input: BankProductInput!) { updateBankProduct(id: $id, input: $input) { product { id nameZh } errors { field code } } }`;
const STATUS = `mutation($id: UUID!, $status: BankProductStatus!) { setBankProductStatus(id: $id, status: $status) { product { id status publishedAt } errors { code } } }`;
const VISIBILITY = `mutation($input: BankProductVisibilityInput!) { setBankProductVisibility(input: $input) { product { id featured hidden } errors { code } } }`;

describe('the product catalogue', () => {
  it('shows everyone every published product that the town has not hidden, featured first', async () => {
    const res = await (await app.client()).data(PRODUCTS_QUERY, { first: 100 });
    const listed = PRODUCTS.map((p, i) => ({ ...p, id: P[i] })).filter((p) => (p.status ?? 'PUBLISHED') === 'PUBLISHED' && !p.hidden);
    expect(ids(res)).toEqual(listed.map((p) => p.id).sort());
    expect(res.bankProducts.totalCount).toBe(12);
    expect(res.bankProducts.edges.slice(0, 2).map((e: any) => e.node.featured)).toEqual([true, true]);
    const p0 = res.bankProducts.edges.find((e: any) => e.node.id === P[0])!.node;
    expect(p0).toMatchObject({ minAmount: 500_000, maxAmount: 10_000_000, minTermMonths: 12, maxTermMonths: 36, minRatePercent: 3.2, maxRatePercent: 4.5, branch: { id: ORG.banks[0] } });
  });

  it('filters by kind, audience, branch, amount and term, and featured', async () => {
    const client = await app.client();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ kind: 'TECH_ENTERPRISE_CREDIT' }, [P[0], P[3], P[6], P[9]]],
      [{ audience: 'TALENT' }, [P[1], P[4], P[7], P[11]]],
      [{ branchId: ORG.banks[0] }, [P[0], P[1], P[2]]],
      [{ kind: 'TECH_ENTERPRISE_CREDIT', amount: 8_000_000, termMonths: 48 }, [P[3]]],
      [{ audience: 'TALENT', amount: 600_000 }, [P[1], P[7], P[11]]],
      [{ featuredOnly: true }, [P[1], P[9]]],
      [{ branchId: '00000000-0000-4000-8000-00000000ffff' }, []],
    ];
    for (const [filter, expected] of cases) expect(ids(await client.data(PRODUCTS_QUERY, { first: 100, ...filter })), JSON.stringify(filter)).toEqual([...expected].sort());
    // A malformed branch id is refused by the UUID scalar, not answered with an empty list.
    const malformed = await client.request(PRODUCTS_QUERY, { first: 100, branchId: 'not-an-id' });
    expect([malformed.status, malformed.body.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('shows hidden products only to the town, and drafts only to their own branch', async () => {
    expect((await (await app.client()).data(PRODUCTS_QUERY, { first: 100, includeHidden: true })).bankProducts.totalCount).toBe(12);
    const town = await (await app.client('reviewer')).data(PRODUCTS_QUERY, { first: 100, includeHidden: true });
    expect(ids(town)).toContain(P[13]);
    expect(ids(town)).not.toContain(P[12]);
    const ONE = `query($id: UUID!) { bankProduct(id: $id) { id status } }`;
    expect((await (await app.client()).data(ONE, { id: P[12] })).bankProduct).toBeNull();
    expect((await (await liaison(0)).data(ONE, { id: P[12] })).bankProduct).toBeNull();
    expect((await (await liaison(7)).data(ONE, { id: P[12] })).bankProduct).toEqual({ id: P[12], status: 'DRAFT' });
    expect((await (await liaison(7)).data(`{ myBankProducts(first: 10) { totalCount edges { node { id } } } }`)).myBankProducts.totalCount).toBe(2);
  });
});

describe('a liaison publishes their branch\'s products', () => {
  it('creates a draft, which nobody else sees until it is published', async () => {
    const bank2 = await liaison(1);
    const created = await bank2.data(CREATE, { input: INPUT });
    expect(created.createBankProduct).toMatchObject({ product: { status: 'DRAFT', minRatePercent: 3.2, maxRatePercent: 4.35, branch: { id: ORG.banks[1] } }, errors: [] });
    const id = created.createBankProduct.product.id;
    const visitor = await app.client();
    expect(ids(await visitor.data(PRODUCTS_QUERY, { first: 100 }))).not.toContain(id);

    const published = await bank2.data(STATUS, { id, status: 'PUBLISHED' });
    expect(published.setBankProductStatus.product.status).toBe('PUBLISHED');
    expect(published.setBankProductStatus.product.publishedAt).not.toBeNull();
    expect(ids(await visitor.data(PRODUCTS_QUERY, { first: 100 }))).toContain(id);

    const renamed = await bank2.data(UPDATE, { id, input: { ...INPUT, nameZh: '测试科创贷（新版）' } });
    expect(renamed.updateBankProduct.product.nameZh).toBe('测试科创贷（新版）');
  });

  it('names each problem of a bad product beside its field, and writes nothing', async () => {
    const before = await productRows();
    const res = await (await liaison(1)).data(CREATE, {
      input: { ...INPUT, nameZh: ' ', minAmount: 3_000_000, minRatePercent: 30, kind: 'TALENT_HOUSING_LOAN', minTermMonths: 0 },
    });
    expect(res.createBankProduct.product).toBeNull();
    expect(res.createBankProduct.errors.map((e: any) => `${e.field}:${e.code}`).sort()).toEqual([
      'input.audience:INVALID', 'input.minAmount:OUT_OF_RANGE', 'input.minRatePercent:OUT_OF_RANGE', 'input.minTermMonths:OUT_OF_RANGE', 'input.nameZh:REQUIRED',
    ]);
    expect(await productRows()).toEqual(before);
  });

  it('cannot touch another branch\'s product (answered like a missing one), and nothing changes', async () => {
    const before = await productRows();
    const bank2 = await liaison(1);
    const other = await bank2.request(UPDATE, { id: P[0], input: INPUT });
    const missing = await bank2.request(UPDATE, { id: '00000000-0000-4000-8000-00000000ffff', input: INPUT });
    expect(other.body.errors![0].message).toBe(missing.body.errors![0].message);
    expect(other.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await bank2.request(STATUS, { id: P[0], status: 'WITHDRAWN' })).body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await productRows()).toEqual(before);
  });
});

describe('the town features and hides products', () => {
  it('lets a town-office role or an admin feature and hide, and the catalogue follows', async () => {
    const reviewer = await app.client('reviewer');
    expect((await reviewer.data(VISIBILITY, { input: { productId: P[0], hidden: true } })).setBankProductVisibility.product).toEqual({ id: P[0], featured: false, hidden: true });
    expect(ids(await (await app.client()).data(PRODUCTS_QUERY, { first: 100 }))).not.toContain(P[0]);
    await (await app.client('coordinator')).data(VISIBILITY, { input: { productId: P[0], hidden: false, featured: true } });
    const featured = await (await app.client()).data(PRODUCTS_QUERY, { first: 100, featuredOnly: true });
    expect(ids(featured)).toEqual([P[0], P[1], P[9]].sort());
    await (await app.client('admin')).data(VISIBILITY, { input: { productId: P[0], featured: false } });
  });

  it('refuses banks, applicants and visitors, and nothing changes', async () => {
    const before = await productRows();
    for (const client of [await liaison(0), await app.client('hr'), await app.client('talent')]) {
      expect((await client.request(VISIBILITY, { input: { productId: P[3], hidden: true } })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    expect((await (await app.client()).request(VISIBILITY, { input: { productId: P[3], hidden: true } })).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    for (const role of ['talent', 'hr', 'reviewer', 'admin'] as const) {
      expect((await (await app.client(role)).request(CREATE, { input: INPUT })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    expect(await productRows()).toEqual(before);
  });

  it('cannot feature a branch\'s draft', async () => {
    const res = await (await app.client('admin')).request(VISIBILITY, { input: { productId: P[12], featured: true } });
    expect(res.body.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

describe('branches and their contacts', () => {
  const BRANCHES = `query($first: Int) { bankBranches(first: $first) { totalCount edges { node { id nameZh listedProductCount contacts { name titleZh phone email primary } } } } }`;
  const contactOf = (res: any, branch: string) => res.bankBranches.edges.find((e: any) => e.node.id === branch).node.contacts;
  const full = CONTACTS[0].phone;
  const masked = full.slice(0, 3) + '*'.repeat(full.length - 7) + full.slice(-4);

  it('lists the 11 branches with contacts and listed products', async () => {
    const res = await (await app.client()).data(BRANCHES, { first: 20 });
    expect(res.bankBranches.totalCount).toBe(11);
    expect(res.bankBranches.edges.find((e: any) => e.node.id === ORG.banks[0]).node.listedProductCount).toBe(3);
    expect(res.bankBranches.edges.find((e: any) => e.node.id === ORG.banks[7]).node.listedProductCount).toBe(1);
    expect(contactOf(res, ORG.banks[0]).map((c: any) => c.primary)).toEqual([true, false]);
  });

  it('shows a contact\'s phone in full to the branch, the town and applicants who sent it a request; masked to others', async () => {
    expect(contactOf(await (await app.client()).data(BRANCHES, { first: 20 }), ORG.banks[0])[0].phone).toBe(masked);
    expect(contactOf(await (await liaison(0)).data(BRANCHES, { first: 20 }), ORG.banks[0])[0].phone).toBe(full);
    expect(contactOf(await (await liaison(1)).data(BRANCHES, { first: 20 }), ORG.banks[0])[0].phone).toBe(masked);
    expect(contactOf(await (await app.client('reviewer')).data(BRANCHES, { first: 20 }), ORG.banks[0])[0].phone).toBe(full);
    // HR of enterprise 1 sent sample requests to branch 1, not to branch 5.
    const hr = await (await app.client('hr')).data(BRANCHES, { first: 20 });
    expect(contactOf(hr, ORG.banks[0])[0].phone).toBe(full);
    expect(contactOf(hr, ORG.banks[4])[0].phone).toMatch(/^021\*+\d{4}$/);
    // A talent with no request sees masks everywhere.
    const talent5 = await app.client();
    await talent5.signIn('talent5@yuepu.example');
    expect(contactOf(await talent5.data(BRANCHES, { first: 20 }), ORG.banks[0])[0].phone).toBe(masked);
  });

  it('lets a liaison keep their own branch\'s contacts, and checks the phone', async () => {
    const bank2 = await liaison(1);
    const SAVE = `mutation($input: BankContactInput!) { saveBankContact(input: $input) { contact { id name phone primary } errors { field code } } }`;
    const bad = await bank2.data(SAVE, { input: { name: '新联系人', titleZh: '经理', titleEn: 'Manager', phone: '12345' } });
    expect(bad.saveBankContact.errors).toEqual([{ field: 'input.phone', code: 'INVALID' }]);
    const ok = await bank2.data(SAVE, { input: { name: '新联系人', titleZh: '经理', titleEn: 'Manager', phone: '+86 139 1700 9999', primary: true } });
    expect(ok.saveBankContact).toMatchObject({ contact: { name: '新联系人', phone: '13917009999', primary: true }, errors: [] });
    const primaries = await app.sql<{ name: string }>('select name from bank_contacts where branch_id = ? and "primary"', [ORG.banks[1]]);
    expect(primaries.map((r) => r.name)).toEqual(['新联系人']);
    // Another branch's contact: like a missing one.
    const other = await bank2.request(`mutation($id: UUID!) { removeBankContact(id: $id) { ok } }`, { id: CONTACTS[0].id });
    expect(other.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await app.sql('select id from bank_contacts where id = ?', [CONTACTS[0].id])).length).toBe(1);
  });
});

describe('SQL statements per request', () => {
  it('lists products with their branches in the same number of statements for 1 and 50', async () => {
    const client = await app.client();
    const one = await client.request(PRODUCTS_QUERY, { first: 1 });
    const many = await client.request(PRODUCTS_QUERY, { first: 50 });
    expect(many.body.data.bankProducts.edges.length).toBeGreaterThan(10);
    expect(many.sqlCount).toBe(one.sqlCount);
    expect(many.sqlCount).toBeLessThanOrEqual(3);
  });

  it('lists branches with contacts and product counts in the same number of statements for 1 and 50', async () => {
    const query = `query($first: Int) { bankBranches(first: $first) { edges { node { id listedProductCount contacts { name phone } } } } }`;
    const hr = await app.client('hr');
    const one = await hr.request(query, { first: 1 });
    const many = await hr.request(query, { first: 50 });
    expect(many.body.data.bankBranches.edges.length).toBe(11);
    expect(many.sqlCount).toBe(one.sqlCount);
  });

  it('lists a liaison\'s own products in the same number of statements for 1 and 50', async () => {
    const query = `query($first: Int) { myBankProducts(first: $first) { edges { node { id nameZh branch { nameZh } } } } }`;
    const bank1 = await liaison(0);
    const one = await bank1.request(query, { first: 1 });
    const many = await bank1.request(query, { first: 50 });
    expect(many.body.data.myBankProducts.edges.length).toBe(3);
    expect(many.sqlCount).toBe(one.sqlCount);
  });
});
