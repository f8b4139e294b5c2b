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

// What other modules use.
export { copyLocalFilesToS3 } from './copy-to-s3.js';
export { createFileStorage, newS3FileStorage } from './create-file-storage.js';
export { DOCUMENT_KIND_NAMES } from './document-kind.js';
export { documentRoutes } from './document.routes.js';
export { describeStorageError, DiskFileStorage } from './file-storage.js';
