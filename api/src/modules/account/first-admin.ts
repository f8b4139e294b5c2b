import type { MikroORM } from '@mikro-orm/postgresql';
import { hashPassword } from '../../core/auth/password.js';
import { Role } from '../../core/auth/role.js';
import { User } from './user.entity.js';

/**
 * An installation without sample data still needs someone to sign in and create the staff
 * accounts: with ADMIN_EMAIL and ADMIN_PASSWORD set, that administrator is created at start,
 * once, and only while no administrator exists. Returns whether it created one.
 */
export async function ensureFirstAdmin(orm: MikroORM, admin: { email: string; password: string }): Promise<boolean> {
  const em = orm.em.fork();
  if ((await em.count(User, { role: Role.ADMIN })) > 0) return false;
  if ((await em.count(User, { email: admin.email })) > 0) {
    throw new Error('ADMIN_EMAIL already belongs to an account that is not an administrator; choose another address.');
  }
  em.create(User, { email: admin.email, displayName: '系统管理员 / Administrator', role: Role.ADMIN, passwordHash: await hashPassword(admin.password) });
  await em.flush();
  return true;
}
