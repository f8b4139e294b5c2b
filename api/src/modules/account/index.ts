// The account module's public surface: other modules import from here only.
export { accountLoaders, userView, type UserRow, type UserView } from './account.loaders.js';
export { AuthPayload } from './account.payloads.js';
export { AccountResolver, startSession } from './account.resolver.js';
export { AccountService } from './account.service.js';
export { ensureFirstAdmin } from './first-admin.js';
export { LiveSessions } from './live-sessions.js';
export { PasswordLink, PasswordLinkPurpose } from './password-link.entity.js';
export { Session } from './session.entity.js';
export { hashToken, SessionService } from './session.service.js';
export { SignInLimit } from './sign-in-limit.entity.js';
export { SignUpRequest } from './sign-up-request.entity.js';
export { User } from './user.entity.js';
