import { Field, InputType } from 'type-graphql';
import { Role } from '../../core/auth/role.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

@InputType({ description: '登录 / Signing in' })
export class SignInInput {
  @Field({ description: '邮箱 / Email' })
  email!: string;

  @Field({ description: '密码 / Password' })
  password!: string;
}

@InputType({ description: '管理员创建工作人员账号 / An administrator creating a staff account' })
export class CreateStaffAccountInput {
  @Field({ description: '邮箱 / Email' })
  email!: string;

  @Field({ description: '初始密码，至少 10 个字符 / Initial password, at least 10 characters' })
  password!: string;

  @Field({ description: '显示名称 / Name shown to others' })
  displayName!: string;

  @Field(() => Role, { description: '角色（人才以外）/ Role (any but TALENT)' })
  role!: Role;

  @Field(() => UUIDScalar, { nullable: true, description: '所属机构（人事、银行、协调人、审核人员、社区工作者必填；社区工作者选村或居民区）/ Organisation acted for (required for HR, bank, coordinator, reviewer and community-worker roles; a community worker acts for a village or residential area)' })
  organisationId?: string | null;
}

@InputType({ description: '管理员停用或恢复账号 / An administrator disabling or re-enabling an account' })
export class SetAccountDisabledInput {
  @Field(() => UUIDScalar, { description: '账号编号 / Account id' })
  userId!: string;

  @Field({ description: '停用（true）或恢复（false）/ Disable (true) or re-enable (false)' })
  disabled!: boolean;
}
