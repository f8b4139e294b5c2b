import { AuditEntry, type AuditChange } from './audit-entry.entity.js';
import { AuditEntryResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

/**
 * The audit log: who changed what, when, append-only (the table refuses UPDATE and DELETE).
 * Any module that changes reference data records it here, in the change's own transaction; it
 * lived in the policy module, which made every other module that audits depend on policy.
 */
export { AuditEntry, AuditService, type AuditChange };

export const AUDIT_ENTITIES = [AuditEntry];
export const AUDIT_RESOLVERS = [AuditEntryResolver] as const;
