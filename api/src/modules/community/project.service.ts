import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { theRow } from '../../core/db/rows.js';
import { containsPattern } from '../../core/db/like.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, oneUserError, UserErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { Role } from '../../core/auth/role.js';
import { required } from '../../core/required.js';
import { User } from '../account/index.js';
import { Document, DocumentKind } from '../document/index.js';
import type { NotificationService } from '../notification/index.js';
import { Organisation } from '../organisation/index.js';
import { isTownStaff, isUuid, MEMBER_KINDS, ownPlaceId } from './community-access.js';
import { intInRange, optionalText, requiredDate, requiredText } from './community-checks.js';
import { NeedStatus, ProjectStatus } from './community.enums.js';
import { canSeeNeed, needVisibility } from './need-access.js';
import { CommunityNeed } from './need.entity.js';
import { CommunityProject, ProjectEvidence, ProjectMilestone, ProjectOwner, ProjectVolunteer } from './project.entity.js';
import { COMMUNITY_MESSAGES as M } from './community.messages.js';

const state = (message: LocalisedText) => oneUserError(null, UserErrorCode.INVALID_STATE, message);

/**
 * Projects (项目清单): milestones, volunteers, evidence, and completion confirmed by the place's
 * community worker with the resident's feedback. Every step locks the project row first.
 */
