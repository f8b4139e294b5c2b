import argon2 from 'argon2';

let hashes = 0;

/** How many passwords this process has hashed: tests read it to show sign-up hashes either way. */
export const passwordHashes = (): number => hashes;

export function hashPassword(password: string): Promise<string> {
  hashes++;
  return argon2.hash(password, { type: argon2.argon2id });
}

// Checked against when the email is unknown, so a miss costs as long as a wrong password
// and response times do not reveal which emails have accounts.
let decoyHash: Promise<string> | null = null;

let checks = 0;

/** How many password checks (argon2 verifications) this process has made: tests read it to prove the sign-in limits hold. */
export const passwordChecks = (): number => checks;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (hash === null) {
    decoyHash ??= hashPassword('decoy-password-for-unknown-accounts');
    checks++;
    await argon2.verify(await decoyHash, password);
    return false;
  }
  checks++;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}
