import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { asksFor } from '../../core/graphql/selection.js';
import { registerBilingualEnum } from '../../core/graphql/enums.js';
import { ACTOR_NAMES } from './workflow-names.js';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { ConnectionType, keysetWindow, PageArgs, toKeysetConnection, type ConnectionShape } from '../../core/graphql/pagination.js';
import { UserError, withUserErrors } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import { User, type UserView } from '../account/index.js';
import { Document, DocumentKind } from '../document/index.js';
import { Organisation } from '../organisation/index.js';
import { Policy, type PolicyView } from '../policy/index.js';
import { ApplicationAction as A, ApplicationStatus } from './application-status.js';
import { Application, ApplicationEvent } from './application.entity.js';
import { ApplicationForm } from './application-form.entity.js';
import { ApplicationReport } from './application.report.js';
import {
  ApplicationDocumentInput, ApplicationStepInput, ApproveApplicationInput, ConfigureApplicationFormInput, ConfirmEmploymentForEmployerInput, ConfirmEmploymentInput, CreateApplicationInput, FileWalkInApplicationInput, NominateForApplicationInput,
  RecordAllocationInput, RecordDisbursementInput, ReviewQueueFilter, UpdateApplicationInput,
} from './application.inputs.js';
import { ApplicationService, type DecisionInput } from './application.service.js';
import type { ApplicationEventView, ApplicationFormView, ApplicationView } from './application.reads.js';
import type { DocumentView } from './application.loaders.js';
import { dueAt, hasDeadline, nextActions, waitingOn, type Actor } from './workflow.js';
import { LocalDateScalar, UUIDScalar } from '../../core/graphql/scalars.js';

export enum ApplicationParty {
  APPLICANT = 'APPLICANT',
  EMPLOYER_HR = 'EMPLOYER_HR',
  REVIEWER = 'REVIEWER',
}
registerBilingualEnum(ApplicationParty, 'ApplicationParty', '申请流程中的一方 / A party in an application\'s workflow', ACTOR_NAMES);

@ObjectType({ description: '对政策问题的回答 / An answer to a policy\'s question' })
class ApplicationAnswer {
  @Field({ description: '问题代码 / Question code' })
  key!: string;

  @Field({ description: '回答 / The answer' })
  value!: string;
}

@ObjectType({ description: '申请操作的结果 / Result of an action on an application' })
class ApplicationPayload {
  @Field(() => Application, { nullable: true, description: '操作后的申请；出错时为空 / The application after the action; null when there are errors' })
  application!: Application | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '配置申请须知的结果 / Result of configuring an application form' })
export class ApplicationFormPayload {
  @Field(() => ApplicationForm, { nullable: true, description: '配置后的申请须知 / The form after the change' })
  form!: ApplicationForm | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

/** Fields read from the jsonb columns a list leaves out: the detail read reads those only when one is asked for. */
const JSON_FIELDS = ['answers', 'eligibilitySnapshot', 'documentsSeenAtCounter'];

const ApplicationConnection = ConnectionType(Application, 'Application', { zh: '申请', en: 'application' });

/** The application's form: the one read with its row, or through the request's loader. */
const formOf = (app: ApplicationView, ctx: GraphQLContext): Promise<ApplicationFormView | null> | ApplicationFormView | null =>
  app.related ? app.related.form : ctx.loaders.applicationFormByPolicyId.load(app.policy.id);

const answersToRecord = (answers: { key: string; value: string }[] | null | undefined) =>
  answers ? Object.fromEntries(answers.map((a) => [a.key, a.value])) : answers;

@Resolver(() => Application)
export class ApplicationResolver {
  // ---- queries ---------------------------------------------------------------------------

