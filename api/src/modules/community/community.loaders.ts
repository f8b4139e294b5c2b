import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader, keyedLoader } from '../../core/graphql/loader.js';
import { JointMeeting, MeetingAgendaItem, MeetingDecision } from './meeting.entity.js';
import { CommunityNeed, NeedClaim, NeedPhoto, NeedResource } from './need.entity.js';
import { CommunityProject, ProjectEvidence, ProjectMilestone, ProjectOwner, ProjectVolunteer } from './project.entity.js';
import { PairingAgreement, PairingCommitment, PairingReview, PairingReviewItem } from './pairing.entity.js';

/** Per-request loaders of the community module: one query per kind of related record, whatever the page size. */
const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** Sums per key from one grouped query, 0 where there is none. */
function sumLoader(em: EntityManager, query: (marks: string) => string) {
  return new DataLoader<string, number>(async (keys) => {
    const rows = await em.execute<{ key: string; n: string }[]>(query(marks(keys)), [...keys]);
    const byKey = new Map(rows.map((r) => [r.key, Number(r.n)]));
    return keys.map((k) => byKey.get(k) ?? 0);
  });
}

export function communityLoaders(em: EntityManager) {
  return {
    needById: keyedLoader<string, CommunityNeed>((ids) => em.find(CommunityNeed, { id: { $in: [...ids] } }), (n) => n.id),
    needResourcesByNeedId: groupedLoader<NeedResource>((ids) => em.find(NeedResource, { need: { $in: [...ids] } }, { orderBy: { position: 'asc' } }), (r) => r.need.id),
    claimedByResourceId: sumLoader(em, (m) => `select resource_id as key, sum(quantity) as n from community_need_claims where resource_id in (${m}) group by resource_id`),
    claimsByNeedId: groupedLoader<NeedClaim>((ids) => em.find(NeedClaim, { need: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (c) => c.need.id),
    needPhotosByNeedId: groupedLoader<NeedPhoto>((ids) => em.find(NeedPhoto, { need: { $in: [...ids] } }, { populate: ['document'], orderBy: { position: 'asc' } }), (p) => p.need.id),
    projectById: keyedLoader<string, CommunityProject>((ids) => em.find(CommunityProject, { id: { $in: [...ids] } }), (p) => p.id),
    projectByNeedId: keyedLoader<string, CommunityProject>((ids) => em.find(CommunityProject, { need: { $in: [...ids] } }), (p) => p.need.id),
    volunteerPlacesByNeedId: sumLoader(em, (m) => `select c.need_id as key, sum(c.quantity) as n from community_need_claims c join community_need_resources r on r.id = c.resource_id
      where c.need_id in (${m}) and r.kind = 'VOLUNTEERS' group by c.need_id`),
    milestonesByProjectId: groupedLoader<ProjectMilestone>((ids) => em.find(ProjectMilestone, { project: { $in: [...ids] } }, { orderBy: { position: 'asc' } }), (m) => m.project.id),
    volunteersByProjectId: groupedLoader<ProjectVolunteer>((ids) => em.find(ProjectVolunteer, { project: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (v) => v.project.id),
    evidenceByProjectId: groupedLoader<ProjectEvidence>((ids) => em.find(ProjectEvidence, { project: { $in: [...ids] } }, { populate: ['document'], orderBy: { createdAt: 'asc', id: 'asc' } }), (e) => e.project.id),
    ownersByProjectId: groupedLoader<ProjectOwner>((ids) => em.find(ProjectOwner, { project: { $in: [...ids] } }, { populate: ['user'], orderBy: { id: 'asc' } }), (o) => o.project.id),

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

    jointMeetingById: keyedLoader<string, JointMeeting>((ids) => em.find(JointMeeting, { id: { $in: [...ids] } }), (m) => m.id),
    agendaItemById: keyedLoader<string, MeetingAgendaItem>((ids) => em.find(MeetingAgendaItem, { id: { $in: [...ids] } }), (i) => i.id),
    agendaItemsByMeetingId: groupedLoader<MeetingAgendaItem>((ids) => em.find(MeetingAgendaItem, { meeting: { $in: [...ids] } }, { orderBy: { position: 'asc' } }), (i) => i.meeting.id),
    decisionsByMeetingId: groupedLoader<MeetingDecision>((ids) => em.find(MeetingDecision, { meeting: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (d) => d.meeting.id),
  };
}
