import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader, keyedLoader } from '../../core/graphql/loader.js';
import { PairingAgreement, PairingCommitment, PairingReview, PairingReviewItem } from './pairing.entity.js';

/** Per-request loaders of the community module: one query per kind of related record, whatever the page size. */
export function communityLoaders(em: EntityManager) {
  return {
    pairingAgreementById: keyedLoader<string, PairingAgreement>((ids) => em.find(PairingAgreement, { id: { $in: [...ids] } }), (a) => a.id),
    pairingCommitmentById: keyedLoader<string, PairingCommitment>((ids) => em.find(PairingCommitment, { id: { $in: [...ids] } }), (c) => c.id),
    pairingCommitmentsByAgreementId: groupedLoader<PairingCommitment>(
      (ids) => em.find(PairingCommitment, { agreement: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
      (c) => c.agreement.id,
    ),
    pairingReviewsByAgreementId: groupedLoader<PairingReview>(
      (ids) => em.find(PairingReview, { agreement: { $in: [...ids] } }, { orderBy: { year: 'desc' } }),
      (r) => r.agreement.id,
    ),
    pairingReviewItemsByReviewId: groupedLoader<PairingReviewItem>(
      (ids) => em.find(PairingReviewItem, { review: { $in: [...ids] } }, { populate: ['commitment'], orderBy: { commitment: { position: 'asc' } } }),
      (i) => i.review.id,
    ),
  };
}
