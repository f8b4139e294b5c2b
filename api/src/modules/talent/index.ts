// The talent module's public surface: other modules import from here only.
export { EducationLevel } from './education-level.js';
export { PasswordLinkResolver } from './password-links.resolver.js';
export { PasswordLinkService, sendActivationLink } from './password-links.service.js';
export { ResidentIdConflict } from './resident-id-conflict.entity.js';
export { ResidentIdConflictResolver } from './resident-id-conflict.resolver.js';
export { ResidentIdConflictService } from './resident-id-conflict.service.js';
export { SignUpResolver } from './sign-up.resolver.js';
export { SignUpService } from './sign-up.service.js';
export { TalentProfile } from './talent-profile.entity.js';
export { talentLoaders } from './talent.loaders.js';
export { TalentResolver } from './talent.resolver.js';
export { TalentService } from './talent.service.js';
