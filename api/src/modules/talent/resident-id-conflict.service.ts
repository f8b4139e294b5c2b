import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { birthDateOfResidentId } from '../../core/privacy/resident-id.js';
import { checkText } from '../../core/validation.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import type { NotificationService } from '../notification/index.js';
import { lockResidentId } from './resident-id-claims.js';
import { ResidentIdConflict, ResidentIdConflictDecision, ResidentIdConflictStatus } from './resident-id-conflict.entity.js';
import { TalentProfile } from './talent-profile.entity.js';
import { TALENT_MESSAGES as M } from './talent.messages.js';

/** Town reviewers work through resident ID numbers entered by a second account. */
export class ResidentIdConflictService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifications: (em: EntityManager) => NotificationService,
  ) {}

  /** Open ones first (oldest first: they have waited longest), then the resolved, newest first. */
  list(viewer: Viewer, status: ResidentIdConflictStatus | null, window: PageWindow): Promise<[ResidentIdConflict[], number]> {
    if (viewer.role !== Role.REVIEWER) throw DomainError.forbidden();
    const where = status ? { status } : {};
    const orderBy = status === ResidentIdConflictStatus.OPEN ? { createdAt: 'asc' as const, id: 'asc' as const } : { status: 'asc' as const, createdAt: 'desc' as const, id: 'asc' as const };
    return this.em.findAndCount(ResidentIdConflict, where, { orderBy, offset: window.offset, limit: window.limit });
  }

  /**
   * A reviewer decides, after checking the person's documents: the number stays with the
   * account that had it, or (checked in person) it moves to the claimant. Two reviewers at
   * once: the first decides, the second is told someone was first.
   */
  async resolve(viewer: Viewer, id: string, decision: ResidentIdConflictDecision, rawNote: string, now = new Date()): Promise<ResidentIdConflict> {
    if (viewer.role !== Role.REVIEWER) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const note = checkText(errors, 'input.note', rawNote, M.conflictNote, 500);
    if (decision === ResidentIdConflictDecision.WITHDRAWN) errors.addText('input.decision', UserErrorCode.INVALID, M.chooseKeepOrMove);
    errors.throwIfAny();
    return this.em.transactional(async (em) => {
      const conflict = await em.findOne(ResidentIdConflict, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!conflict) throw DomainError.notFound(M.residentIdConflict);
      if (conflict.status !== ResidentIdConflictStatus.OPEN) {
        throw DomainError.conflict(M.conflictAlreadyResolved);
      }
      const number = conflict.residentIdNumber;
      await lockResidentId(em, number);
      const claimant = await em.findOne(TalentProfile, { user: conflict.claimant.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const tell = this.notifications(em);
      if (decision === ResidentIdConflictDecision.MOVE_TO_CLAIMANT) {
        const holder = await em.findOne(TalentProfile, { residentIdNumber: number }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (holder && holder.user.id !== conflict.claimant.id) {
          holder.residentIdNumber = null;
          // The number leaves the holder before it is given: the unique index sees one at a time.
          await em.flush();
          tell.notify([holder.user.id], {
            kind: 'talent.resident_id.removed',
            title: M.idRemovedTitle,
            body: M.idRemovedBody,
            link: '/',
          });
        }
        if (claimant) Object.assign(claimant, { residentIdNumber: number, claimedResidentIdNumber: null, dateOfBirth: birthDateOfResidentId(number) });
        tell.notify([conflict.claimant.id], {
          kind: 'talent.resident_id.confirmed',
          title: M.idConfirmedTitle,
          body: M.idConfirmedBody,
          link: '/',
        });
      } else {
        if (claimant && claimant.claimedResidentIdNumber === number) Object.assign(claimant, { claimedResidentIdNumber: null, dateOfBirth: null });
        tell.notify([conflict.claimant.id], {
          kind: 'talent.resident_id.not_confirmed',
          title: M.idNotConfirmedTitle,
          body: M.idNotConfirmedBody,
          link: '/',
        });
      }
      Object.assign(conflict, { status: ResidentIdConflictStatus.RESOLVED, decision, note, resolvedAt: now, resolvedBy: em.getReference(User, viewer.userId, { wrapped: true }) });
      return conflict;
    });
  }
}
