import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../core/graphql/user-error.js';

@InputType({ description: '忘记密码：向账号邮箱发送设置新密码的链接 / Forgot password: send a link to set a new one to the account\'s email' })
export class RequestPasswordResetInput {
  @Field({ description: '登录邮箱 / Sign-in email' })
  email!: string;
}

@ObjectType({ description: '忘记密码的结果：若该邮箱有账号，链接已发出（回答与是否有账号无关）/ Result of "forgot password": if the address has an account, a link is on its way (the answer does not tell whether it has one)' })
export class RequestPasswordResetPayload {
  @Field({ description: '邮箱格式无误，请求已受理 / The address was well-formed and the request was taken' })
  accepted!: boolean;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@InputType({ description: '用邮件中的链接设置密码（忘记密码或账号开通）/ Setting a password with the link from an email (forgotten password or a new account)' })
export class SetPasswordInput {
  @Field({ description: '邮件链接中的 token / The token from the link in the email' })
  token!: string;

  @Field({ description: '新密码，至少 10 个字符 / The new password, at least 10 characters' })
  password!: string;
}
