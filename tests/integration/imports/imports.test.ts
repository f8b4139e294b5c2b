import http from 'node:http';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG, POLICY } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { badChecksum, HEADERS, residentId, workbook } from './xlsx-files.js';

let app: TestApp;
let admin: GraphQLClient;
let enterprise: { nameZh: string; nameEn: string };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function upload(client: GraphQLClient | null, kind: string, body: Buffer, query = '', headers: Record<string, string> = { 'x-requested-with': 'test' }) {
  const res = await fetch(`${app.url}/imports/${kind}${query}`, { method: 'POST', body, headers: { 'content-type': XLSX, ...(client ? { cookie: client.sessionCookie! } : {}), ...headers } });
  const text = await res.text();
  return { status: res.status, text, body: text.startsWith('{') ? JSON.parse(text) : null };
}

/** What an import could have written, to show a refused one wrote nothing. */
const state = async () => (await app.sql<Record<string, number>>(`select
  (select count(*) from users)::int as users, (select count(*) from talent_profiles)::int as profiles,
  (select count(*) from enterprise_staff)::int as staff, (select count(*) from applications)::int as applications,
  (select count(*) from application_events)::int as events, (select count(*) from import_batches)::int as batches,
  (select count(*) from password_links)::int as links, (select count(*) from outbox_messages)::int as mails`))[0];

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.client('admin');
  [enterprise] = await app.sql<{ nameZh: string; nameEn: string }>(`select name_zh as "nameZh", name_en as "nameEn" from organisations where id = ?`, [ORG.enterprises[0]]);
});
afterAll(async () => {
  await app?.close();
});

