import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../account/index.js';
import { Document } from '../document/index.js';
import { Organisation } from '../organisation/index.js';
import { ProjectStatus } from './community.enums.js';
import { CommunityNeed } from './need.entity.js';

/**
 * 项目清单: the project a claimed need becomes (党员领单). Owners carry it out with milestones and
 * volunteers, submit evidence, and the place's community worker confirms completion and records
 * the resident's feedback.
 */
@ObjectType({ description: '结对共建项目（由被认领的需求转成）/ A project: what a claimed need becomes' })
@Entity({ tableName: 'community_projects' })
@Index({ properties: ['place', 'completedAt'] })
@Check({ name: 'community_projects_feedback_check', expression: '((feedback_rating >= 1) AND (feedback_rating <= 5))' }) // as PostgreSQL stores it
@Check({ name: 'community_projects_completed_check', expression: "((status = 'COMPLETED'::community_project_status) = (completed_at IS NOT NULL))" }) // as PostgreSQL stores it
export class CommunityProject {
  [OptionalProps]?: 'status' | 'version' | 'startedAt' | 'completionSummary' | 'completionSubmittedAt' | 'completedAt' | 'feedbackRating' | 'feedbackComment' | 'returnReason';

  @Field(() => ID, { description: '项目编号 / Project id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => CommunityNeed, { ref: true, owner: true, unique: true })
  need!: Ref<CommunityNeed>;

  /** Copied from the need: projects are counted per place. */
  @ManyToOne(() => Organisation, { ref: true })
  place!: Ref<Organisation>;

  @Field(() => ProjectStatus, { description: '状态 / Status' })
  @Enum({ items: () => ProjectStatus, nativeEnumName: 'community_project_status', default: ProjectStatus.IN_PROGRESS })
  status: ProjectStatus = ProjectStatus.IN_PROGRESS;

  @Field({ description: '开始时间（第一次认领）/ Started (at the first claim)' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  startedAt: Date = new Date();

  @Field(() => String, { nullable: true, description: '完成情况简报 / Short report of what was done' })
  @Property({ type: 'text', nullable: true })
  completionSummary?: string | null;

  @Field(() => Date, { nullable: true, description: '提交完成的时间 / When completion was reported' })
  @Property({ type: 'timestamptz', nullable: true })
  completionSubmittedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  completionSubmittedBy?: Ref<User> | null;

  @Field(() => String, { nullable: true, description: '社区退回完成申报的原因 / Why the community sent the completion back' })
  @Property({ type: 'text', nullable: true })
  returnReason?: string | null;

  @Field(() => Date, { nullable: true, description: '社区确认完成的时间 / When the community confirmed completion' })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  confirmedBy?: Ref<User> | null;

  @Field(() => Int, { nullable: true, description: '居民评价（1–5）/ The resident\'s rating (1–5)' })
  @Property({ type: 'smallint', nullable: true })
  feedbackRating?: number | null;

  @Field(() => String, { nullable: true, description: '居民反馈（不含姓名）/ The resident\'s feedback (without their name)' })
  @Property({ type: 'text', nullable: true })
  feedbackComment?: string | null;

  @Field(() => Int, { description: '版本号 / Version' })
  @Property({ default: 1 })
  version: number = 1;
}

/** Someone responsible for a project: the claimants, and people the worker or an owner adds. */
@Entity({ tableName: 'community_project_owners' })
@Unique({ properties: ['project', 'user'] })
export class ProjectOwner {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CommunityProject, { ref: true, deleteRule: 'cascade' })
  project!: Ref<CommunityProject>;

  @ManyToOne(() => User, { ref: true, index: true })
  user!: Ref<User>;
}

@ObjectType({ description: '项目里程碑 / A project milestone' })
@Entity({ tableName: 'community_project_milestones' })
@Unique({ properties: ['project', 'position'] })
export class ProjectMilestone {
  [OptionalProps]?: 'doneAt';

  @Field(() => ID, { description: '里程碑编号 / Milestone id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CommunityProject, { ref: true, deleteRule: 'cascade' })
  project!: Ref<CommunityProject>;

  @Property()
  position!: number;

  @Field({ description: '内容 / What is to be done' })
  @Property({ length: 400 })
  title!: string;

  @Field({ description: '计划完成日期（YYYY-MM-DD）/ Due (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  dueOn!: string;

  @ManyToOne(() => User, { ref: true })
  owner!: Ref<User>;

  @Field(() => Date, { nullable: true, description: '完成时间；未完成为空 / When it was done; null until then' })
  @Property({ type: 'timestamptz', nullable: true })
  doneAt?: Date | null;
}

/** An alliance member's staff member signed up to help (党员领单). */
@ObjectType({ description: '项目志愿者 / A volunteer on a project' })
@Entity({ tableName: 'community_project_volunteers' })
@Unique({ properties: ['project', 'user'] })
export class ProjectVolunteer {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CommunityProject, { ref: true, deleteRule: 'cascade' })
  project!: Ref<CommunityProject>;

  @ManyToOne(() => User, { ref: true, index: true })
  user!: Ref<User>;

  /** Their employer when they signed up. */
  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  organisation?: Ref<Organisation> | null;

  @Field({ description: '报名时间 / When they signed up' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** A photo showing the work done. */
@ObjectType({ description: '完成佐证照片 / A photo showing the work done' })
@Entity({ tableName: 'community_project_evidence' })
@Unique({ properties: ['project', 'document'] })
export class ProjectEvidence {
  [OptionalProps]?: 'createdAt' | 'caption';

  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CommunityProject, { ref: true, deleteRule: 'cascade' })
  project!: Ref<CommunityProject>;

  @ManyToOne(() => Document, { ref: true, index: true })
  document!: Ref<Document>;

  @Field(() => String, { nullable: true, description: '说明 / Caption' })
  @Property({ length: 400, nullable: true })
  caption?: string | null;

  @ManyToOne(() => User, { ref: true })
  addedBy!: Ref<User>;

  @Field({ description: '上传时间 / When it was added' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
