import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, oneUserError, UserErrorCode, type UserInputErrors } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { Role } from '../../core/auth/role.js';
import { theRow } from '../../core/db/rows.js';
import { required } from '../../core/required.js';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { COMMUNITY_PLACE_KINDS, isTownStaff, ownPlaceId } from './community-access.js';
import { optionalText, requiredDate, requiredText } from './community-checks.js';
import { DecisionStatus, MeetingLevel } from './community.enums.js';
import { JointMeeting, MeetingAgendaItem, MeetingDecision } from './meeting.entity.js';
import { CommunityNeed } from './need.entity.js';
import { CommunityProject } from './project.entity.js';
import { COMMUNITY_MESSAGES as M } from './community.messages.js';

const MAX_ATTENDEES = 100;
const MAX_AGENDA_ITEMS = 30;

/**
 * Who takes part in joint meetings: the accounts that may read them and own their decisions.
 * Talent and town reviewers do not; they have no part in the alliance's community work.
 */
export const MEETING_ROLES: readonly Role[] = [Role.COMMUNITY_WORKER, Role.COORDINATOR, Role.ADMIN, Role.ENTERPRISE_HR, Role.BANK_LIAISON];

export interface MeetingFields {
  title: string;
  heldOn: string;
  location?: string | null;
  convener: string;
  deputyConvener: string;
  attendees: string[];
  minutes?: string | null;
}

export interface AgendaItemFields {
  title: string;
  notes?: string | null;
  needId?: string | null;
  projectId?: string | null;
}

type CheckedAgendaItem = { title: string; notes: string | null; need: CommunityNeed | null; project: CommunityProject | null };

export interface NewJointMeeting extends MeetingFields {
  level: MeetingLevel;
  placeId?: string | null;
  areaName?: string | null;
  agendaItems: AgendaItemFields[];
}

export interface NewDecision {
  meetingId: string;
  agendaItemId?: string | null;
  text: string;
  ownerId: string;
  dueOn: string;
}

export interface MeetingFilter {
  level?: MeetingLevel | null;
  placeId?: string | null;
}

/**
 * Edits: town- and area-level meetings by town staff (coordinators, administrators); a
 * village-level meeting also by that village's or residential area's community workers.
 */
export function canEditMeeting(viewer: Viewer | null, meeting: { level: MeetingLevel; place?: { id: string } | null }): boolean {
  if (isTownStaff(viewer)) return true;
  return meeting.level === MeetingLevel.VILLAGE && !!meeting.place && ownPlaceId(viewer) === meeting.place.id;
}

/**
 * Reads, as one SQL condition on `community_joint_meetings m`: town staff see every meeting;
 * the other meeting roles see town- and area-level meetings, their own place's village-level
 * ones, and any meeting with a decision they own. Nobody else sees any.
 */
function meetingVisibility(viewer: Viewer): { sql: string; params: unknown[] } {
  if (isTownStaff(viewer)) return { sql: 'true', params: [] };
  if (!MEETING_ROLES.includes(viewer.role)) return { sql: 'false', params: [] };
  const place = ownPlaceId(viewer);
  const owned = 'exists (select 1 from community_meeting_decisions d where d.meeting_id = m.id and d.owner_id = ?)';
  return place
    ? { sql: `(m.level <> 'VILLAGE' or m.place_id = ? or ${owned})`, params: [place, viewer.userId] }
    : { sql: `(m.level <> 'VILLAGE' or ${owned})`, params: [viewer.userId] };
}

function conflict(): UserInputErrors {
  return oneUserError('input.expectedVersion', UserErrorCode.CONFLICT, M.meetingChangedMeanwhile);
}

/** 区域化党建联席会议: meetings at three levels, their agenda (about needs or projects) and decisions with owners and due dates. */
export class MeetingService {
  constructor(private readonly em: EntityManager) {}