export class ProjectService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifications: NotificationService,
  ) {}

  /** The project if the viewer may see it (as they may see its need); null otherwise. */
  async byId(viewer: Viewer | null, id: string, em: EntityManager = this.em): Promise<CommunityProject | null> {
    const project = isUuid(id) ? await em.findOne(CommunityProject, id.toLowerCase()) : null;
    if (!project) return null;
    const need = await em.findOneOrFail(CommunityNeed, project.need.id);
    return (await canSeeNeed(em, viewer, need)) ? project : null;
  }

  /** Projects the viewer may see, newest first; `volunteering` keeps those with volunteer places. */
  /** `search` finds projects whose need's reference or title contains it, as typed (`%` and `_` are themselves). */
  async list(viewer: Viewer | null, filter: { status?: ProjectStatus | null; placeId?: string | null; mine?: boolean | null; search?: string | null }, window: PageWindow): Promise<[CommunityProject[], number]> {
    const visible = needVisibility(viewer);
    const where = [visible.sql];
    const params: unknown[] = [...visible.params];
    if (filter.status) {
      where.push('p.status = ?');
      params.push(filter.status);
    }
    if (filter.placeId) {
      if (!isUuid(filter.placeId)) return [[], 0];
      where.push('p.place_id = ?');
      params.push(filter.placeId.toLowerCase());
    }
    if (filter.mine) {
      if (!viewer) return [[], 0];
      where.push('(exists (select 1 from community_project_owners o where o.project_id = p.id and o.user_id = ?) or exists (select 1 from community_project_volunteers v where v.project_id = p.id and v.user_id = ?))');
      params.push(viewer.userId, viewer.userId);
    }
    const search = filter.search?.trim();
    if (search) {
      where.push('(n.reference ilike ? or n.title ilike ?)');
      params.push(containsPattern(search), containsPattern(search));
    }
    const condition = where.join(' and ');
    const conn = this.em.getConnection();
    const from = 'from community_projects p join community_needs n on n.id = p.need_id';
    const { total } = theRow(await conn.execute<{ total: number }[]>(`select count(*)::int as total ${from} where ${condition}`, params), 'count of projects');
    const rows = await conn.execute<{ id: string }[]>(`select p.id ${from} where ${condition} order by p.started_at desc, p.id limit ? offset ?`, [...params, window.limit, window.offset]);
    if (!rows.length) return [[], total];
    const projects = await this.em.find(CommunityProject, { id: { $in: rows.map((r) => r.id) } });
    const byId = new Map(projects.map((p) => [p.id, p]));
    return [rows.map((r) => required(byId.get(r.id), `project ${r.id} (its id was just read)`)), total];
  }

  /** Owners, the place's worker and town staff run the project. */
  async canManage(viewer: Viewer | null, project: CommunityProject, em: EntityManager = this.em): Promise<boolean> {
    if (!viewer) return false;
    if (isTownStaff(viewer) || ownPlaceId(viewer) === project.place.id) return true;
    return (await em.count(ProjectOwner, { project: project.id, user: viewer.userId })) > 0;
  }

  /** Locks a project the viewer may see, for a step of it. */
  private async open(tx: EntityManager, viewer: Viewer, id: string): Promise<CommunityProject> {
    // Read with the transaction's own connection: a second one while this holds a lock could starve the pool.
    const visible = await this.byId(viewer, id, tx);
    if (!visible) throw DomainError.notFound(M.project);
    return await tx.findOneOrFail(CommunityProject, visible.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  private async manage(tx: EntityManager, viewer: Viewer, id: string): Promise<CommunityProject> {
    const project = await this.open(tx, viewer, id);
    if (!(await this.canManage(viewer, project, tx))) throw DomainError.forbidden();
    return project;
  }

  /** People who may own a milestone: the project's owners and the place's community workers. */
  async possibleOwners(project: CommunityProject, em: EntityManager = this.em): Promise<User[]> {
    const owners = await em.find(ProjectOwner, { project: project.id }, { populate: ['user'] });
    const workers = await em.find(User, { role: Role.COMMUNITY_WORKER, organisation: project.place.id }, { orderBy: { displayName: 'asc' } });
    return [...new Map([...owners.map((o) => o.user.getEntity()), ...workers].map((u) => [u.id, u])).values()];
  }

  async addMilestone(viewer: Viewer, input: { projectId: string; title: string; dueOn: string; ownerId: string }): Promise<ProjectMilestone> {
    const errors = new FieldErrors();
    const title = requiredText(errors, 'input.title', input.title, M.milestoneTitle, 200);
    const dueOn = requiredDate(errors, 'input.dueOn', input.dueOn, M.milestoneDueOn);
    return this.em.transactional(async (tx) => {
      const project = await this.manage(tx, viewer, input.projectId);
      if (project.status !== ProjectStatus.IN_PROGRESS) throw state(M.noMilestonesAfterReport);
      const owners = await this.possibleOwners(project, tx);
      const owner = owners.find((u) => u.id === input.ownerId.toLowerCase());
      if (!owner) errors.addText('input.ownerId', UserErrorCode.NOT_FOUND, M.milestoneOwnerNotOnProject);
      errors.throwIfAny();
      const { id: ownerId } = required(owner, 'milestone owner (refused above when missing)');
      const position = (await tx.count(ProjectMilestone, { project: project.id })) + 1;
      const milestone = tx.create(ProjectMilestone, { project, position, title, dueOn, owner: tx.getReference(User, ownerId) });
      project.version++;
      if (ownerId !== viewer.userId) {
        this.notifications.within(tx).notify([ownerId], {
          kind: 'community.milestone.assigned',
          title: M.milestoneAssignedTitle(title),
          body: M.milestoneAssignedBody(dueOn),
          link: `/community/projects/${project.id}`,
        });
      }
      await tx.flush();
      return milestone;
    });
  }

  async completeMilestone(viewer: Viewer, milestoneId: string): Promise<ProjectMilestone> {
    const found = isUuid(milestoneId) ? await this.em.findOne(ProjectMilestone, milestoneId.toLowerCase()) : null;
    if (!found) throw DomainError.notFound(M.milestone);
    return this.em.transactional(async (tx) => {
      const project = await this.open(tx, viewer, found.project.id);
      if (found.owner.id !== viewer.userId && !(await this.canManage(viewer, project, tx))) throw DomainError.forbidden();
      const milestone = await tx.findOneOrFail(ProjectMilestone, found.id, { refresh: true });
      if (milestone.doneAt) throw state(M.milestoneAlreadyDone);
      if (project.status === ProjectStatus.COMPLETED) throw state(M.projectCompleted);
      milestone.doneAt = new Date();
      project.version++;
      await tx.flush();
      return milestone;
    });
  }

  /** How many volunteers the claims promised: the project's volunteer places. */
  static async volunteerPlaces(em: EntityManager, project: CommunityProject): Promise<number> {
    const rows = await em.execute<{ n: string | null }[]>(
      `select sum(c.quantity) as n from community_need_claims c join community_need_resources r on r.id = c.resource_id where c.need_id = ? and r.kind = 'VOLUNTEERS'`,
      [project.need.id],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** Alliance members' staff sign themselves up, up to the volunteer places the claims promised. */
  async signUp(viewer: Viewer, projectId: string): Promise<ProjectVolunteer> {
    if (viewer.role !== Role.TALENT) throw DomainError.forbidden();
    const profile = await this.em.execute<{ employer_id: string | null; kind: string | null }[]>(
      'select t.employer_id, o.kind::text as kind from talent_profiles t left join organisations o on o.id = t.employer_id where t.user_id = ?', [viewer.userId],
    );
    const employer = profile[0]?.employer_id && MEMBER_KINDS.some((kind) => kind === profile[0]?.kind) ? profile[0].employer_id : null;
    if (!employer) throw state(M.volunteerWithoutEmployer);
    try {
      return await this.em.transactional(async (tx) => {
        const project = await this.open(tx, viewer, projectId);
        if (project.status !== ProjectStatus.IN_PROGRESS) throw state(M.noMoreVolunteers);
        if (await tx.findOne(ProjectVolunteer, { project: project.id, user: viewer.userId })) throw state(M.alreadyVolunteering);
        const places = await ProjectService.volunteerPlaces(tx, project);
        const taken = await tx.count(ProjectVolunteer, { project: project.id });
        if (taken >= places) {
          throw oneUserError(null, UserErrorCode.CONFLICT, places === 0 ? M.noVolunteerPlaces : M.volunteerPlacesTaken(places));
        }
        const volunteer = tx.create(ProjectVolunteer, { project, user: tx.getReference(User, viewer.userId), organisation: tx.getReference(Organisation, employer) });
        project.version++;
        await tx.flush();
        return volunteer;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw state(M.alreadyVolunteering);
      throw error;
    }
  }

  async withdraw(viewer: Viewer, projectId: string): Promise<CommunityProject> {
    return this.em.transactional(async (tx) => {
      const project = await this.open(tx, viewer, projectId);
      if (project.status === ProjectStatus.COMPLETED) throw state(M.tooLateToWithdraw);
      const removed = await tx.nativeDelete(ProjectVolunteer, { project: project.id, user: viewer.userId });
      if (removed === 0) throw state(M.notVolunteering);
      project.version++;
      await tx.flush();
      return project;
    });
  }

  async addEvidence(viewer: Viewer, input: { projectId: string; documentId: string; caption?: string | null }): Promise<ProjectEvidence> {
    const errors = new FieldErrors();
    const caption = optionalText(errors, 'input.caption', input.caption, M.photoCaption, 200);
    const document = isUuid(input.documentId) ? await this.em.findOne(Document, { id: input.documentId.toLowerCase(), owner: viewer.userId, kind: DocumentKind.PHOTO }) : null;
    if (!document) errors.addText('input.documentId', UserErrorCode.NOT_FOUND, M.uploadPhotoFirst);
    return this.em.transactional(async (tx) => {
      const project = await this.manage(tx, viewer, input.projectId);
      errors.throwIfAny();
      const photo = required(document, 'evidence photo (refused above when missing)');
      if (project.status === ProjectStatus.COMPLETED) throw state(M.projectCompleted);
      if (await tx.findOne(ProjectEvidence, { project: project.id, document: photo.id })) {
        throw oneUserError('input.documentId', UserErrorCode.DUPLICATE, M.photoAlreadyAdded);
      }
      const evidence = tx.create(ProjectEvidence, { project, document: tx.getReference(Document, photo.id), caption, addedBy: tx.getReference(User, viewer.userId) });
      project.version++;
      await tx.flush();
      return evidence;
    });
  }

  /** An owner reports the work done, with a short report; at least one photo and every milestone done. */
  async submitCompletion(viewer: Viewer, input: { projectId: string; summary: string; version: number }): Promise<CommunityProject> {
    const errors = new FieldErrors();
    const summary = requiredText(errors, 'input.summary', input.summary, M.completionReport, 2000);
    errors.throwIfAny();
    return this.em.transactional(async (tx) => {
      const project = await this.manage(tx, viewer, input.projectId);
      this.checkVersion(project, input.version);
      if (project.status !== ProjectStatus.IN_PROGRESS) throw state(M.projectNotInProgress);
      const open = await tx.count(ProjectMilestone, { project: project.id, doneAt: null });
      if (open > 0) throw state(M.milestonesOpen(open));
      if ((await tx.count(ProjectEvidence, { project: project.id })) === 0) {
        throw oneUserError('input.photos', UserErrorCode.REQUIRED, M.completionPhotoMissing);
      }
      Object.assign(project, { status: ProjectStatus.AWAITING_CONFIRMATION, completionSummary: summary, completionSubmittedAt: new Date(), completionSubmittedBy: tx.getReference(User, viewer.userId), returnReason: null });
      project.version++;
      const need = await tx.findOneOrFail(CommunityNeed, project.need.id);
      const workers = await tx.find(User, { role: Role.COMMUNITY_WORKER, organisation: project.place.id }, { fields: ['id'] });
      this.notifications.within(tx).notify(workers.map((w) => w.id), {
        kind: 'community.project.submitted',
        title: M.projectToConfirmTitle(need.title),
        body: M.projectToConfirmBody(need.reference),
        link: `/community/projects/${project.id}`,
      });
      await tx.flush();
      return project;
    });
  }

  /** The place's community worker confirms completion and records the resident's feedback. */
  async confirmCompletion(viewer: Viewer, input: { projectId: string; rating: number; comment?: string | null; version: number }): Promise<CommunityProject> {
    const errors = new FieldErrors();
    intInRange(errors, 'input.rating', input.rating, M.residentRating, 1, 5);
    const comment = optionalText(errors, 'input.comment', input.comment, M.residentFeedback, 1000);
    errors.throwIfAny();
    return this.em.transactional(async (tx) => {
      const project = await this.open(tx, viewer, input.projectId);
      if (ownPlaceId(viewer) !== project.place.id) throw DomainError.forbidden();
      this.checkVersion(project, input.version);
      if (project.status !== ProjectStatus.AWAITING_CONFIRMATION) throw state(M.notReportedComplete);
      Object.assign(project, { status: ProjectStatus.COMPLETED, completedAt: new Date(), confirmedBy: tx.getReference(User, viewer.userId), feedbackRating: input.rating, feedbackComment: comment });
      project.version++;
      const need = await tx.findOneOrFail(CommunityNeed, project.need.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      need.status = NeedStatus.COMPLETED;
      need.version++;
      const owners = await tx.find(ProjectOwner, { project: project.id });
      this.notifications.within(tx).notify(owners.map((o) => o.user.id), {
        kind: 'community.project.completed',
        title: M.projectCompletedTitle(need.title),
        body: M.projectCompletedBody(need.reference),
        link: `/community/projects/${project.id}`,
      });
      await tx.flush();
      return project;
    });
  }

  /** The worker sends a completion report back with the reason. */
  async returnCompletion(viewer: Viewer, input: { projectId: string; reason: string; version: number }): Promise<CommunityProject> {
    const errors = new FieldErrors();
    const reason = requiredText(errors, 'input.reason', input.reason, M.sendBackReason, 500);
    errors.throwIfAny();
    return this.em.transactional(async (tx) => {
      const project = await this.open(tx, viewer, input.projectId);
      if (ownPlaceId(viewer) !== project.place.id) throw DomainError.forbidden();
      this.checkVersion(project, input.version);
      if (project.status !== ProjectStatus.AWAITING_CONFIRMATION) throw state(M.notReportedComplete);
      Object.assign(project, { status: ProjectStatus.IN_PROGRESS, returnReason: reason });
      project.version++;
      const owners = await tx.find(ProjectOwner, { project: project.id });
      this.notifications.within(tx).notify(owners.map((o) => o.user.id), {
        kind: 'community.project.returned',
        title: M.completionSentBackTitle,
        body: M.completionSentBackBody(reason),
        link: `/community/projects/${project.id}`,
      });
      await tx.flush();
      return project;
    });
  }

  private checkVersion(project: CommunityProject, version: number): void {
    if (project.version !== version) {
      throw oneUserError(null, UserErrorCode.CONFLICT, M.projectChangedMeanwhile);
    }
  }
}