describe('templates', () => {
  it('offers a template per kind with the header row the import reads, to admins (HR: the staff list)', async () => {
    const get = (file: string, client: GraphQLClient | null) => fetch(`${app.url}/imports/templates/${file}`, { headers: client ? { cookie: client.sessionCookie! } : {} });
    for (const [file, header] of [['talent-accounts.xlsx', HEADERS.talents], ['staff-list.xlsx', HEADERS.staff], ['past-applications.xlsx', HEADERS.past]] as const) {
      const res = await get(file, admin);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(XLSX);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      expect((book.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(header);
      expect(book.worksheets[1].name).toBe('说明 Instructions');
    }
    const hr = await app.client('hr');
    expect((await get('staff-list.xlsx', hr)).status).toBe(200);
    expect((await get('talent-accounts.xlsx', hr)).status).toBe(403);
    expect((await get('past-applications.xlsx', await app.client('talent'))).status).toBe(403);
    expect((await get('talent-accounts.xlsx', null)).status).toBe(401);
    expect((await get('nothing.xlsx', admin)).status).toBe(404);
  });
});

describe('talent accounts', () => {
  it('imports every row with its employer, once: the same file again (or twice at once) adds nothing; nothing sensitive is logged', async () => {
    const rows = [
      ['wang.import@example.test', '王导入', residentId(1), '13800001111', enterprise.nameZh],
      ['li.import@example.test', '李导入', residentId(2).toLowerCase().replace('X', 'x'), null, enterprise.nameEn],
      ['zhao.import@example.test', '赵导入', residentId(3), '+86 139 0000 2222', null],
    ];
    const file = await workbook(HEADERS.talents, rows);
    const before = await state();
    // Two uploads of the same file at once: exactly one imports it.
    const [a, b] = await Promise.all([upload(admin, 'talent-accounts', file), upload(admin, 'talent-accounts', file)]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const done = a.status === 201 ? a.body : b.body;
    expect(done).toMatchObject({ kind: 'TALENT_ACCOUNTS', imported: 3, problems: [] });
    expect((a.status === 409 ? a : b).body.problems[0].message.zh).toContain('已经导入过');
    expect(await state()).toMatchObject({ users: before.users + 3, profiles: before.profiles + 3, batches: before.batches + 1 });

    const profiles = await app.sql<{ email: string; role: string; legal_name: string; resident_id_number: string; phone: string | null; date_of_birth: string; employer_id: string | null }>(
      `select u.email, u.role, p.legal_name, p.resident_id_number, p.phone, p.date_of_birth::text, p.employer_id from talent_profiles p join users u on u.id = p.user_id where u.email like '%.import@example.test' order by u.email`);
    expect(profiles).toEqual([
      { email: 'li.import@example.test', role: 'TALENT', legal_name: '李导入', resident_id_number: residentId(2), phone: null, date_of_birth: '1995-06-15', employer_id: ORG.enterprises[0] },
      { email: 'wang.import@example.test', role: 'TALENT', legal_name: '王导入', resident_id_number: residentId(1), phone: '13800001111', date_of_birth: '1995-06-15', employer_id: ORG.enterprises[0] },
      { email: 'zhao.import@example.test', role: 'TALENT', legal_name: '赵导入', resident_id_number: residentId(3), phone: '13900002222', date_of_birth: '1995-06-15', employer_id: null },
    ]);
    // Later, the same file again: refused as already imported, nothing added.
    const again = await upload(admin, 'talent-accounts', file);
    expect(again.status).toBe(409);
    expect(await state()).toMatchObject({ users: before.users + 3 });
    // The imported account cannot be signed in to with any password until given one.
    const signIn = await (await app.client()).request(`mutation { signIn(input: { email: "wang.import@example.test", password: "!imported-no-password" }) { errors { code } } }`);
    expect(JSON.stringify(signIn.body)).toContain('INVALID_CREDENTIALS');
    // Each account was sent one email with its first-password link; the link sets it and signs in.
    const mails = await app.sql<{ email: string; body: string }>(
      `select u.email, o.body from outbox_messages o join users u on u.id = o.recipient_id where o.kind = 'account.password.activation' and u.email like '%.import@example.test' order by u.email`);
    expect(mails.map((m) => m.email)).toEqual(['li.import@example.test', 'wang.import@example.test', 'zhao.import@example.test']);
    const token = /set-password\?token=([\w-]+)/.exec(mails[1].body)?.[1];
    const activated = await (await app.client()).data(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { user { email } errors { code } } }`, { input: { token, password: 'my own first password' } });
    expect(activated.setPassword).toEqual({ user: { email: 'wang.import@example.test' }, errors: [] });
    for (const secret of [residentId(1), residentId(2), residentId(3), '13800001111', '13900002222']) expect(app.logs()).not.toContain(secret);
  });

  it('imports nothing when a row is bad, and names every bad row with its reason in both languages, ID numbers masked', async () => {
    const good = (n: number) => [`ok${n}@example.test`, `好${n}`, residentId(100 + n), null, null];
    const rows: ExcelJS.CellValue[][] = [
      good(1), // row 2
      ['bad.check@example.test', '校验', badChecksum(4), null, null], // row 3: check digit
      ['OK1@example.test', '重复', residentId(105), null, null], // row 4: same email as row 2
      ['formula@example.test', { formula: 'A2&"x"', result: 'x' }, residentId(106), null, null], // row 5: a formula
      // Row 6: a null byte. ExcelJS drops control characters when it writes, so the cell holds the
      // spreadsheet escape _x0000_, which reads back as U+0000, as it would in a crafted file.
      ['nul@example.test', 'a_x0000_b', residentId(107), null, null],
      ['long@example.test', '长'.repeat(100_000), residentId(108), null, null], // row 7: a 100 KB cell
      ['talent@yuepu.example', '已有', residentId(109), null, null], // row 8: an existing account
      ['nowhere@example.test', '无单位', residentId(110), null, '不存在的公司'], // row 9: unknown employer
      ['number@example.test', '数字', 310115199506151000, null, null], // row 10: ID typed as a number
      ['phone@example.test', '电话', residentId(111), '12345', null], // row 11: bad phone
      ['dupid@example.test', '重号', residentId(101), null, null], // row 12: same ID as row 2
      [null, null, null, null, null], // an empty row is skipped
      good(2), // row 14
    ];
    const before = await state();
    const res = await upload(admin, 'talent-accounts', await workbook(HEADERS.talents, rows));
    expect(res.status).toBe(422);
    expect(res.body.imported).toBe(0);
    const byRow = (row: number) => res.body.problems.filter((p: { row: number }) => p.row === row);
    expect(res.body.problems.map((p: { row: number }) => p.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(byRow(3)[0]).toMatchObject({ column: '身份证号 Resident ID number', code: 'INVALID', message: { zh: expect.stringContaining('校验位'), en: expect.stringContaining('check digit') } });
    expect(byRow(4)[0]).toMatchObject({ column: '邮箱 Email', code: 'DUPLICATE', message: { zh: '与第 2 行的邮箱重复。' } });
    expect(byRow(5)[0]).toMatchObject({ column: '姓名 Legal name', code: 'FORMULA' });
    expect(byRow(6)[0]).toMatchObject({ code: 'CONTROL_CHARACTERS' });
    expect(byRow(7)[0]).toMatchObject({ code: 'TOO_LONG' });
    expect(byRow(8)[0]).toMatchObject({ column: '邮箱 Email', code: 'DUPLICATE', message: { en: 'An account already has this email.' } });
    expect(byRow(9)[0]).toMatchObject({ column: '工作单位 Employer', code: 'NOT_FOUND', value: '不存在的公司' });
    expect(byRow(10)[0].message.zh).toContain('设为文本');
    expect(byRow(11)[0]).toMatchObject({ column: '手机 Mobile', code: 'INVALID' });
    expect(byRow(12)[0]).toMatchObject({ code: 'DUPLICATE', value: `${residentId(101).slice(0, 3)}***********${residentId(101).slice(-4)}` });
    // No ID number comes back or reaches the log unmasked.
    expect(res.text).not.toContain(residentId(101));
    expect(app.logs()).not.toContain(residentId(101));
    expect(await state()).toEqual(before);
  });
});

describe('files and uploads that are refused', () => {
  it('refuses malformed files, wrong headers, empty sheets, too many rows and too many bytes, writing nothing', async () => {
    const before = await state();
    const notXlsx = await upload(admin, 'talent-accounts', Buffer.from('%PDF-1.4 not a workbook'));
    expect(notXlsx.status).toBe(422);
    expect(notXlsx.body.problems[0]).toMatchObject({ row: null, code: 'NOT_XLSX' });
    // A zip that is not a workbook, and a truncated workbook.
    const real = await workbook(HEADERS.talents, [['x@example.test', '某', residentId(200), null, null]]);
    expect((await upload(admin, 'talent-accounts', real.subarray(0, real.length - 100))).body.problems[0].code).toBe('NOT_XLSX');
    const wrongHeader = await upload(admin, 'talent-accounts', await workbook(['Email', 'Name', 'ID'], [['x@example.test', '某', residentId(201)]]));
    expect(wrongHeader.status).toBe(422);
    expect(wrongHeader.body.problems[0]).toMatchObject({ row: 1, code: 'BAD_HEADER', column: '姓名 Legal name' });
    expect((await upload(admin, 'talent-accounts', await workbook(HEADERS.talents, []))).body.problems[0].code).toBe('REQUIRED');
    const many = Array.from({ length: 2001 }, (_, i) => [`m${i}@example.test`, '多', residentId(300 + (i % 600)), null, null]);
    const tooMany = await upload(admin, 'talent-accounts', await workbook(HEADERS.talents, many));
    expect(tooMany.body.problems).toEqual([expect.objectContaining({ code: 'TOO_MANY_ROWS' })]);
    const tooBig = await upload(admin, 'talent-accounts', Buffer.alloc(2 * 1024 * 1024 + 1, 1));
    expect(tooBig.status).toBe(413);
    expect(await state()).toEqual(before);
  });

  it('refuses the wrong people and requests before reading the file: roles, other enterprises, unknown kinds, no CSRF header', async () => {
    const before = await state();
    const file = await workbook(HEADERS.staff, [['张员工', residentId(400), null, '工程师', '2024-03-01']]);
    const hr = await app.client('hr');
    expect((await upload(null, 'staff-list', file)).status).toBe(401);
    expect((await upload(await app.client('talent'), 'staff-list', file)).status).toBe(403);
    expect((await upload(await app.client('reviewer'), 'past-applications', file)).status).toBe(403);
    expect((await upload(hr, 'talent-accounts', file)).status).toBe(403);
    expect((await upload(hr, 'staff-list', file, `?enterpriseId=${ORG.enterprises[1]}`)).status).toBe(404);
    expect((await upload(admin, 'staff-list', file)).status).toBe(400);
    expect((await upload(admin, 'staff-list', file, '?enterpriseId=not-a-uuid')).status).toBe(404);
    expect((await upload(admin, 'staff-list', file, `?enterpriseId=${'0'.repeat(8)}-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await upload(admin, 'unknown-kind', file)).status).toBe(404);
    expect((await upload(admin, 'talent-accounts', file, '', {})).status).toBe(400);
    expect(await state()).toEqual(before);
  });

  it('a client that goes away in the middle of the upload leaves the database unchanged', async () => {
    const before = await state();
    const file = await workbook(HEADERS.talents, [['gone@example.test', '断开', residentId(500), null, null]]);
    const url = new URL(`${app.url}/imports/talent-accounts`);
    await new Promise<void>((resolve) => {
      const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { cookie: admin.sessionCookie!, 'x-requested-with': 'test', 'content-type': XLSX, 'content-length': String(file.length) } });
      req.on('error', () => resolve());
      req.write(file.subarray(0, Math.floor(file.length / 2)), () => setImmediate(() => { req.destroy(); resolve(); }));
    });
    // Once the server has seen the hang-up, nothing was written.
    await expect.poll(() => app.logs()).toContain('client went away during an import upload');
    expect(await state()).toEqual(before);
  });
});

