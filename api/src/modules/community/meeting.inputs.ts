import { Extensions, Field, InputType, Int } from 'type-graphql';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { TextKind } from '../../core/text-limits.js';
import { MeetingLevel } from './community.enums.js';

@InputType({ description: '会议议题 / An agenda item' })
export class MeetingAgendaItemInput {
  @Field({ description: '议题，最多 200 字 / Subject, at most 200 characters' })
  title!: string;

  @Extensions({ textKind: TextKind.TEXT })
  @Field(() => String, { nullable: true, description: '讨论情况，最多 2000 字 / What was discussed, at most 2,000 characters' })
  notes?: string | null;

  @Field(() => UUIDScalar, { nullable: true, description: '关联的需求（村居级会议须为本村居的需求）/ The need it is about (a village-level meeting: one of that place\'s needs)' })
  needId?: string | null;

  @Field(() => UUIDScalar, { nullable: true, description: '关联的项目（村居级会议须为本村居的项目）/ The project it is about (a village-level meeting: one of that place\'s projects)' })
  projectId?: string | null;
}

@InputType({ description: '联席会议的基本信息 / What a joint meeting is: when, who led it, who came' })
export class JointMeetingFieldsInput {
  @Field({ description: '会议名称，最多 200 字 / Title, at most 200 characters' })
  title!: string;

  @Field({ description: '会议日期（YYYY-MM-DD）/ Date held (YYYY-MM-DD)' })
  heldOn!: string;

  @Extensions({ textKind: TextKind.TITLE })
  @Field(() => String, { nullable: true, description: '地点，最多 200 字 / Where, at most 200 characters' })
  location?: string | null;

  @Extensions({ textKind: TextKind.NAME })
  @Field({ description: '召集人（如镇党委书记）/ Convener (e.g. the town Party secretary)' })
  convener!: string;

  @Extensions({ textKind: TextKind.NAME })
  @Field({ description: '副召集人（如镇党委副书记）/ Deputy convener (e.g. the deputy Party secretary)' })
  deputyConvener!: string;

  @Extensions({ textKind: TextKind.NAME })
  @Field(() => [String], { description: '出席人员（姓名及单位，每人一项，最多 100 人）/ Attendees (name and organisation, one per entry, at most 100)' })
  attendees!: string[];

  @Extensions({ textKind: TextKind.TEXT })
  @Field(() => String, { nullable: true, description: '会议纪要正文，最多 5000 字 / The minutes\' text, at most 5,000 characters' })
  minutes?: string | null;
}

@InputType({ description: '登记一次联席会议。镇级、片区级：协调人或管理员；村居级：该村居的社区工作者，或协调人、管理员 / Recording a joint meeting. Town and area level: coordinators and administrators; village level: that place\'s community workers, or coordinators and administrators' })
export class CreateJointMeetingInput extends JointMeetingFieldsInput {
  @Field(() => MeetingLevel, { description: '层级 / Level' })
  level!: MeetingLevel;

  @Field(() => UUIDScalar, { nullable: true, description: '村或居民区（仅村居级；社区工作者只能选本村居）/ The village or residential area (village level only; a community worker: their own)' })
  placeId?: string | null;

  @Extensions({ textKind: TextKind.NAME })
  @Field(() => String, { nullable: true, description: '片区名称（仅片区级，如“三村联动片区”）/ The area (片区), area level only, e.g. 三村联动片区' })
  areaName?: string | null;

  @Field(() => [MeetingAgendaItemInput], { description: '议题，0 到 30 项 / Agenda items, 0 to 30' })
  agendaItems!: MeetingAgendaItemInput[];
}

@InputType({ description: '修改联席会议的基本信息（带版本号，别人先改过则不覆盖）；议题和决定另行添加，不会因此丢失 / Editing a meeting\'s details (version-checked: a change someone made first is never overwritten); agenda items and decisions are added separately and never lost by an edit' })
export class UpdateJointMeetingInput extends JointMeetingFieldsInput {
  @Field(() => UUIDScalar, { description: '会议编号 / Meeting id' })
  meetingId!: string;

  @Field(() => Int, { description: '打开时看到的版本号 / The version you saw' })
  expectedVersion!: number;
}

@InputType({ description: '为会议添加一项议题 / Adding an agenda item to a meeting' })
export class AddMeetingAgendaItemInput extends MeetingAgendaItemInput {
  @Field(() => UUIDScalar, { description: '会议编号 / Meeting id' })
  meetingId!: string;
}

@InputType({ description: '记录一项会议决定 / Recording a meeting decision' })
export class AddMeetingDecisionInput {
  @Field(() => UUIDScalar, { description: '会议编号 / Meeting id' })
  meetingId!: string;

  @Field(() => UUIDScalar, { nullable: true, description: '所属议题（可选）/ The agenda item it settles (optional)' })
  agendaItemId?: string | null;

  @Extensions({ textKind: TextKind.TEXT })
  @Field({ description: '决定事项，最多 1000 字 / What was decided, at most 1,000 characters' })
  text!: string;

  @Field(() => UUIDScalar, { description: '责任人：社区工作者、协调人、管理员、成员单位人事或银行联络员的账号 / Who owns it: a community worker, coordinator, administrator, or a member organisation\'s HR or bank liaison account' })
  ownerId!: string;

  @Field({ description: '完成期限（YYYY-MM-DD，不早于会议日期）/ Due date (YYYY-MM-DD, not before the meeting)' })
  dueOn!: string;
}
