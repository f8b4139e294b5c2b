// Whether a policy takes applications now (issue 17 item 2). A money policy whose cap is not
// configured (待配置) takes none: everything it received would stop at approval.
import type { LocalisedText } from '../../core/errors/domain-error.js';
import type { ApplicationCap } from '../policy/index.js';
import { BenefitKind } from './application-form.entity.js';

export const NOT_OPEN: LocalisedText = {
  zh: '暂不受理：该政策的金额上限尚未配置（待配置），管理员按正式文件录入后即可申请。',
  en: 'Not open for applications yet: this policy\'s amount cap is not configured; applications open once an administrator enters it from the official document.',
};

/** `cap`: the policy's cap in force, or null when it has no criteria rule set. */
export function acceptsApplications(benefit: BenefitKind, cap: ApplicationCap | null): boolean {
  return benefit !== BenefitKind.MONEY || (cap?.amountYuan ?? null) !== null;
}
