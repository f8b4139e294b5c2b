/**
 * Session actions: sign in, sign up, sign out, and setting a password from an emailed link. Each returns a `MutationOutcome` whose errors
 * went through the error funnel; on success the Apollo store is reset so every query on screen
 * (the viewer first) refetches as the new person.
 */
import { mutate, resetSession, type MutationOutcome } from '$lib/graphql/client';
import {
  ConfirmSignUpDocument,
  type ConfirmSignUpMutation,
  RequestPasswordResetDocument,
  type RequestPasswordResetMutation,
  SetPasswordDocument,
  type SetPasswordMutation,
  SignInDocument,
  SignOutDocument,
  SignUpDocument,
  type SignInInput,
  type SignInMutation,
  type SignOutMutation,
  type SignUpInput,
  type SignUpMutation,
} from '$lib/graphql/generated/graphql';

export const SIGN_IN_FIELDS = ['email', 'password'] as const;
export const SIGN_UP_FIELDS = [
  'email',
  'password',
  'displayName',
  'legalName',
  'residentIdNumber',
  'phone',
  'employerId',
] as const;

export async function signIn(input: SignInInput): Promise<MutationOutcome<SignInMutation['signIn']>> {
  const outcome = await mutate(SignInDocument, { input }, { payload: (d) => d.signIn, fields: SIGN_IN_FIELDS });
  if (outcome.ok) await resetSession();
  return outcome;
}

/** Sends the confirmation email; nobody is signed in until its link is opened (`confirmSignUp`). */
export function signUp(input: SignUpInput): Promise<MutationOutcome<SignUpMutation['signUp']>> {
  return mutate(SignUpDocument, { input }, { payload: (d) => d.signUp, fields: SIGN_UP_FIELDS });
}

/** Opens the emailed link: the account is made and signed in. */
export async function confirmSignUp(token: string): Promise<MutationOutcome<ConfirmSignUpMutation['confirmSignUp']>> {
  const outcome = await mutate(ConfirmSignUpDocument, { input: { token } }, { payload: (d) => d.confirmSignUp, fields: ['token'] });
  if (outcome.ok) await resetSession();
  return outcome;
}

/** "Forgot password": the answer is the same whether or not the address has an account. */
export function requestPasswordReset(email: string): Promise<MutationOutcome<RequestPasswordResetMutation['requestPasswordReset']>> {
  return mutate(RequestPasswordResetDocument, { input: { email } }, { payload: (d) => d.requestPasswordReset, fields: ['email'] });
}

/** Sets the password from the emailed link and signs in (every other session of the account ends). */
export async function setPassword(token: string, password: string): Promise<MutationOutcome<SetPasswordMutation['setPassword']>> {
  // The token's problems (spent, expired) are the form's, not a field the page shows.
  const outcome = await mutate(SetPasswordDocument, { input: { token, password } }, { payload: (d) => d.setPassword, fields: ['password'] });
  if (outcome.ok) await resetSession();
  return outcome;
}

export async function signOut(): Promise<MutationOutcome<SignOutMutation['signOut']>> {
  const outcome = await mutate(SignOutDocument, {}, { payload: (d) => d.signOut });
  // Even when the server could not end the session, do not keep showing the old person's data.
  await resetSession();
  return outcome;
}
