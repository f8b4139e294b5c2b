// Output types of the policy module: estimates, eligibility results and mutation payloads.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../core/graphql/localized-text.js';
import { LocalDateScalar } from '../../core/graphql/scalars.js';
import { UserError } from '../../core/graphql/user-error.js';
import type { CriterionStatus as CriterionStatusValue, GraduateIndicator, ResidenceIndicator, Verdict } from './rules/index.js';
import { Policy, PolicyVersion } from './policy.entity.js';
import {
  CriterionStatus,
  EligibilityFact,
  EligibilityKind,
  EligibilityVerdict,
  GraduateScoreIndicator,
  ResidencePointsIndicator,
  type EligibilityKind as EligibilityKindValue,
} from './policy.enums.js';
import { EligibilityFactsInput } from './policy.inputs.js';
import { RuleVersion, type RuleVersionView } from './rule.entity.js';
import type { FactKey } from './rules/index.js';

@ObjectType({ description: '积分明细中的一项指标 / One indicator of the points breakdown' })
export class PointsItem {
  @Field(() => ResidencePointsIndicator, { description: '指标代码 / Indicator code' })
  indicator!: ResidenceIndicator;

  @Field(() => Int, { description: '本项得分（减分为负数）/ Points for this indicator (negative for deductions)' })
  points!: number;

  @Field(() => LocalizedText, { description: '计分说明 / How the points were worked out' })
  explanation!: LocalizedText;

  @Field({ description: '法律依据（文件、文号和指标）/ Legal basis (document, number and indicator)' })
  legalBasis!: string;

  @Field({ description: '本项依赖尚未配置的规则值（界面显示"待配置"），暂不计分 / Depends on a rule value not configured yet (shown as "not configured"); not counted' })
  notConfigured!: boolean;
}

@ObjectType({
  description:
    '居住证积分估算。仅为估算：以上海市居住证积分管理信息系统的分值为准 / A residence-permit points estimate. An estimate only: the score in the official Shanghai system governs',
})
export class ResidencePointsEstimate {
  @Field(() => Int, { description: '估算总分；一票否决时为 0 / Estimated total; 0 when vetoed' })
  total!: number;

  @Field(() => Int, { description: '标准分值（120）/ The standard score (120)' })
  standardScore!: number;

  @Field({ description: '是否达到标准分值 / Whether the total reaches the standard score' })
  meetsStandard!: boolean;

  @Field({ description: '是否因严重刑事犯罪记录被一票否决 / Whether a serious criminal record vetoes the application' })
  disqualified!: boolean;

  @Field(() => [PointsItem], { description: '每项指标一行，含 0 分项 / One row per indicator, zero rows included' })
  items!: PointsItem[];

  @Field(() => RuleVersion, { description: '所用的积分规则版本（编号和生效日期）/ The points rule version used (id and effective date)' })
  ruleVersion!: RuleVersionView;

  @Field(() => RuleVersion, { description: '所用的年度参数版本（如社平工资）/ The yearly-parameters version used (e.g. the average wage)' })
  parametersVersion!: RuleVersionView;

  @Field(() => LocalDateScalar, { description: '按哪一天施行的规则估算 / The date whose rules were applied' })
  asOf!: string;

  @Field(() => LocalizedText, { description: '说明：本结果为估算，以官方系统分值为准 / Note: an estimate; the official system\'s score governs' })
  note!: LocalizedText;
}

@ObjectType({ description: '资格检查中的一项条件 / One criterion of an eligibility check' })
export class CriterionResult {
  @Field({ description: '条件代码，如 CONTRACT_ONE_YEAR / Criterion code, e.g. CONTRACT_ONE_YEAR' })
  code!: string;

  @Field(() => CriterionStatus, { description: '判断 / Outcome' })
  status!: CriterionStatusValue;

  @Field(() => LocalizedText, { description: '理由 / Why' })
  explanation!: LocalizedText;

  @Field({ description: '法律依据 / Legal basis' })
  legalBasis!: string;

  @Field(() => LocalizedText, { nullable: true, description: '不符合时怎样才能符合（如"还需 24 个月社保，预计 2028-03 起满足"）/ For an unmet criterion, what would change it (e.g. "needs 24 more months; you qualify from 2028-03")' })
  howToChange!: LocalizedText | null;

  @Field({ description: '依赖尚未配置的规则值 / Depends on a rule value not configured yet' })
  notConfigured!: boolean;
}

@ObjectType({ description: '应届生落户评分的一项 / One factor of the new-graduate score' })
export class GraduateScoreItem {
  @Field(() => GraduateScoreIndicator, { description: '评分要素 / Factor' })
  indicator!: GraduateIndicator;

  @Field(() => Int, { description: '得分 / Points' })
  points!: number;

  @Field(() => LocalizedText, { description: '计分说明 / How the points were worked out' })
  explanation!: LocalizedText;

  @Field({ description: '法律依据 / Legal basis' })
  legalBasis!: string;
}

@ObjectType({ description: '应届生落户评分 / New-graduate settlement score' })
export class GraduateScore {
  @Field(() => Int, { description: '总分 / Total' })
  total!: number;

  @Field(() => Int, { description: '标准分（72）/ Standard score (72)' })
  standardScore!: number;

  @Field({ description: '是否达到标准分 / Whether the total reaches the standard' })
  meetsStandard!: boolean;