  @Authorized()
  @Query(() => Application, { description: '按编号取一份申请（申请人、其单位人事、审核人员可见）/ One application (for its applicant, their employer\'s HR and reviewers)' })
  async application(@Arg('id', () => UUIDScalar, { description: '申请编号 / Application id' }) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<ApplicationView> {
    const view = await ctx.services.applicationReads.one(requireViewer(ctx), id,
      { withHistory: asksFor(info, ['history']), withDocuments: asksFor(info, ['documents']), withJson: JSON_FIELDS.some((field) => asksFor(info, [field])) });
    // The history's actors came with it: the request's other reads of these accounts (the
    // applicant, who filed it) need no statement of their own, as when the loader had read them.
    for (const step of view.timeline ?? []) if (step.actorView) ctx.loaders.userViewById.prime(step.actorView.id, step.actorView);
    return view;
  }

  @Authorized(Role.TALENT)
  @Query(() => ApplicationConnection, { description: '我的申请，最新的在前 / My applications, newest first' })
  async myApplications(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => ApplicationStatus, { nullable: true, description: '按状态筛选 / Only this status' }) status?: ApplicationStatus | null,
  ): Promise<ConnectionShape<ApplicationView>> {
    const window = keysetWindow(page);
    const { rows, total } = await ctx.services.applicationReads.listOwn(requireViewer(ctx), status ?? null, window);
    return toKeysetConnection(rows, window, total, '0', (row) => row.keyset);
  }

  @Authorized(Role.TALENT)
  @Query(() => Application, { nullable: true, description: '我对某项政策进行中的申请（每项政策至多一份），没有则为空；"在线申请"据此打开已有的草稿而不是另起一份 / My open application for a policy (at most one per policy), or null; "apply online" opens it instead of starting a second one' })
  myOpenApplication(@Arg('policyId', () => UUIDScalar, { description: '政策编号 / Policy id' }) policyId: string, @Ctx() ctx: GraphQLContext): Promise<Application | null> {
    return ctx.services.applications.openFor(requireViewer(ctx), policyId);
  }

  @Authorized(Role.ENTERPRISE_HR)
  @Query(() => ApplicationConnection, { description: '本单位员工的申请；status 为 SUBMITTED 即待确认收件箱（最早的在前）/ Your enterprise\'s applications; status SUBMITTED is the inbox awaiting you, oldest first' })
  async enterpriseApplications(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => ApplicationStatus, { nullable: true, description: '按状态筛选 / Only this status' }) status?: ApplicationStatus | null,
  ): Promise<ConnectionShape<ApplicationView>> {
    const window = keysetWindow(page);
    const { rows, total } = await ctx.services.applicationReads.listForEnterprise(requireViewer(ctx), status ?? null, window);
    return toKeysetConnection(rows, window, total, '0', (row) => row.keyset);
  }

