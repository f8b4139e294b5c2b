import type { MikroORM } from '@mikro-orm/postgresql';
import { AppMeta } from '../api/src/core/db/app-meta.entity.js';
import { hashPassword } from '../api/src/core/auth/password.js';
import { Role } from '../api/src/modules/account/role.js';
import { User } from '../api/src/modules/account/user.entity.js';
import { Organisation } from '../api/src/modules/organisation/organisation.entity.js';
import { TalentProfile } from '../api/src/modules/talent/talent-profile.entity.js';
import { SAMPLE_PASSWORD } from './ids.js';
import { ORGANISATIONS, sampleResidentId, STAFF, TALENTS } from './sample-data.js';

/** Bump when the sample data changes shape; a database holding an older version is left alone. */
export const SAMPLE_DATA_VERSION = '1';
const MARKER = 'sample_data_version';

/**
 * Loads the sample data once. The marker row is written in the same transaction, so a second
 * run (or a second process racing this one) finds it and adds nothing.
 */
export async function seedSampleData(orm: MikroORM): Promise<boolean> {
  const em = orm.em.fork();
  if (await em.findOne(AppMeta, { key: MARKER })) return false;
  const passwordHash = await hashPassword(SAMPLE_PASSWORD);
  return em.transactional(async (tx) => {
    // Takes the marker's key first: a concurrent seeder blocks here, then fails on the key.
    await tx.insert(AppMeta, { key: MARKER, value: SAMPLE_DATA_VERSION });
    for (const org of ORGANISATIONS) tx.create(Organisation, org);
    for (const s of STAFF) {
      tx.create(User, {
        id: s.id,
        email: s.email,
        displayName: s.displayName,
        role: s.role,
        organisation: s.organisation ? tx.getReference(Organisation, s.organisation) : null,
        passwordHash,
      });
    }
    TALENTS.forEach((t, i) => {
      const user = tx.create(User, { id: t.id, email: t.email, displayName: t.displayName, role: Role.TALENT, passwordHash });
      tx.create(TalentProfile, {
        user,
        legalName: t.legalName,
        residentIdNumber: sampleResidentId(t.birth, 101 + i * 2),
        phone: t.phone,
        dateOfBirth: t.birth,
        education: t.education,
        employer: tx.getReference(Organisation, t.employer!),
      });
    });
    return true;
  });
}
