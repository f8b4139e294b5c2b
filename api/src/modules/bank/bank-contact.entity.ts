import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../organisation/index.js';

/**
 * A contact point of a partner branch. The phone is resolved in `bank.resolver.ts`: in full for
 * the branch itself, the town and applicants whose request went to the branch; masked otherwise.
 */
@ObjectType({ description: '支行联系人 / A contact person at a bank branch' })
@Entity({ tableName: 'bank_contacts' })
export class BankContact {
  [OptionalProps]?: 'primary' | 'createdAt' | 'email';

  @Field(() => ID, { description: '联系人编号 / Contact id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { ref: true, index: true })
  branch!: Ref<Organisation>;

  @Field({ description: '姓名 / Name' })
  @Property({ length: 50 })
  name!: string;

  @Field({ description: '职务（中文）/ Position in Chinese' })
  @Property({ length: 100 })
  titleZh!: string;

  @Field({ description: '职务（英文）/ Position in English' })
  @Property({ length: 100 })
  titleEn!: string;

  @Property({ length: 20 })
  phone!: string;

  @Field(() => String, { nullable: true, description: '工作邮箱 / Work email' })
  @Property({ length: 254, nullable: true })
  email?: string | null;

  @Field({ description: '是否为主要联系人 / The branch\'s main contact' })
  @Property({ default: false })
  primary: boolean = false;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
