import type { EntityManager } from '@mikro-orm/postgresql';
import { birthDateOfResidentId } from '../../core/privacy/resident-id.js';
import { User } from '../account/index.js';
import { ResidentIdConflict, ResidentIdConflictDecision, ResidentIdConflictSource, ResidentIdConflictStatus } from './resident-id-conflict.entity.js';
import { TalentProfile } from './talent-profile.entity.js';

/** Everyone entering one number waits for the others, so two accounts never both take it. */
export async function lockResidentId(em: EntityManager, residentIdNumber: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`resident-id:${residentIdNumber}`]);
}

/**
 * Puts the number a talent entered on their profile, inside the caller's transaction. A number
 * another account holds is not refused (that would tell the talent whose number is registered):
 * the talent sees it as entered, it is kept as a claim, and a conflict waits for a town
 * reviewer. The holder's record is not touched.
 */
export async function applyResidentId(em: EntityManager, profile: TalentProfile, claimantId: string, residentIdNumber: string | null, source: ResidentIdConflictSource): Promise<void> {
  if (residentIdNumber === null) {
    Object.assign(profile, { residentIdNumber: null, claimedResidentIdNumber: null, dateOfBirth: null });
    await withdrawOpenClaim(em, claimantId);
    return;
  }
  if (profile.residentIdNumber === residentIdNumber) return;
  await lockResidentId(em, residentIdNumber);
  const holder = await em.findOne(TalentProfile, { residentIdNumber, id: { $ne: profile.id } });
  profile.dateOfBirth = birthDateOfResidentId(residentIdNumber);
  if (!holder) {
    Object.assign(profile, { residentIdNumber, claimedResidentIdNumber: null });
    await withdrawOpenClaim(em, claimantId);
    return;
  }
  Object.assign(profile, { residentIdNumber: null, claimedResidentIdNumber: residentIdNumber });
  const open = await em.findOne(ResidentIdConflict, { claimant: claimantId, status: ResidentIdConflictStatus.OPEN });
  if (open) {
    Object.assign(open, { residentIdNumber, holder: em.getReference(User, holder.user.id, { wrapped: true }), source, createdAt: new Date() });
  } else {
    em.create(ResidentIdConflict, { residentIdNumber, claimant: em.getReference(User, claimantId), holder: em.getReference(User, holder.user.id, { wrapped: true }), source });
  }
}

/** The talent entered another number (or none) before a reviewer decided. */
async function withdrawOpenClaim(em: EntityManager, claimantId: string): Promise<void> {
  await em.nativeUpdate(
    ResidentIdConflict,
    { claimant: claimantId, status: ResidentIdConflictStatus.OPEN },
    { status: ResidentIdConflictStatus.RESOLVED, decision: ResidentIdConflictDecision.WITHDRAWN, resolvedAt: new Date() },
  );
}