describe('enterprise staff lists', () => {
  it('HR imports their own enterprise\'s list; duplicates in the file and against the list are named', async () => {
    const hr = await app.client('hr');
    const first = await upload(hr, 'staff-list', await workbook(HEADERS.staff, [['张员工', residentId(600), '13700003333', '工程师', new Date(Date.UTC(2024, 2, 1))], ['李员工', residentId(601), null, null, '2023/9/1']]));
    expect(first.status).toBe(201);
    expect(await app.sql(`select legal_name, phone, position, started_on::text, enterprise_id from enterprise_staff order by legal_name`)).toEqual([
      { legal_name: '张员工', phone: '13700003333', position: '工程师', started_on: '2024-03-01', enterprise_id: ORG.enterprises[0] },
      { legal_name: '李员工', phone: null, position: null, started_on: '2023-09-01', enterprise_id: ORG.enterprises[0] },
    ]);
    const before = await state();
    const second = await upload(hr, 'staff-list', await workbook(HEADERS.staff, [['王员工', residentId(602), null, null, null], ['张员工', residentId(600), null, null, null], ['王同名', residentId(602), null, null, '2999-01-01']]));
    expect(second.status).toBe(422);
    expect(second.body.problems.map((p: { row: number; code: string }) => [p.row, p.code])).toEqual([[3, 'DUPLICATE'], [4, 'INVALID'], [4, 'DUPLICATE']]);
    expect(await state()).toEqual(before);
    // The administrator imports the same person for another enterprise: allowed, lists are per enterprise.
    const other = await upload(admin, 'staff-list', await workbook(HEADERS.staff, [['张员工', residentId(600), null, null, null]]), `?enterpriseId=${ORG.enterprises[1]}`);
    expect(other.status).toBe(201);
  });
});

