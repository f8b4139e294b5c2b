// Whether a policy takes applications now (issue 17 item 2). A money policy whose cap is not
// configured (待配置) takes none: everything it received would stop at approval.
import type { ApplicationCap } from '../policy/index.js';
import { BenefitKind } from './application-form.entity.js';

/** `cap`: the policy's cap in force, or null when it has no criteria rule set. */
export function acceptsApplications(benefit: BenefitKind, cap: ApplicationCap | null): boolean {
  return benefit !== BenefitKind.MONEY || (cap?.amountYuan ?? null) !== null;
}
