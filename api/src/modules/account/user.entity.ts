import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../organisation/organisation.entity.js';
import { Role } from './role.js';

@ObjectType({ description: '平台用户 / A person who signs in to the platform' })
@Entity({ tableName: 'users' })
export class User {
  [OptionalProps]?: 'createdAt' | 'organisation' | 'locale';

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

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field({ description: '注册时间 / When the account was created' })
  createdAt: Date = new Date();
}
