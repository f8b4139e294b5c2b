/** English of `messages.zh-CN.ts` (each language is its own chunk: a page loads only the one it shows). */
import type { identityZhCN } from './messages.zh-CN';

export const identityEn: Record<keyof typeof identityZhCN, string> = {
  'signUp.checkEmail': 'Check your email: we have sent a message to {email}. Open the link in it within 24 hours to finish signing up. If nothing arrives, look in your spam folder or try again later.',
  'signUp.confirming': 'Confirming your sign-up…',
  'signUp.confirmed': 'You are signed up and signed in.',
  'signUp.noToken': 'This link is incomplete; open it again from the email.',
  'idConflicts.lead': 'Someone entered a resident ID number another account already uses. They were not told; the number is kept as their claim, and the other account\'s record is unchanged. Check the documents, then decide: keep it with the account that had it, or (checked in person) move it to the claimant.',
  'idConflicts.open': 'Open',
  'idConflicts.resolved': 'Dealt with',
  'idConflicts.empty': 'Nothing here.',
  'idConflicts.number': 'ID number',
  'idConflicts.claimant': 'Claimant (entered it second)',
  'idConflicts.holder': 'Account that had it',
  'idConflicts.source': 'From',
  'idConflicts.source.SIGN_UP': 'Sign-up',
  'idConflicts.source.PROFILE_UPDATE': 'Profile change',
  'idConflicts.found': 'Found',
  'idConflicts.note': 'Note (which documents were checked)',
  'idConflicts.keep': 'Keep with the account that had it',
  'idConflicts.move': 'Move to the claimant',
  'idConflicts.confirmMove': 'Move this number to the claimant? The other account will no longer have it, and both will be told.',
  'idConflicts.decision.KEEP_WITH_HOLDER': 'Kept with the account that had it',
  'idConflicts.decision.MOVE_TO_CLAIMANT': 'Moved to the claimant',
  'idConflicts.decision.WITHDRAWN': 'Claimant entered another number',
  'idConflicts.done': 'Done.',
  'idConflicts.none': '(none)',
};
