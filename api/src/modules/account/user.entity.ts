import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../organisation/index.js';
import { Role } from '../../core/auth/role.js';

@ObjectType({ description: '平台用户 / A person who signs in to the platform' })
@Entity({ tableName: 'users' })
export class User {
  [OptionalProps]?: 'createdAt' | 'organisation' | 'locale' | 'disabledAt';

  @Field(() => ID, { description: '用户编号 / User id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-case; unique. */
  @Field({ description: '登录邮箱 / Sign-in email' })
  @Property({ unique: true })
  email!: string;

  @Field({ description: '显示名称 / Name shown to others' })
  @Property()
  displayName!: string;

  @Field(() => Role, { description: '角色 / Role' })
  @Enum({ items: () => Role, nativeEnumName: 'user_role' })
  role!: Role;

  /** The organisation an HR, bank, coordinator or reviewer account acts for. */
  @ManyToOne(() => Organisation, { nullable: true, ref: true, index: true })
  organisation?: Ref<Organisation> | null;

  @Property({ hidden: true })
  passwordHash!: string;

  /** Set by an administrator: the account cannot sign in and its sessions have been ended. */
  @Authorized(Role.ADMIN)
  @Field(() => Date, { nullable: true, description: '停用时间（管理员可见）；为空表示账号可用 / When an administrator disabled the account (administrators only); null while it is in use' })
  @Property({ type: 'timestamptz', nullable: true })
  disabledAt?: Date | null;

  /** The language of the e-mails and text messages this person gets: set at sign-up from the browser, changed in notification settings. */
  // An enum to MikroORM because the migration's check `locale in ('zh-CN', 'en')` reads as one (schema diffs stay quiet).
  @Enum({ items: ['zh-CN', 'en'], columnType: 'varchar(5)', default: 'zh-CN' })
  locale: 'zh-CN' | 'en' = 'zh-CN';

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field({ description: '注册时间 / When the account was created' })
  createdAt: Date = new Date();
}
