import { Field, InputType, ObjectType } from 'type-graphql';
import { UUIDScalar } from '../../core/graphql/scalars.js';
import { UserError } from '../../core/graphql/user-error.js';

@InputType({ description: '人才自助注册 / A talent signing up' })
export class SignUpInput {
  @Field({ description: '邮箱，用于登录 / Email, used to sign in' })
  email!: string;

  @Field({ description: '密码，至少 10 个字符 / Password, at least 10 characters' })
  password!: string;

  @Field({ description: '显示名称 / Name shown to others' })
  displayName!: string;

  @Field({ description: '姓名（与身份证一致）/ Legal name as on the ID card' })
  legalName!: string;

  @Field(() => String, { nullable: true, description: '身份证号码（18 位，可稍后填写）/ Resident ID number (18 characters; may be added later)' })
  residentIdNumber?: string | null;

  @Field(() => String, { nullable: true, description: '手机号码 / Mobile number' })
  phone?: string | null;

  @Field(() => UUIDScalar, { nullable: true, description: '工作单位（联盟企业）/ Employer (an enterprise)' })
  employerId?: string | null;
}

@InputType({ description: '注册确认 / Confirming a sign-up' })
export class ConfirmSignUpInput {
  @Field({ description: '确认邮件链接中的 token / The token from the link in the confirmation email' })
  token!: string;
}

@ObjectType({ description: '注册的结果：请查收邮件 / Result of signing up: check your email' })
export class SignUpPayload {
  @Field({ description: '表单无误，已向该邮箱发送邮件（无论该邮箱是否已注册都一样）/ The form was in order and an email is on its way to the address (the same whether or not it already has an account)' })
  accepted!: boolean;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}
