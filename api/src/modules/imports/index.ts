import type { EntityManager } from '@mikro-orm/postgresql';
import { EnterpriseStaffMember, ImportBatch } from './import.entities.js';
import { ImportService } from './import.service.js';

/** Excel imports (issue 17): talent accounts, enterprise staff lists, past applications and payments. */
export const IMPORT_ENTITIES = [ImportBatch, EnterpriseStaffMember];

export function importServices(em: EntityManager) {
  return { imports: new ImportService(em) };
}

export { importRoutes } from './import.routes.js';
export { IMPORT_LIMITS } from './import.service.js';