describe('past applications and payments', () => {
  it('imports decided and paid cases as imported (not through the workflow), counted in the reports', async () => {
    // The applicants' accounts first.
    expect((await upload(admin, 'talent-accounts', await workbook(HEADERS.talents, [
      ['past1@example.test', '历史一', residentId(700), null, null],
      ['past2@example.test', '历史二', residentId(701), null, null],
    ]))).status).toBe(201);
    const [{ code }] = await app.sql<{ code: string }>(`select code from policies where id = ?`, [POLICY.housingSubsidy]);
    const rows = [
      ['OLD-2023-001', residentId(700), code, '2023-03-01', '已发放', '2023-03-20', 12000, '2023-04-02', 'BANK-778899', enterprise.nameZh],
      ['OLD-2023-002', residentId(701), code, '2023-03-05', 'Rejected', '2023-03-31', null, null, null, null],
      ['OLD-2023-003', residentId(701), code, new Date(Date.UTC(2023, 4, 10)), '已批准', '2023-05-30', 8000, null, null, null],
    ];
    const res = await upload(admin, 'past-applications', await workbook(HEADERS.past, rows));
    expect(res.body.problems).toEqual([]);
    expect(res.status).toBe(201);
    const apps = await app.sql<{ legacy_reference: string; status: string; approved_amount_yuan: number | null; payment_reference: string | null; submitted: string; import_batch_id: string }>(
      `select legacy_reference, status, approved_amount_yuan, payment_reference, to_char(submitted_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as submitted, import_batch_id::text
         from applications where legacy_reference is not null order by legacy_reference`);
    expect(apps.map(({ import_batch_id: _b, ...rest }) => rest)).toEqual([
      { legacy_reference: 'OLD-2023-001', status: 'DISBURSED', approved_amount_yuan: 12000, payment_reference: 'BANK-778899', submitted: '2023-03-01' },
      { legacy_reference: 'OLD-2023-002', status: 'REJECTED', approved_amount_yuan: null, payment_reference: null, submitted: '2023-03-05' },
      { legacy_reference: 'OLD-2023-003', status: 'APPROVED', approved_amount_yuan: 8000, payment_reference: null, submitted: '2023-05-10' },
    ]);
    expect(new Set(apps.map((a) => a.import_batch_id))).toEqual(new Set([res.body.batchId]));
    const history = await app.sql<{ action: string; day: string; actor: boolean }>(
      `select e.action, to_char(e.at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day, e.actor_id is not null as actor from application_events e join applications a on a.id = e.application_id
        where a.legacy_reference = 'OLD-2023-001' order by e.at`);
    expect(history.map((h) => h.action)).toEqual(['SUBMIT', 'APPROVE', 'DISBURSE', 'IMPORT']);
    expect(history.slice(0, 3).map((h) => h.day)).toEqual(['2023-03-01', '2023-03-20', '2023-04-02']);
    expect(history.map((h) => h.actor)).toEqual([false, false, false, true]);

    // The monthly statistics count them in their months, payments included.
    const reviewer = await app.client('reviewer');
    const { applicationReport } = await reviewer.data(`{ applicationReport(from: "2023-03-01", to: "2023-05-31") {
      monthly { months { month received approved approvedYuan rejected paid paidYuan } total { received paid paidYuan } } } }`);
    expect(applicationReport.monthly.months).toEqual([
      { month: '2023-03', received: 2, approved: 1, approvedYuan: 12000, rejected: 1, paid: 0, paidYuan: 0 },
      { month: '2023-04', received: 0, approved: 0, approvedYuan: 0, rejected: 0, paid: 1, paidYuan: 12000 },
      { month: '2023-05', received: 1, approved: 1, approvedYuan: 8000, rejected: 0, paid: 0, paidYuan: 0 },
    ]);

    // The same references again, in another file: refused by row, nothing written; an open approved case blocks another.
    const before = await state();
    const again = await upload(admin, 'past-applications', await workbook(HEADERS.past, [
      ['OLD-2023-001', residentId(700), code, '2023-03-01', '已发放', '2023-03-20', 12000, '2023-04-02', 'BANK-778899', null],
      ['OLD-2024-009', residentId(701), code, '2024-01-01', '已批准', '2024-01-10', 5000, null, null, null],
      ['OLD-2024-010', residentId(999), code, '2024-01-01', '未通过', '2023-12-01', 100, '2024-01-02', null, null],
      ['OLD-2024-011', residentId(700), 'no-such-policy', '2024-01-01', '不知道', '2024-01-02', null, null, null, null],
      ['OLD-2024-012', residentId(700), code, '2024-01-01', '已发放', '2024-01-02', null, null, null, null],
    ]));
    expect(again.status).toBe(422);
    const codes = again.body.problems.map((p: { row: number; column: string; code: string }) => `${p.row} ${p.column.split(' ')[0]} ${p.code}`);
    expect(codes).toEqual([
      '2 原受理编号 DUPLICATE',
      '3 结果 INVALID_STATE',
      expect.stringMatching(/^4 /), expect.stringMatching(/^4 /), expect.stringMatching(/^4 /), expect.stringMatching(/^4 /),
      '5 政策代码 NOT_FOUND', '5 结果 INVALID',
      '6 批准金额（元） REQUIRED', '6 发放日期 REQUIRED', '6 发放凭证号 REQUIRED',
    ]);
    expect(codes.filter((c: string) => c.startsWith('4 ')).sort()).toEqual(['4 决定日期 INVALID', '4 批准金额（元） INVALID', '4 发放日期 INVALID', '4 申请人身份证号 NOT_FOUND'].sort());
    expect(await state()).toEqual(before);
  });
});
