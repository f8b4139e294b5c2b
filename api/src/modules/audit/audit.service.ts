import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, type LocalisedText } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import { AuditEntry, type AuditChange } from './audit-entry.entity.js';

export interface AuditFilter {
  entityType?: string | null;
  entityId?: string | null;
}

/** Writes and reads the append-only audit log. */
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Adds an entry to `em`'s unit of work (the transaction making the change), so the entry and
   * the change it records are written together or not at all.
   */
  record(em: EntityManager, actorId: string | null, action: string, entityType: string, entityId: string, summary: LocalisedText, changes: AuditChange[]): AuditEntry {
    return em.create(AuditEntry, {
      actor: actorId ? em.getReference(User, actorId) : null,
      action,
      entityType,
      entityId,
      summaryZh: summary.zh,
      summaryEn: summary.en,
      changes,
    });
  }

  /** Newest first; administrators only. */
  async list(viewer: Viewer, filter: AuditFilter, window: PageWindow): Promise<[AuditEntry[], number]> {
    if (viewer.role !== Role.ADMIN) throw DomainError.forbidden();
    const where: Record<string, unknown> = {};
    if (filter.entityType) where.entityType = filter.entityType;
    if (filter.entityId) where.entityId = filter.entityId;
    return this.em.findAndCount(AuditEntry, where, { orderBy: { createdAt: 'desc', id: 'desc' }, offset: window.offset, limit: window.limit });
  }
}
