import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../core/graphql/user-error.js';
import { User } from './user.entity.js';

@ObjectType({ description: '注册或登录的结果 / Result of signing up or in' })
export class AuthPayload {
  @Field(() => User, { nullable: true, description: '已登录的用户；出错时为空 / The signed-in user; null when there are errors' })
  user!: User | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '退出登录的结果 / Result of signing out' })
export class SignOutPayload {
  @Field({ description: '是否已退出 / Whether the session was ended' })
  ok!: boolean;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '创建工作人员账号的结果 / Result of creating a staff account' })
export class CreateStaffAccountPayload {
  @Field(() => User, { nullable: true, description: '新账号 / The new account' })
  user!: User | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@ObjectType({ description: '停用或恢复账号的结果 / Result of disabling or re-enabling an account' })
export class SetAccountDisabledPayload {
  @Field(() => User, { nullable: true, description: '该账号 / The account' })
  user!: User | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}
