import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { UserErrorCode, UserInputErrors } from '../../core/errors/domain-error.js';
import { constraintOf } from './application.checks.js';
import { Application, IdempotencyKey } from './application.entity.js';
import { APPLICATION_MESSAGES as M } from './application.messages.js';

/**
 * Runs `work` once per (user, idempotency key). The key is locked first (a transaction-scoped
 * advisory lock), so retries sent while the first call is still running wait for it and then
 * replay its result, instead of racing it to the application's row and finding the step done
 * (INVALID_STATE). The key is stored in the same transaction as the work: a call that fails
 * stores nothing, and the next retry does the work itself.
 */
export async function idempotent(em: EntityManager, viewer: Viewer, key: string | null, operation: string, targetId: string | null, work: (tx: EntityManager) => Promise<Application>): Promise<Application> {
  if (!key) return em.transactional(work);
  try {
    return await em.transactional(async (tx) => {
      await tx.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`idempotency:${viewer.userId}:${key}`]);
      const previous = await tx.findOne(IdempotencyKey, { user: viewer.userId, key }, { refresh: true });
      if (previous) return replay(tx, previous, operation, targetId);
      const app = await work(tx);
      await tx.flush();
      await tx.insert(IdempotencyKey, { id: randomUUID(), user: viewer.userId, key, operation, resultId: app.id });
      return app;
    });
  } catch (error) {
    // The lock makes this unreachable; the unique (user, key) index is the backstop.
    if (!(error instanceof UniqueConstraintViolationException) || constraintOf(error) !== 'idempotency_keys_user_id_key_unique') throw error;
    const fork = em.fork();
    const previous = await fork.findOneOrFail(IdempotencyKey, { user: viewer.userId, key });
    return replay(fork, previous, operation, targetId);
  }
}


/** A repeat must be the same operation on the same application; anything else reuses a key by mistake. */
async function replay(em: EntityManager, previous: IdempotencyKey, operation: string, targetId: string | null): Promise<Application> {
  if (previous.operation !== operation || (targetId !== null && previous.resultId !== targetId)) {
    throw new UserInputErrors([{ field: 'input.idempotencyKey', code: UserErrorCode.DUPLICATE, message: M.idempotencyKeyReused }]);
  }
  return em.findOneOrFail(Application, { id: previous.resultId });
}

