import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { DecisionStatus, MeetingLevel } from './community.enums.js';
import { CommunityNeed } from './need.entity.js';
import { CommunityProject } from './project.entity.js';

/**
 * 区域化党建联席会议: a joint meeting at town, area (片区) or village level. The source document
 * has the town Party secretary and deputy secretary as convener and deputy convener. Its header
 * is edited version-checked; agenda items and decisions are rows of their own, so two people
 * recording decisions at once never overwrite each other.
 */
@ObjectType({ description: '区域化党建联席会议（镇、片区、村居三级）/ A joint meeting of the regional Party-building alliance (town, area or village level)' })
@Entity({ tableName: 'community_joint_meetings' })
@Index({ properties: ['heldOn'] })
@Index({ properties: ['place', 'heldOn'] })
// A village-level meeting belongs to one village or residential area; an area-level one names its 片区; a town one neither.
@Check({ name: 'community_joint_meetings_level_check', expression: "(((level = 'VILLAGE'::community_meeting_level) = (place_id IS NOT NULL)) AND ((level = 'AREA'::community_meeting_level) = (area_name IS NOT NULL)))" })
export class JointMeeting {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt' | 'place' | 'areaName' | 'location' | 'minutes';

  @Field(() => ID, { description: '会议编号 / Meeting id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => MeetingLevel, { description: '层级 / Level' })
  @Enum({ items: () => MeetingLevel, nativeEnumName: 'community_meeting_level' })
  level!: MeetingLevel;

  /** The village or residential area of a village-level meeting. */
  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  place?: Ref<Organisation> | null;

  @Field(() => String, { nullable: true, description: '片区名称（片区级会议）/ The area (片区), for an area-level meeting' })
  @Property({ type: 'text', nullable: true })
  areaName?: string | null;

  @Field({ description: '会议名称 / Title' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: '会议日期（YYYY-MM-DD）/ Date held (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  heldOn!: string;

  @Field(() => String, { nullable: true, description: '地点 / Where' })
  @Property({ type: 'text', nullable: true })
  location?: string | null;

  @Field({ description: '召集人 / Convener' })
  @Property({ type: 'text' })
  convener!: string;

  @Field({ description: '副召集人 / Deputy convener' })
  @Property({ type: 'text' })
  deputyConvener!: string;

  @Field(() => [String], { description: '出席人员（姓名及单位），按登记顺序 / Attendees (name and organisation), in the order recorded' })
  @Property({ type: 'text[]' })
  attendees!: string[];

  @Field(() => String, { nullable: true, description: '会议纪要正文 / The minutes\' text' })
  @Property({ type: 'text', nullable: true })
  minutes?: string | null;

  @Field(() => Int, { description: '版本号，修改会议信息时带上 / Version, sent back when editing the meeting' })
  @Property({ default: 1 })
  version: number = 1;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @Field({ description: '登记时间 / When it was recorded' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: '最后修改时间 / Last changed' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

/** One item of a meeting's agenda, optionally about a need or a project. */
@ObjectType({ description: '会议议题，可关联一项需求或项目 / An agenda item, optionally about a need or a project' })
@Entity({ tableName: 'community_meeting_agenda_items' })
@Unique({ properties: ['meeting', 'position'] })
export class MeetingAgendaItem {
  [OptionalProps]?: 'notes' | 'need' | 'project';

  @Field(() => ID, { description: '议题编号 / Agenda item id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => JointMeeting, { ref: true, deleteRule: 'cascade' })
  meeting!: Ref<JointMeeting>;

  @Field(() => Int, { description: '序号（从 1 起）/ Position (from 1)' })
  @Property()
  position!: number;

  @Field({ description: '议题 / Subject' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: '讨论情况 / What was discussed' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @ManyToOne(() => CommunityNeed, { ref: true, nullable: true })
  need?: Ref<CommunityNeed> | null;

  @ManyToOne(() => CommunityProject, { ref: true, nullable: true })
  project?: Ref<CommunityProject> | null;
}

/** A decision of a meeting: what, who owns it, by when. Shown on the owner's dashboard and calendar feed while open. */
@ObjectType({ description: '会议决定：事项、责任人、完成期限 / A meeting decision: what, who owns it, by when' })
@Entity({ tableName: 'community_meeting_decisions' })
@Index({ properties: ['owner', 'status', 'dueOn'] })
@Check({ name: 'community_meeting_decisions_done_check', expression: "((status = 'DONE'::community_decision_status) = (done_at IS NOT NULL))" })
export class MeetingDecision {
  [OptionalProps]?: 'status' | 'doneAt' | 'agendaItem' | 'createdAt' | 'sequence';

  @Field(() => ID, { description: '决定编号 / Decision id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => JointMeeting, { ref: true, deleteRule: 'cascade' })
  meeting!: Ref<JointMeeting>;

  @ManyToOne(() => MeetingAgendaItem, { ref: true, nullable: true, deleteRule: 'set null' })
  agendaItem?: Ref<MeetingAgendaItem> | null;

  @Field({ description: '决定事项 / What was decided' })
  @Property({ type: 'text' })
  text!: string;

  @ManyToOne(() => User, { ref: true })
  owner!: Ref<User>;

  @Field({ description: '完成期限（YYYY-MM-DD）/ Due date (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => DecisionStatus, { description: '落实情况 / Status' })
  @Enum({ items: () => DecisionStatus, nativeEnumName: 'community_decision_status', default: DecisionStatus.OPEN })
  status: DecisionStatus = DecisionStatus.OPEN;

  @Field(() => Date, { nullable: true, description: '落实时间 / When it was done' })
  @Property({ type: 'timestamptz', nullable: true })
  doneAt?: Date | null;

  /** iCalendar SEQUENCE of its calendar entry: bumped when it changes, so calendar apps update. */
  @Property({ default: 0 })
  sequence: number = 0;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @Field({ description: '记录时间 / When it was recorded' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