  @Authorized(Role.REVIEWER)
  @Query(() => ApplicationConnection, { description: '审核队列，等待最久的在前；游标按位置而非序号，翻页时队列有进有出也不会漏掉或重复 / The review queue, longest waiting first; cursors mark a place, not a position, so paging while the queue moves neither skips nor repeats a row' })
  async reviewQueue(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ReviewQueueFilter, { nullable: true, description: '筛选 / Filters' }) filter?: ReviewQueueFilter | null,
  ): Promise<ConnectionShape<ApplicationView>> {
    const window = keysetWindow(page);
    const queue = await ctx.services.applicationReads.queue(requireViewer(ctx), filter ?? {}, window, { withHistory: asksFor(info, ['edges', 'node', 'history']) });
    // The page's statement also read its policies, forms, applicants, enterprises and (if asked)
    // histories: each row's field resolvers answer from `related`; the loaders get them too, for
    // any other field of the request that asks (a step's actor who is an applicant, a policy's cap).
    for (const user of queue.applicants) ctx.loaders.userViewById.prime(user.id, user);
    for (const organisation of queue.enterprises) ctx.loaders.organisationById.prime(organisation.id, organisation);
    for (const [id, events] of queue.histories ?? []) ctx.loaders.applicationEventsByApplicationId.prime(id, events);
    for (const [id, cap] of queue.caps) ctx.loaders.applicationCapByPolicyId.prime(id, cap);
    return toKeysetConnection(queue.rows, window, queue.total, queue.asOf, (row) => ({ key: row.sortKey, id: row.id }));
  }

  @Authorized(Role.REVIEWER)
  @Query(() => ApplicationReport, { description: '申请统计：按状态、政策、企业的件数与金额（CSV 导出：GET /reports/applications.csv）/ Counts and amounts by status, policy and enterprise (CSV: GET /reports/applications.csv)' })
  applicationReport(
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => LocalDateScalar, { nullable: true, description: '自此日起提交的（上海时间，含当日）；省略则不限 / Submitted on or after this day (Shanghai time); omitted: no start' }) from?: string | null,
    @Arg('to', () => LocalDateScalar, { nullable: true, description: '至此日止提交的（含当日）；省略则不限 / Submitted on or before this day; omitted: no end' }) to?: string | null,
  ): Promise<ApplicationReport> {
    return ctx.services.applicationReports.report(requireViewer(ctx), { from, to });
  }

  @Query(() => ApplicationForm, { nullable: true, description: '某项政策的申请须知；不能在线申请时为空 / How to apply for a policy; null when it cannot be applied for online' })
  applicationForm(@Arg('policyId', () => UUIDScalar, { description: '政策编号 / Policy id' }) policyId: string, @Ctx() ctx: GraphQLContext): Promise<ApplicationForm | null> {
    return ctx.loaders.applicationFormByPolicyId.load(policyId);
  }

  // ---- the applicant's mutations ---------------------------------------------------------

  @Authorized(Role.TALENT)
  @Mutation(() => ApplicationPayload, { description: '创建申请草稿 / Start an application as a draft' })
  createApplication(@Arg('input') input: CreateApplicationInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.payload(ctx, () => ctx.services.applications.createDraft(requireViewer(ctx), { ...input, answers: answersToRecord(input.answers) }));
  }

  @Authorized(Role.TALENT)
  @Mutation(() => ApplicationPayload, { description: '修改草稿或退回的申请 / Change a draft or returned application' })
  updateApplication(@Arg('input') input: UpdateApplicationInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.payload(ctx, () => ctx.services.applications.updateDraft(requireViewer(ctx), input.id, { ...input, answers: answersToRecord(input.answers) }));
  }

  @Authorized(Role.TALENT)
  @Mutation(() => ApplicationPayload, { description: '为申请添加材料 / Attach a document to an application' })
  attachApplicationDocument(@Arg('input') input: ApplicationDocumentInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.payload(ctx, () => ctx.services.applications.attachDocument(requireViewer(ctx), input.applicationId, input.documentId));
  }

  @Authorized(Role.TALENT)
  @Mutation(() => ApplicationPayload, { description: '从申请中移除材料 / Remove a document from an application' })
  detachApplicationDocument(@Arg('input') input: ApplicationDocumentInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.payload(ctx, () => ctx.services.applications.detachDocument(requireViewer(ctx), input.applicationId, input.documentId));
  }

  @Authorized(Role.TALENT)
  @Mutation(() => ApplicationPayload, { description: '提交申请（必需材料须齐全）/ Submit (all required documents present)' })
  submitApplication(@Arg('input') input: ApplicationStepInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.step(ctx, A.SUBMIT, input);
  }

  @Authorized(Role.TALENT)
  @Mutation(() => ApplicationPayload, { description: '补充材料后重新提交 / Resubmit after adding what was asked for' })
  resubmitApplication(@Arg('input') input: ApplicationStepInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.step(ctx, A.RESUBMIT, input);
  }

  @Authorized(Role.TALENT)
  @Mutation(() => ApplicationPayload, { description: '在作出决定前撤回申请 / Withdraw before a decision' })
  withdrawApplication(@Arg('input') input: ApplicationStepInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.step(ctx, A.WITHDRAW, input);
  }

  // ---- the town's counter --------------------------------------------------------------------

  @Authorized(Role.REVIEWER)
  @Mutation(() => ApplicationPayload, {
    description: '镇审核人员在窗口为来访人才代为申请并提交（人才须已有账号；核对的纸质材料计入材料清单；记为该审核人员代办）/ A town reviewer files and submits at the counter for a walk-in talent (who must have an account; paper documents seen count for the checklist; recorded as filed by the reviewer)',
  })
  fileWalkInApplication(@Arg('input') input: FileWalkInApplicationInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.payload(ctx, () => ctx.services.applications.fileForWalkIn(requireViewer(ctx), { ...input, answers: answersToRecord(input.answers) }));
  }

  // ---- the employer's ----------------------------------------------------------------------

  @Authorized(Role.ENTERPRISE_HR)
  @Mutation(() => ApplicationPayload, { description: '单位推荐本单位员工申请（生成草稿，员工补充材料后提交）/ Nominate a member of staff (a draft the nominee completes and submits)' })
  nominateForApplication(@Arg('input') input: NominateForApplicationInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.payload(ctx, () => ctx.services.applications.nominate(requireViewer(ctx), input));
  }

  @Authorized(Role.ENTERPRISE_HR)
  @Mutation(() => ApplicationPayload, { description: '单位确认在职信息（确认在有效期内可被该人才后续申请复用）/ Confirm employment (reused by the talent\'s later applications until it expires)' })
  confirmEmployment(@Arg('input') input: ConfirmEmploymentInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    const { contractStart, contractEnd, position, socialInsuranceMonths, previousYearIncomeYuan } = input;
    return this.step(ctx, A.CONFIRM_EMPLOYMENT, { ...input, employment: { contractStart, contractEnd, position, socialInsuranceMonths, previousYearIncomeYuan } });
  }

  @Authorized(Role.ENTERPRISE_HR)
  @Mutation(() => ApplicationPayload, { description: '单位不予确认（须说明理由，退回申请人）/ Decline to confirm (with a reason; back to the applicant)' })
  declineEmployment(@Arg('input') input: ApplicationStepInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.step(ctx, A.DECLINE_EMPLOYMENT, input);
  }

  // ---- the reviewer's --------------------------------------------------------------------

  @Authorized(Role.REVIEWER)
  @Mutation(() => ApplicationPayload, {
    description:
      '镇审核人员为没有人事账号的单位代为确认在职（须写明核实依据，记入办理记录）；单位有人事账号时须由人事确认 / A town reviewer confirms employment for an enterprise that has no HR account (with the evidence noted in the history); where the enterprise has one, its HR must confirm',
  })
  confirmEmploymentForEmployer(@Arg('input') input: ConfirmEmploymentForEmployerInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    const { contractStart, contractEnd, position, socialInsuranceMonths, previousYearIncomeYuan, evidence } = input;
    return this.step(ctx, A.CONFIRM_EMPLOYMENT_FOR_EMPLOYER, { ...input, reason: evidence, employment: { contractStart, contractEnd, position, socialInsuranceMonths, previousYearIncomeYuan } });
  }

  @Authorized(Role.REVIEWER)
  @Mutation(() => ApplicationPayload, { description: '开始审核 / Take up an application for review' })
  startReview(@Arg('input') input: ApplicationStepInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.step(ctx, A.START_REVIEW, input);
  }

  @Authorized(Role.REVIEWER)
  @Mutation(() => ApplicationPayload, { description: '批准（资金类须填金额且不超过上限）/ Approve (money needs an amount within the cap)' })
  approveApplication(@Arg('input') input: ApproveApplicationInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.step(ctx, A.APPROVE, input);
  }

  @Authorized(Role.REVIEWER)
  @Mutation(() => ApplicationPayload, { description: '不予批准（须说明理由）/ Reject (with a reason)' })
  rejectApplication(@Arg('input') input: ApplicationStepInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.step(ctx, A.REJECT, input);
  }

  @Authorized(Role.REVIEWER)
  @Mutation(() => ApplicationPayload, { description: '退回补充材料（须说明需要什么）/ Return for more information (say what is needed)' })
  returnApplication(@Arg('input') input: ApplicationStepInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.step(ctx, A.RETURN_FOR_INFO, input);
  }

  @Authorized(Role.REVIEWER)
  @Mutation(() => ApplicationPayload, { description: '记录资金发放 / Record the payment' })
  recordDisbursement(@Arg('input') input: RecordDisbursementInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.step(ctx, A.DISBURSE, input);
  }

  @Authorized(Role.REVIEWER)
  @Mutation(() => ApplicationPayload, { description: '记录人才公寓配房 / Record the flat allocation' })
  recordAllocation(@Arg('input') input: RecordAllocationInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.step(ctx, A.ALLOCATE, input);
  }

  @Authorized(Role.REVIEWER)
  @Mutation(() => ApplicationPayload, { description: '办结 / Close' })
  closeApplication(@Arg('input') input: ApplicationStepInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return this.step(ctx, A.CLOSE, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApplicationFormPayload, { description: '管理员配置金额上限或办理时限（记入审计日志）/ An administrator sets the amount cap or processing time (audited)' })
  async configureApplicationForm(@Arg('input') input: ConfigureApplicationFormInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationFormPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.applications.configureForm(requireViewer(ctx), input));
    return { form: result, errors };
  }

  // ---- fields ----------------------------------------------------------------------------

  @FieldResolver(() => Policy, { description: '申请的政策 / The policy applied for' })
  policy(@Root() app: ApplicationView, @Ctx() ctx: GraphQLContext): Promise<Policy> | PolicyView {
    return app.related?.policy ?? ctx.loaders.policyById.load(app.policy.id) as Promise<Policy>;
  }

  @FieldResolver(() => User, { description: '申请人 / The applicant' })
  applicant(@Root() app: ApplicationView, @Ctx() ctx: GraphQLContext): Promise<UserView> | UserView {
    return app.related?.applicant ?? ctx.loaders.userViewById.load(app.applicant.id) as Promise<UserView>;
  }

  @FieldResolver(() => User, { nullable: true, description: '窗口代办人：为来访人才填写并提交的镇审核人员；人才自己申请时为空 / The town reviewer who filed it at the counter for a walk-in talent; null when the talent applied themself' })
  filedBy(@Root() app: ApplicationView, @Ctx() ctx: GraphQLContext): Promise<UserView | null> | null {
    return app.filedBy ? ctx.loaders.userViewById.load(app.filedBy.id) : null;
  }

  @FieldResolver(() => [DocumentKind], { description: '窗口代办时审核人员查看过纸质原件的清单材料（与上传的材料同样计入清单）/ Checklist documents the reviewer saw on paper at the counter (they count like uploaded ones)' })
  async documentsSeenAtCounter(@Root() app: ApplicationView, @Ctx() ctx: GraphQLContext): Promise<DocumentKind[]> {
    return app.documentsSeenAtCounter ?? (await ctx.loaders.applicationJsonById.load(app.id))?.documents_seen_at_counter ?? [];
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '申请人所在单位（申请时）/ The applicant\'s employer when they applied' })
  enterprise(@Root() app: ApplicationView, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> | Organisation | null {
    if (app.related) return app.related.enterprise;
    return app.enterprise ? ctx.loaders.organisationById.load(app.enterprise.id) : null;
  }

  @FieldResolver(() => ApplicationForm, { description: '申请须知：材料清单、时限、上限 / Checklist, processing time and cap' })
  form(@Root() app: ApplicationView, @Ctx() ctx: GraphQLContext): Promise<ApplicationFormView> | ApplicationFormView {
    return app.related?.form ?? ctx.loaders.applicationFormByPolicyId.load(app.policy.id) as Promise<ApplicationForm>;
  }

  @FieldResolver(() => [ApplicationAnswer], { description: '对政策问题的回答 / Answers to the policy\'s questions' })
  async answers(@Root() app: ApplicationView, @Ctx() ctx: GraphQLContext): Promise<ApplicationAnswer[]> {
    const answers = app.answers ?? (await ctx.loaders.applicationJsonById.load(app.id))?.answers;
    return Object.entries(answers ?? {}).map(([key, value]) => ({ key, value }));
  }

  @FieldResolver(() => [Document], { description: '已添加的材料 / Documents attached' })
  documents(@Root() app: ApplicationView, @Ctx() ctx: GraphQLContext): DocumentView[] | Promise<DocumentView[]> {
    return app.attached ?? ctx.loaders.documentsByApplicationId.load(app.id).then((rows) => rows.map((row) => row.document));
  }

  @FieldResolver(() => [ApplicationEvent], { description: '办理历程（谁、何时、为何），最早的在前 / Timeline: every step, who, when and why, oldest first' })
  history(@Root() app: ApplicationView, @Ctx() ctx: GraphQLContext): Promise<ApplicationEventView[]> | ApplicationEventView[] {
    return app.related?.history ?? app.timeline ?? ctx.loaders.applicationEventsByApplicationId.load(app.id);
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: '提交时的资格检查快照（含所用规则版本）/ Eligibility check taken at submission, with its rule version' })
  async eligibilitySnapshot(@Root() app: ApplicationView, @Ctx() ctx: GraphQLContext): Promise<Record<string, unknown> | null> {
    if (app.eligibilitySnapshot !== undefined) return app.eligibilitySnapshot;
    return (await ctx.loaders.applicationJsonById.load(app.id))?.eligibility_snapshot ?? null;
  }

  @FieldResolver(() => ApplicationParty, { nullable: true, description: '当前等待哪一方处理；已结束为空 / Whose move it is; null once it is over' })
  waitingOn(@Root() app: ApplicationView): Actor | null {
    return waitingOn(app.status);
  }

  @FieldResolver(() => Date, { nullable: true, description: '当前一步的办理期限（按政策办理时限）/ When the current step is due, by the policy\'s processing time' })
  async dueAt(@Root() app: ApplicationView, @Ctx() ctx: GraphQLContext): Promise<Date | null> {
    if (!hasDeadline(app.status)) return null;
    const form = await formOf(app, ctx);
    return form ? dueAt(app.status, app.statusChangedAt, form.processingDays) : null;
  }

  @FieldResolver(() => Boolean, { description: '是否逾期：等待时间已超过政策办理时限 / Overdue: waiting longer than the policy\'s processing time' })
  async overdue(@Root() app: ApplicationView, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const due = await this.dueAt(app, ctx);
    return due !== null && due.getTime() < Date.now();
  }

  @FieldResolver(() => [A], { description: '当前用户现在可以进行的操作 / What the signed-in user can do next' })
  async nextActions(@Root() app: ApplicationView, @Ctx() ctx: GraphQLContext): Promise<A[]> {
    const actor = ctx.viewer ? ApplicationService.actorOf(ctx.viewer, app) : null;
    const form = await formOf(app, ctx);
    if (!actor || !form || (actor === 'REVIEWER' && app.applicant.id === requireViewer(ctx).userId)) return [];
    const actions = nextActions(app.status, actor, form.benefit);
    if (!actions.includes(A.CONFIRM_EMPLOYMENT_FOR_EMPLOYER)) return actions;
    // The town confirms only where the enterprise has no HR account to do it (the step checks it too).
    const hasHr = app.enterprise ? (await ctx.loaders.activeHrCountByOrganisationId.load(app.enterprise.id)) > 0 : true;
    return hasHr ? actions.filter((a) => a !== A.CONFIRM_EMPLOYMENT_FOR_EMPLOYER) : actions;
  }

  private async payload(ctx: GraphQLContext, action: () => Promise<Application>): Promise<ApplicationPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, action);
    return { application: result, errors };
  }

  private step(ctx: GraphQLContext, action: A, input: ApplicationStepInput & DecisionInput): Promise<ApplicationPayload> {
    return this.payload(ctx, () => ctx.services.applications.act(requireViewer(ctx), input.id, action, input));
  }
}

@Resolver(() => ApplicationEvent)
export class ApplicationEventResolver {
  @FieldResolver(() => User, { nullable: true, description: '操作人；由平台自动完成时为空 / Who took the step; null when the platform did' })
  actor(@Root() event: ApplicationEventView, @Ctx() ctx: GraphQLContext): UserView | Promise<UserView | null> | null {
    if (event.actorView !== undefined) return event.actorView;
    return event.actor ? ctx.loaders.userViewById.load(event.actor.id) : null;
  }
}
