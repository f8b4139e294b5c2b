/** Saving a change on the notification settings page: one at a time, errors and "saved" shown by the page. */
import type { FormErrors } from '$lib/errors';

export interface ChangeStatus {
  busy: boolean;
  saved: boolean;
  errors: FormErrors;
}

/** Runs a mutation (`mutate(...)`) and, when it succeeded, `after` with its payload; true when it did. */
export async function runChange<P>(status: ChangeStatus, action: () => Promise<{ ok: boolean; payload: P | null; errors: FormErrors }>, after: (payload: P) => void): Promise<boolean> {
  status.busy = true;
  status.saved = false;
  const outcome = await action();
  status.busy = false;
  status.errors = outcome.errors;
  if (outcome.ok && outcome.payload) {
    after(outcome.payload);
    status.saved = true;
    return true;
  }
  return false;
}