  async list(viewer: Viewer, filter: MeetingFilter, window: PageWindow): Promise<[JointMeeting[], number]> {
    const { sql, params } = meetingVisibility(viewer);
    const where: string[] = [sql];
    const args: unknown[] = [...params];
    if (filter.level) { where.push('m.level = ?'); args.push(filter.level); }
    if (filter.placeId) { where.push('m.place_id = ?'); args.push(filter.placeId); }
    const condition = where.join(' and ');
    const { n } = theRow(await this.em.execute<{ n: string }[]>(`select count(*) as n from community_joint_meetings m where ${condition}`, args), 'count of meetings');
    const ids = await this.em.execute<{ id: string }[]>(
      `select m.id from community_joint_meetings m where ${condition} order by m.held_on desc, m.created_at desc, m.id limit ? offset ?`,
      [...args, window.limit, window.offset],
    );
    const rows = ids.length ? await this.em.find(JointMeeting, { id: { $in: ids.map((r) => r.id) } }) : [];
    const order = new Map(ids.map((r, i) => [r.id, i]));
    const place = (row: JointMeeting) => order.get(row.id) ?? 0;
    return [rows.sort((a, b) => place(a) - place(b)), Number(n)];
  }

  /** One meeting the viewer may see; any other answers exactly like a missing one. */
  async get(viewer: Viewer, id: string, em: EntityManager = this.em): Promise<JointMeeting> {
    const { sql, params } = meetingVisibility(viewer);
    const rows = await em.execute<{ id: string }[]>(`select m.id from community_joint_meetings m where m.id = ? and ${sql}`, [id, ...params]);
    const meeting = rows.length ? await em.findOne(JointMeeting, id) : null;
    if (!meeting) throw DomainError.notFound(M.jointMeeting);
    return meeting;
  }

