import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import { isIsoDate } from '../../core/validation.js';
import { isUuid } from '../../core/ids.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { Role } from '../../core/auth/role.js';
import { required } from '../../core/required.js';
import { User } from '../account/index.js';
import { Document } from './document.entity.js';
import { DocumentKind, EVIDENCE_KINDS } from './document-kind.js';
import { shanghaiToday } from '../../core/time/shanghai.js';
import { DOCUMENT_MESSAGES as M } from './document.messages.js';

export interface StoredUpload {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

export function checkExpiry(errors: FieldErrors, field: string, raw: string | null | undefined, today: string): string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (!isIsoDate(raw)) errors.addText(field, UserErrorCode.INVALID, M.expiryNotADate);
  else if (raw < today) errors.addText(field, UserErrorCode.OUT_OF_RANGE, M.alreadyExpired);
  return raw;
}

/**
 * Whether `viewer` may read a document because another module attached it to something the
 * viewer takes part in (a micro-wish's photo, a grant's receipt). Registered by that module with
 * `allowDocumentReader`, so this module needs to know nothing of theirs.
 */
export type DocumentReader = (em: EntityManager, viewer: Viewer, documentId: string) => Promise<boolean>;

const readers: DocumentReader[] = [];

export function allowDocumentReader(reader: DocumentReader): void {
  if (!readers.includes(reader)) readers.push(reader);
}

/**
 * The document wallet. Talent keep documents of every kind; anyone signed in may upload
 * evidence (photos, receipts) for the community work. Who else may read one is decided by
 * `canRead` (reviewers, HR for documents attached to their enterprise's applications, and the
 * readers other modules register).
 */
export class DocumentService {
  constructor(private readonly em: EntityManager) {}

  /** Checks the form fields that come with an upload; the file itself was checked while streaming. */
  validateUploadFields(fields: { kind?: string; expiresOn?: string }): { kind: DocumentKind; expiresOn: string | null } {
    const errors = new FieldErrors();
    const kind = Object.values(DocumentKind).find((known) => known === fields.kind);
    if (!fields.kind) errors.addText('kind', UserErrorCode.REQUIRED, M.kindMissing);
    else if (!kind) errors.addText('kind', UserErrorCode.INVALID, M.kindUnknown);
    const expiresOn = checkExpiry(errors, 'expiresOn', fields.expiresOn, shanghaiToday());
    errors.throwIfAny();
    return { kind: required(kind, 'document kind (refused above when missing or unknown)'), expiresOn };
  }

  /** Only talent keep a wallet; staff upload evidence only. Checked before the file is stored. */
  checkMayUpload(viewer: Viewer, kind: DocumentKind): void {
    if (viewer.role !== Role.TALENT && !EVIDENCE_KINDS.includes(kind)) throw DomainError.forbidden();
  }

  async create(viewer: Viewer, upload: StoredUpload, fields: { kind: DocumentKind; expiresOn: string | null }): Promise<Document> {
    this.checkMayUpload(viewer, fields.kind);
    const document = this.em.create(Document, { owner: this.em.getReference(User, viewer.userId), ...upload, ...fields });
    await this.em.flush();
    return document;
  }

  listOwn(viewer: Viewer, kind: DocumentKind | null, window: PageWindow): Promise<[Document[], number]> {
    return this.em.findAndCount(Document, { owner: viewer.userId, ...(kind ? { kind } : {}) }, { orderBy: { createdAt: 'desc', id: 'desc' }, offset: window.offset, limit: window.limit });
  }

  /** The document if the viewer may read it; otherwise the same answer as a missing one. */
  async readable(viewer: Viewer, id: string): Promise<Document> {
    const document = isUuid(id) ? await this.em.findOne(Document, { id }) : null;
    if (!document || !(await this.canRead(viewer, document))) throw DomainError.notFound(M.document);
    return document;
  }

  /**
   * The owner always; a photo or receipt also to whoever a registered reader lets in (the
   * people a micro-wish or grant it is attached to involves); otherwise only through a
   * submitted application the document is attached to: any town reviewer, or HR of that
   * application's enterprise. A wallet document never submitted stays private, and drafts are
   * the applicant's own business.
   */
  private async canRead(viewer: Viewer, document: Document): Promise<boolean> {
    if (document.owner.id === viewer.userId) return true;
    if (EVIDENCE_KINDS.includes(document.kind)) {
      for (const reader of readers) if (await reader(this.em, viewer, document.id)) return true;
    }
    const reviewer = viewer.role === Role.REVIEWER;
    const hr = viewer.role === Role.ENTERPRISE_HR && !!viewer.organisationId;
    if (!reviewer && !hr) return false;
    const rows = await this.em.execute<{ n: number }[]>(
      `select count(*)::int as n from application_documents ad join applications a on a.id = ad.application_id
        where ad.document_id = ? and a.status <> 'DRAFT' ${reviewer ? '' : 'and a.enterprise_id = ?'}`,
      reviewer ? [document.id] : [document.id, viewer.organisationId],
    );
    return (rows[0]?.n ?? 0) > 0;
  }

}