  @Field(() => [GraduateScoreItem], { description: '各要素得分 / Points per factor' })
  items!: GraduateScoreItem[];
}

@ObjectType({ description: '政策待遇标准（比例、上限、金额）/ A benefit figure (rate, cap, amount)' })
export class PolicyBenefit {
  @Field({ description: '代码 / Code' })
  code!: string;

  @Field(() => LocalizedText, { description: '名称 / What it is' })
  label!: LocalizedText;

  @Field(() => Float, { nullable: true, description: '数值；为空表示"待配置" / The figure; null means "not configured"' })
  amount!: number | null;

  @Field(() => LocalizedText, { description: '单位 / Unit' })
  unit!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true, description: '说明 / Note' })
  note!: LocalizedText | null;

  @Field({ description: '是否待配置 / Whether the figure is not configured yet' })
  notConfigured!: boolean;
}

@ObjectType({
  description:
    '资格检查结果，始终为初步判断，以审核部门决定为准 / Result of an eligibility check; always preliminary, the reviewing body decides',
})
export class EligibilityResult {
  @Field(() => Policy, { description: '所检查的政策 / The policy checked' })
  policy!: Policy;

  @Field(() => EligibilityVerdict, { description: '初步结论 / Preliminary verdict' })
  verdict!: Verdict;

  @Field({ description: '始终为 true：本结果为初步判断 / Always true: the result is preliminary' })
  preliminary!: boolean;

  @Field(() => [CriterionResult], { description: '逐项条件及理由 / Each criterion with its reason' })
  criteria!: CriterionResult[];

  @Field(() => GraduateScore, { nullable: true, description: '应届生落户：评分明细 / New-graduate settlement: the score breakdown' })
  graduateScore!: GraduateScore | null;

  @Field(() => Int, { nullable: true, description: '居转户：考虑激励条件后所需年限；为空表示不受年限限制或不适用 / 居转户: years required after incentives; null when lifted or not applicable' })
  requiredYears!: number | null;

  @Field(() => [PolicyBenefit], { description: '待遇标准 / Benefit figures' })
  benefits!: PolicyBenefit[];

  @Field(() => RuleVersion, { description: '所用的规则版本 / The rule version used' })
  ruleVersion!: RuleVersion;

  @Field(() => RuleVersion, { nullable: true, description: '所用的年度参数版本（如用到社平工资）/ The yearly-parameters version used, if any' })
  parametersVersion!: RuleVersion | null;

  @Field(() => LocalDateScalar, { description: '按哪一天施行的规则判断 / The date whose rules were applied' })
  asOf!: string;

  @Field(() => LocalizedText, { description: '说明：初步判断，以审核部门决定为准 / Note: preliminary; the reviewing body decides' })
  note!: LocalizedText;
}

@ObjectType({ description: '某政策的资格检查方式 / How a policy\'s eligibility is checked' })
export class PolicyEligibility {
  @Field(() => EligibilityKind, { description: '检查方式 / Kind of check' })
  kind!: EligibilityKindValue;

  @Field(() => [EligibilityFact], { description: '按条件检查时需要的事实（即 EligibilityFactsInput 的顶层字段）/ For criteria checks, the facts needed (top-level EligibilityFactsInput fields)' })
  facts!: FactKey[];

  @Field({ description: '条件是否已配置；未配置时检查结果为"需补充信息" / Whether the conditions are configured; if not, the check answers NEEDS_INFORMATION' })
  configured!: boolean;

  @Field(() => LocalizedText, { nullable: true, description: '未配置的原因 / Why it is not configured' })
  notConfiguredReason!: LocalizedText | null;

  @Field(() => [PolicyBenefit], { description: '待遇标准 / Benefit figures' })
  benefits!: PolicyBenefit[];

  @Field(() => RuleVersion, { description: '今天施行的规则版本 / The rule version in force today' })
  ruleVersion!: RuleVersion;
}

@ObjectType({ description: '新建规则版本的结果 / Result of creating a rule version' })
export class RuleVersionPayload {
  @Field(() => RuleVersion, { nullable: true, description: '新版本 / The new version' })
  ruleVersion!: RuleVersion | null;

  @Field(() => [UserError], { description: '可更正的错误；field 如 input.changes.0.value / Problems the user can fix; field like input.changes.0.value' })
  errors!: UserError[];
}

@ObjectType({ description: '新建政策版本的结果 / Result of creating a policy version' })
export class PolicyVersionPayload {
  @Field(() => PolicyVersion, { nullable: true, description: '新版本 / The new version' })
  policyVersion!: PolicyVersion | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '保存资格事实的结果 / Result of saving one\'s facts' })
export class PolicyFactsPayload {
  @Field(() => EligibilityFactsInput, { nullable: true, description: '已保存的事实 / The saved facts' })
  facts!: EligibilityFactsInput | null;

  @Field(() => [UserError], { description: '可更正的错误；field 如 facts.laborContractMonths / Problems the user can fix; field like facts.laborContractMonths' })
  errors!: UserError[];
}

@ObjectType({ description: '每份申请的金额上限（规则数据）/ The amount cap per application (rule data)' })
export class ApplicationCapRule {
  @Field(() => Int, { nullable: true, description: '上限（元）；为空表示待配置 / Cap in yuan; null means not configured' })
  amountYuan!: number | null;

  @Field({ description: '示例数据（非官方标准）/ Sample data (not an official figure)' })
  sample!: boolean;
}