  private async editable(tx: EntityManager, viewer: Viewer, id: string): Promise<JointMeeting> {
    const meeting = await this.get(viewer, id, tx);
    if (!canEditMeeting(viewer, meeting)) throw DomainError.forbidden();
    // Edits of one meeting run one after another: positions and versions stay whole.
    await tx.findOne(JointMeeting, meeting.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    return meeting;
  }

  private checkFields(errors: FieldErrors, input: MeetingFields): MeetingFields {
    const attendees = input.attendees.map((a, i) => optionalText(errors, `input.attendees.${i}`, a, M.attendee, 100)).filter((a): a is string => !!a);
    if (attendees.length === 0) errors.addText('input.attendees', UserErrorCode.REQUIRED, M.attendeesMissing);
    else if (attendees.length > MAX_ATTENDEES) errors.addText('input.attendees', UserErrorCode.TOO_LONG, M.tooManyAttendees(MAX_ATTENDEES));
    return {
      title: requiredText(errors, 'input.title', input.title, M.meetingTitle, 200),
      heldOn: requiredDate(errors, 'input.heldOn', input.heldOn, M.meetingDate),
      location: optionalText(errors, 'input.location', input.location, M.meetingLocation, 200),
      convener: requiredText(errors, 'input.convener', input.convener, M.convener, 100),
      deputyConvener: requiredText(errors, 'input.deputyConvener', input.deputyConvener, M.deputyConvener, 100),
      attendees,
      minutes: optionalText(errors, 'input.minutes', input.minutes, M.minutes, 5000),
    };
  }

  /** Checks one agenda item; its need or project must exist and, at village level, be the place's own. */
  private async checkAgendaItem(errors: FieldErrors, prefix: string, item: AgendaItemFields, placeId: string | null): Promise<CheckedAgendaItem> {
    const title = requiredText(errors, `${prefix}.title`, item.title, M.agendaSubject, 200);
    const notes = optionalText(errors, `${prefix}.notes`, item.notes, M.agendaDiscussion, 2000);
    const need = item.needId ? await this.em.findOne(CommunityNeed, item.needId) : null;
    if (item.needId && (!need || (placeId && need.place.id !== placeId))) {
      errors.addText(`${prefix}.needId`, UserErrorCode.NOT_FOUND, M.agendaNeedElsewhere);
    }
    const project = item.projectId ? await this.em.findOne(CommunityProject, item.projectId) : null;
    if (item.projectId && (!project || (placeId && project.place.id !== placeId))) {
      errors.addText(`${prefix}.projectId`, UserErrorCode.NOT_FOUND, M.agendaProjectElsewhere);
    }
    return { title, notes, need: need && errors.has(`${prefix}.needId`) ? null : need, project: project && errors.has(`${prefix}.projectId`) ? null : project };
  }

  async create(viewer: Viewer, input: NewJointMeeting): Promise<JointMeeting> {
    if (!isTownStaff(viewer) && !ownPlaceId(viewer)) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const fields = this.checkFields(errors, input);
    let place: Organisation | null = null;
    let areaName: string | null = null;
    if (input.level === MeetingLevel.VILLAGE) {
      place = input.placeId ? await this.em.findOne(Organisation, { id: input.placeId, kind: { $in: [...COMMUNITY_PLACE_KINDS] } }) : null;
      if (!input.placeId) errors.addText('input.placeId', UserErrorCode.REQUIRED, M.villageMeetingWithoutPlace);
      else if (!place) errors.addText('input.placeId', UserErrorCode.NOT_FOUND, M.placeNotFound);
      else if (!canEditMeeting(viewer, { level: MeetingLevel.VILLAGE, place })) {
        errors.addText('input.placeId', UserErrorCode.INVALID, M.workerRecordsOwnPlaceMeetings);
      }
    } else {
      // Town and area levels are the town's: its coordinators and administrators record them.
      if (!isTownStaff(viewer)) errors.addText('input.level', UserErrorCode.INVALID, M.townMeetingsByTownStaff);
      if (input.placeId) errors.addText('input.placeId', UserErrorCode.INVALID, M.placeOnlyForVillageMeetings);
      if (input.level === MeetingLevel.AREA) {
        areaName = requiredText(errors, 'input.areaName', input.areaName, M.areaName, 100) || null;
      } else if (input.areaName) {
        errors.addText('input.areaName', UserErrorCode.INVALID, M.areaOnlyForAreaMeetings);
      }
    }
    const items = input.agendaItems;
    if (items.length > MAX_AGENDA_ITEMS) errors.addText('input.agendaItems', UserErrorCode.TOO_LONG, M.tooManyAgendaItems(MAX_AGENDA_ITEMS));
    const checkedItems: CheckedAgendaItem[] = [];
    for (const [i, item] of items.slice(0, MAX_AGENDA_ITEMS).entries()) checkedItems.push(await this.checkAgendaItem(errors, `input.agendaItems.${i}`, item, place?.id ?? null));
    errors.throwIfAny();

    return this.em.transactional(async (tx) => {
      const meeting = tx.create(JointMeeting, { ...fields, level: input.level, place, areaName, createdBy: tx.getReference(User, viewer.userId) });
      checkedItems.forEach((item, i) => tx.create(MeetingAgendaItem, { meeting, position: i + 1, ...item }));
      await tx.flush();
      return meeting;
    });
  }

  /** The meeting's details, version-checked; agenda items and decisions are untouched. */
  async update(viewer: Viewer, input: MeetingFields & { meetingId: string; expectedVersion: number }): Promise<JointMeeting> {
    const errors = new FieldErrors();
    const fields = this.checkFields(errors, input);
    return this.em.transactional(async (tx) => {
      const meeting = await this.editable(tx, viewer, input.meetingId);
      errors.throwIfAny();
      if (meeting.version !== input.expectedVersion) throw conflict();
      Object.assign(meeting, fields, { version: meeting.version + 1, updatedAt: new Date() });
      await tx.flush();
      return meeting;
    });
  }

  async addAgendaItem(viewer: Viewer, input: AgendaItemFields & { meetingId: string }): Promise<JointMeeting> {
    return this.em.transactional(async (tx) => {
      const meeting = await this.editable(tx, viewer, input.meetingId);
      const errors = new FieldErrors();
      const item = await this.checkAgendaItem(errors, 'input', input, meeting.place?.id ?? null);
      const count = await tx.count(MeetingAgendaItem, { meeting: meeting.id });
      if (count >= MAX_AGENDA_ITEMS) errors.addText('input', UserErrorCode.TOO_LONG, M.tooManyAgendaItems(MAX_AGENDA_ITEMS));
      errors.throwIfAny();
      const { max } = theRow(await tx.execute<{ max: number | null }[]>('select max(position) as max from community_meeting_agenda_items where meeting_id = ?', [meeting.id]), 'last agenda position');
      tx.create(MeetingAgendaItem, { meeting, position: (max ?? 0) + 1, ...item });
      meeting.updatedAt = new Date();
      await tx.flush();
      return meeting;
    });
  }

  /**
   * A decision is a row of its own: two people recording decisions at the same time both keep
   * theirs, and editing the meeting's details never touches them.
   */
  async addDecision(viewer: Viewer, input: NewDecision): Promise<MeetingDecision> {
    const meeting = await this.get(viewer, input.meetingId);
    if (!canEditMeeting(viewer, meeting)) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const text = requiredText(errors, 'input.text', input.text, M.decisionText, 1000);
    const dueOn = requiredDate(errors, 'input.dueOn', input.dueOn, M.decisionDueOn);
    if (!errors.has('input.dueOn') && dueOn < meeting.heldOn) errors.addText('input.dueOn', UserErrorCode.OUT_OF_RANGE, M.decisionDueBeforeMeeting);
    const owner = await this.em.findOne(User, { id: input.ownerId, role: { $in: [...MEETING_ROLES] }, disabledAt: null });
    if (!owner) errors.addText('input.ownerId', UserErrorCode.NOT_FOUND, M.decisionOwnerNotFound);
    const item = input.agendaItemId ? await this.em.findOne(MeetingAgendaItem, { id: input.agendaItemId, meeting: meeting.id }) : null;
    if (input.agendaItemId && !item) errors.addText('input.agendaItemId', UserErrorCode.NOT_FOUND, M.agendaItemElsewhere);
    errors.throwIfAny();
    const decision = this.em.create(MeetingDecision, { meeting, agendaItem: item, text, owner: required(owner, 'decision owner (refused above when missing)'), dueOn, createdBy: this.em.getReference(User, viewer.userId) });
    await this.em.flush();
    return decision;
  }

  /** The owner, or whoever edits the meeting, marks a decision done. */
  async completeDecision(viewer: Viewer, decisionId: string): Promise<MeetingDecision> {
    return this.em.transactional(async (tx) => {
      const decision = await tx.findOne(MeetingDecision, decisionId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const meeting = decision ? await this.get(viewer, decision.meeting.id, tx).catch(() => null) : null;
      if (!decision || !meeting) throw DomainError.notFound(M.meetingDecision);
      if (decision.owner.id !== viewer.userId && !canEditMeeting(viewer, meeting)) throw DomainError.forbidden();
      if (decision.status === DecisionStatus.DONE) {
        throw oneUserError(null, UserErrorCode.INVALID_STATE, M.decisionAlreadyDone);
      }
      decision.status = DecisionStatus.DONE;
      decision.doneAt = new Date();
      decision.sequence += 1;
      await tx.flush();
      return decision;
    });
  }

  /** The viewer's own decisions, the earliest due first (open ones before done ones). */
  async myDecisions(viewer: Viewer, includeDone: boolean, window: PageWindow): Promise<[MeetingDecision[], number]> {
    const where = { owner: viewer.userId, ...(includeDone ? {} : { status: DecisionStatus.OPEN }) };
    return this.em.findAndCount(MeetingDecision, where, { orderBy: { status: 'desc', dueOn: 'asc', createdAt: 'asc', id: 'asc' }, limit: window.limit, offset: window.offset });
  }

  /** Accounts a decision can be given to, for the people who record meetings. */
  async ownerChoices(viewer: Viewer): Promise<User[]> {
    if (!isTownStaff(viewer) && !ownPlaceId(viewer)) throw DomainError.forbidden();
    return this.em.find(User, { role: { $in: [...MEETING_ROLES] }, disabledAt: null }, { orderBy: { role: 'asc', displayName: 'asc' }, limit: 500 });
  }
}

/**
 * Open decisions a person owns, for their private calendar feed: the meeting's title and level
 * and the decision itself, no one else's details.
 */
export async function openDecisionsOwnedBy(em: EntityManager, userId: string): Promise<{ id: string; text: string; dueOn: string; sequence: number; createdAt: Date; meetingId: string; meetingTitle: string; heldOn: string }[]> {
  const decisions = await em.find(MeetingDecision, { owner: userId, status: DecisionStatus.OPEN }, { populate: ['meeting'], orderBy: { dueOn: 'asc' }, limit: 500 });
  return decisions.map((d) => {
    const meeting = d.meeting.getEntity();
    return { id: d.id, text: d.text, dueOn: d.dueOn, sequence: d.sequence, createdAt: d.createdAt, meetingId: meeting.id, meetingTitle: meeting.title, heldOn: meeting.heldOn };
  });
}
