import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APARTMENT } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { approvedFlat, people, testProject, WAITLIST, type People } from './helpers.js';

let app: TestApp;
let p: People;
let project: string;

const IMPORT = `mutation($input: ImportApartmentUnitsInput!) { importApartmentUnits(input: $input) {
  validRows imported problems { line column message raw } errors { field code message } } }`;

beforeAll(async () => {
  app = await startTestApp();
  p = await people(app);
  project = await testProject(p, '导入测试公寓（测试数据）');
});
afterAll(async () => {
  await app.close();
});

const unitCount = async () => Number((await app.sql<{ n: string }>(`select count(*) as n from apartment_units where project_id = ?`, [project]))[0].n);

describe('browsing (public) and sample data', () => {
  it('lists the sample projects, marked as sample, nearest first, with their units by status', async () => {
    const res = await (await app.client(undefined, 'en')).data(`{ apartmentProjects(first: 10) { totalCount edges { node { id nameZh sampleData distanceKm mapUrl operator { nameEn sampleData } occupancy { available maintenance total } } } } }`);
    const nodes = res.apartmentProjects.edges.map((e: { node: any }) => e.node);
    const samples = nodes.filter((n: any) => APARTMENT.projects.includes(n.id));
    expect(samples.map((n: any) => n.distanceKm)).toEqual([1.5, 4.2, 7.8]);
    expect(samples.every((n: any) => n.sampleData && n.operator.sampleData && n.nameZh.includes('示例') && n.mapUrl === null)).toBe(true);
    // The test set every sample unit to maintenance.
    expect(samples[0].occupancy).toEqual({ available: 0, maintenance: 8, total: 8 });
  });
});

describe('CSV import of units: all rows or none', () => {
  const good = 'code,layout,areaSqm,monthlyRentYuan,status\nI-101,STUDIO,30,1800,\nI-102,一室户,48.5,2600,AVAILABLE\nI-103,TWO_BEDROOM,75,3600,MAINTENANCE\n';

  it('imports nothing when any row is bad, and shows every bad row with its line and content', async () => {
    const csv = `${good}I-104,PENTHOUSE,80,5000,\nI-101,STUDIO,30,1800,\nI-105,STUDIO,30,abc,\n`;
    const res = (await p.coordinator.data(IMPORT, { input: { projectId: project, csv } })).importApartmentUnits;
    expect(res).toMatchObject({ validRows: 3, imported: 0, errors: [] });
    expect(res.problems.map((x: { line: number; column: string; raw: string }) => [x.line, x.column, x.raw])).toEqual([
      [5, 'layout', 'I-104,PENTHOUSE,80,5000,'],
      [6, 'code', 'I-101,STUDIO,30,1800,'],
      [7, 'monthlyRentYuan', 'I-105,STUDIO,30,abc,'],
    ]);
    expect(res.problems[1].message).toBe('房号 I-101 与第 2 行重复。');
    expect(await unitCount()).toBe(0);
  });

  it('checks without importing on a dry run, then imports a clean file', async () => {
    const dry = (await p.coordinator.data(IMPORT, { input: { projectId: project, csv: good, dryRun: true } })).importApartmentUnits;
    expect(dry).toMatchObject({ validRows: 3, imported: 0, problems: [] });
    expect(await unitCount()).toBe(0);
    const done = (await p.admin.data(IMPORT, { input: { projectId: project, csv: `\uFEFF${good.replace(/\n/g, '\r\n')}` } })).importApartmentUnits;
    expect(done).toMatchObject({ validRows: 3, imported: 3, problems: [] });
    const rows = await app.sql<{ code: string; layout: string; area_sqm: number; status: string }>(`select code, layout, area_sqm, status from apartment_units where project_id = ? order by code`, [project]);
    expect(rows).toEqual([
      { code: 'I-101', layout: 'STUDIO', area_sqm: 30, status: 'AVAILABLE' },
      { code: 'I-102', layout: 'ONE_BEDROOM', area_sqm: 48.5, status: 'AVAILABLE' },
      { code: 'I-103', layout: 'TWO_BEDROOM', area_sqm: 75, status: 'MAINTENANCE' },
    ]);
  });

  it('reports units that already exist in the project', async () => {
    const res = (await p.coordinator.data(IMPORT, { input: { projectId: project, csv: 'code,layout,areaSqm,monthlyRentYuan\nI-102,STUDIO,30,1800\nI-200,STUDIO,30,1800\n' } })).importApartmentUnits;
    expect(res.imported).toBe(0);
    expect(res.problems).toEqual([{ line: 2, column: 'code', raw: 'I-102,STUDIO,30,1800', message: '房号 I-102 在该项目中已存在。' }]);
    expect(await unitCount()).toBe(3);
  });

  it('offers imported available units to those waiting', async () => {
    await approvedFlat(p, 0, { layout: 'THREE_BEDROOM' });
    const res = (await p.coordinator.data(IMPORT, { input: { projectId: project, csv: 'code,layout,areaSqm,monthlyRentYuan\nI-301,THREE_BEDROOM,95,5200\n' } })).importApartmentUnits;
    expect(res.imported).toBe(1);
    expect((await app.sql<{ status: string }>(`select status from apartment_units where code = 'I-301'`))[0].status).toBe('RESERVED');
  });
});

describe('query counts: the same number of statements for 1 and 50 rows', () => {
  it('lists units with their project, operator and occupancy', async () => {
    await p.coordinator.data(IMPORT, { input: { projectId: project, csv: `code,layout,areaSqm,monthlyRentYuan,status\n${Array.from({ length: 50 }, (_, i) => `Q-${i},STUDIO,30,1800,MAINTENANCE`).join('\n')}` } });
    const query = `query($first: Int) { apartmentUnits(first: $first) { totalCount edges { node { id code layout status monthlyRentYuan project { nameZh mapUrl occupancy { available total } operator { nameZh } } } } } }`;
    const client = await app.client();
    const one = await client.request(query, { first: 1 });
    const many = await client.request(query, { first: 50 });
    expect(many.body.data.apartmentUnits.edges).toHaveLength(50);
    expect(new Set(many.body.data.apartmentUnits.edges.map((e: { node: { project: { nameZh: string } } }) => e.node.project.nameZh)).size).toBeGreaterThan(1);
    expect(many.sqlCount).toBe(one.sqlCount);
  });

  it('lists a layout\'s waitlist with each place, applicant and offer', async () => {
    for (const who of [1, 2, 3, 4]) await approvedFlat(p, who, { layout: 'TWO_BEDROOM' });
    await p.coordinator.data(IMPORT, { input: { projectId: project, csv: 'code,layout,areaSqm,monthlyRentYuan\nW-1,TWO_BEDROOM,72,3600\n' } });
    const one = await p.coordinator.request(WAITLIST, { layout: 'TWO_BEDROOM', first: 1 });
    const many = await p.coordinator.request(WAITLIST, { layout: 'TWO_BEDROOM', first: 50 });
    const nodes = many.body.data.apartmentWaitlist.edges.map((e: { node: any }) => e.node);
    expect(nodes.map((n: any) => n.position)).toEqual([1, 2, 3, 4]);
    expect(nodes[0].pendingOffer.unit.code).toBe('W-1');
    expect(nodes.slice(1).every((n: any) => n.pendingOffer === null)).toBe(true);
    expect(many.sqlCount).toBe(one.sqlCount);
    // And "my apartment" for a talent costs the same whatever is in it.
    expect(one.sqlCount).toBeLessThan(20);
  });
});
