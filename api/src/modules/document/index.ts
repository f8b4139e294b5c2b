import type { EntityManager } from '@mikro-orm/postgresql';
import { Document } from './document.entity.js';
import { UploadQuotaUsage } from './upload-quota.entity.js';
import { DocumentResolver } from './document.resolver.js';
import { DocumentService } from './document.service.js';

export { Document } from './document.entity.js';
export { DocumentKind, EVIDENCE_KINDS } from './document-kind.js';
export { allowDocumentReader, type DocumentReader } from './document.service.js';

export const DOCUMENT_ENTITIES = [Document, UploadQuotaUsage];
export const DOCUMENT_RESOLVERS = [DocumentResolver] as const;

export function documentServices(em: EntityManager) {
  return { documents: new DocumentService(em) };
}
