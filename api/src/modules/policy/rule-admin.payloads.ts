// What the rule-set administration page reads (issue 17 item 4): the form of a version's data,
// the preview of a draft (diff against the version in force, trial run) with its problems.
import { Field, Float, ObjectType } from 'type-graphql';
import { registerBilingualEnum } from '../../core/graphql/enums.js';
import { LocalizedText } from '../../core/graphql/localized-text.js';
import { JSONScalar } from '../../core/graphql/scalars.js';
import { UserError } from '../../core/graphql/user-error.js';
import { RuleVersion } from './rule.entity.js';
import type { RuleFieldKind as RuleFieldKindValue } from './rules/rule-fields.js';

export const RuleFieldKind: { [K in RuleFieldKindValue]: K } = { NUMBER: 'NUMBER', INTEGER: 'INTEGER', TEXT: 'TEXT', BOOLEAN: 'BOOLEAN', CHOICE: 'CHOICE', TEXT_LIST: 'TEXT_LIST', JSON: 'JSON' };
registerBilingualEnum(RuleFieldKind, 'RuleFieldKind', '规则数据字段的种类 / Kind of a rule-data field', {
  NUMBER: { zh: '数字', en: 'Number' },
  INTEGER: { zh: '整数', en: 'Whole number' },
  TEXT: { zh: '文字', en: 'Text' },
  BOOLEAN: { zh: '是/否（可为待配置）', en: 'Yes/no (may be not configured)' },
  CHOICE: { zh: '选项之一', en: 'One of the options' },
  TEXT_LIST: { zh: '文字列表，每行一项', en: 'List of texts, one per line' },
  JSON: { zh: '结构化数据（JSON）', en: 'Structured data (JSON)' },
});

@ObjectType({ description: '规则数据中可编辑的一个值，由规则数据的结构（zod）得出 / One editable value of rule data, read from the data\'s schema (zod)' })
export class RuleDataField {
  @Field({ description: '路径，如 cityAverageMonthlyWage.yuan / Path, e.g. cityAverageMonthlyWage.yuan' })
  path!: string;

  @Field(() => RuleFieldKind, { description: '种类 / Kind' })
  kind!: RuleFieldKindValue;

  @Field({ description: '可为空（待配置）/ May be null (not configured)' })
  nullable!: boolean;

  @Field(() => Float, { nullable: true, description: '最小值 / Smallest value' })
  min!: number | null;

  @Field(() => Float, { nullable: true, description: '最大值（文字为最多字符数）/ Largest value (for text, most characters)' })
  max!: number | null;

  @Field(() => [String], { description: '可选值（仅 CHOICE）/ Allowed values (CHOICE only)' })
  options!: string[];

  @Field(() => JSONScalar, { nullable: true, description: '本版本的值 / The value in this version' })
  value!: unknown;
}

@ObjectType({ description: '与施行版本相比改动的一个值 / One value changed against the version in force' })
export class RuleDataChangeView {
  @Field({ description: '路径 / Path' })
  path!: string;

  @Field(() => JSONScalar, { nullable: true, description: '原值 / Value before' })
  from!: unknown;

  @Field(() => JSONScalar, { nullable: true, description: '新值 / Value after' })
  to!: unknown;
}

@ObjectType({ description: '试算结果的一行：同一样例在施行版本和草稿下的结果 / One line of a trial run: the same sample under the version in force and under the draft' })
export class RuleTrialLine {
  @Field({ description: '项目代码 / Item code' })
  key!: string;

  @Field(() => LocalizedText, { description: '项目 / Item' })
  label!: LocalizedText;

  @Field(() => LocalizedText, { description: '按施行版本 / Under the version in force' })
  inForce!: LocalizedText;

  @Field(() => LocalizedText, { description: '按草稿 / Under the draft' })
  draft!: LocalizedText;

  @Field({ description: '草稿是否改变了结果 / Whether the draft changes the result' })
  changed!: boolean;
}

@ObjectType({ description: '新规则版本的预览（不保存）/ Preview of a new rule version (nothing saved)' })
export class RuleVersionPreview {
  @Field(() => RuleVersion, { nullable: true, description: '生效日施行的版本，即草稿所替换的版本 / The version in force on the date, which the draft replaces' })
  baseVersion!: RuleVersion | null;

  @Field(() => [RuleDataChangeView], { description: '与该版本相比的改动 / Changes against that version' })
  diff!: RuleDataChangeView[];

  @Field(() => [RuleTrialLine], { nullable: true, description: '样例试算；草稿有误或未给样例时为空 / Trial run on the sample; null while the draft has problems or no sample is given' })
  trial!: RuleTrialLine[] | null;

  @Field(() => [UserError], { description: '可更正的错误（input.changes.N.value、sample.age 等）/ Problems to fix (input.changes.N.value, sample.age, ...)' })
  errors!: UserError[];
}
