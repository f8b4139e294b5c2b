import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { Role } from '../../core/auth/role.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { UserError, withUserErrors } from '../../core/graphql/user-error.js';
import { Policy } from '../policy/index.js';
import { ApplicationForm } from './application-form.entity.js';
import { CreateBenefitPolicyInput, formAtVersion, SaveApplicationFormInput } from './application-form.service.js';
import { Application } from './application.entity.js';
import type { ApplicationView } from './application.reads.js';
import { ApplicationFormPayload } from './application.resolver.js';
import { FormQuestion, type StoredQuestion } from './form-question.js';

@ObjectType({ description: '新增政策的结果 / Result of adding a policy' })
class BenefitPolicyPayload {
  @Field(() => Policy, { nullable: true, description: '新增的政策；出错时为空 / The policy added; null when there are errors' })
  policy!: Policy | null;

  @Field(() => ApplicationForm, { nullable: true, description: '它的在线申请表（第 1 版）；出错时为空 / Its online form (version 1); null when there are errors' })
  form!: ApplicationForm | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

/** The administrator's side of forms as data: a new policy with its form, a new version of a form. */
@Resolver(() => ApplicationForm)
export class ApplicationFormAdminResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => BenefitPolicyPayload, { description: '管理员新增政策及其在线申请表（记入审计日志）/ An administrator adds a policy with its online application form (audited)' })
  async createBenefitPolicy(@Arg('input', { description: '政策和申请表 / The policy and its form' }) input: CreateBenefitPolicyInput, @Ctx() ctx: GraphQLContext): Promise<BenefitPolicyPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.applicationForms.createBenefitPolicy(requireViewer(ctx), input));
    return { form: result, policy: result ? result.policy.getEntity() : null, errors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApplicationFormPayload, { description: '管理员修改申请表，保存为新版本；已有申请仍按原版本（记入审计日志）/ An administrator saves a form as a new version; existing applications keep theirs (audited)' })
  async saveApplicationForm(@Arg('input', { description: '新的内容和所依据的版本 / The new content and the version it starts from' }) input: SaveApplicationFormInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationFormPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.applicationForms.saveForm(requireViewer(ctx), input));
    return { form: result, errors };
  }
}

/** A question's words in the reader's language. */
@Resolver(() => FormQuestion)
export class FormQuestionResolver {
  @FieldResolver(() => String, { description: '问题（按界面语言）/ The question, in the reader\'s language' })
  label(@Root() q: StoredQuestion, @Ctx() ctx: GraphQLContext): string {
    return ctx.locale === 'en' ? q.labelEn : q.labelZh;
  }

  @FieldResolver(() => String, { nullable: true, description: '填写说明（按界面语言）；没有时为空 / Help, in the reader\'s language; null when there is none' })
  help(@Root() q: StoredQuestion, @Ctx() ctx: GraphQLContext): string | null {
    return (ctx.locale === 'en' ? q.helpEn : q.helpZh) ?? null;
  }
}

/** The form an application was filed under: its questions and checklist, whatever later versions say. */
@Resolver(() => Application)
export class ApplicationFiledFormResolver {
  @FieldResolver(() => ApplicationForm, { description: '申请所依据的申请表版本（问题和材料清单）/ The form version the application was filed under (its questions and checklist)' })
  async filedForm(@Root() app: ApplicationView, @Ctx() ctx: GraphQLContext): Promise<ApplicationForm> {
    const [head, version] = await Promise.all([ctx.loaders.applicationFormByPolicyId.load(app.policy.id), ctx.loaders.filedFormVersionByApplicationId.load(app.id)]);
    if (!head) throw new Error(`no application form for policy ${app.policy.id}`);
    return version ? formAtVersion(head, version) : head;
  }
}
