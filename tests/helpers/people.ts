import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { GraphQLClient, type TestApp } from './test-app.js';

export interface TestTalent {
  id: string;
  employerId: string | null;
  client: GraphQLClient;
}

/**
 * Talent accounts made straight in the database, each with a live session, so dozens can act at
 * once without dozens of slow password checks.
 */
export async function makeTalents(app: TestApp, employers: (string | null)[]): Promise<TestTalent[]> {
  const people: TestTalent[] = [];
  for (const employerId of employers) {
    const id = randomUUID();
    const token = randomBytes(24).toString('base64url');
    people.push({ id, employerId, client: Object.assign(new GraphQLClient(app.url), { sessionCookie: `yp_session=${token}` }) });
    await app.sql(`insert into users (id, email, display_name, role, password_hash) values (?, ?, ?, 'TALENT', 'x')`, [id, `t-${id}@example.com`, `测试人才 ${people.length}`]);
    await app.sql(`insert into talent_profiles (id, user_id, legal_name, employer_id) values (?, ?, ?, ?)`, [randomUUID(), id, `测试人才 ${people.length}`, employerId]);
    await app.sql(`insert into sessions (id, token_hash, user_id, expires_at) values (?, ?, ?, now() + interval '1 day')`, [randomUUID(), createHash('sha256').update(token).digest('hex'), id]);
  }
  return people;
}
