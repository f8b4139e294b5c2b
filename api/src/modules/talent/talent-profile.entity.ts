import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { EducationLevel } from './education-level.js';

/**
 * A talent's own facts. The resident ID number and phone are sensitive: the GraphQL fields of
 * the same name are resolved in `talent.resolver.ts`, which masks them for everyone but the
 * owner and town reviewers.
 */
@ObjectType({ description: '人才档案 / A talent\'s profile' })
@Entity({ tableName: 'talent_profiles' })
export class TalentProfile {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'education' | 'claimedResidentIdNumber';

  @Field(() => ID, { description: '档案编号 / Profile id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => User, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field({ description: '姓名（与身份证一致）/ Legal name as on the ID card' })
  @Property()
  legalName!: string;

  @Property({ nullable: true, unique: true })
  residentIdNumber?: string | null;

  /**
   * A number this person entered that another account already holds: shown to them as theirs,
   * held for a reviewer (see resident-id-conflict.entity.ts), never written over the holder's.
   */
  @Property({ nullable: true })
  claimedResidentIdNumber?: string | null;

  @Property({ nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '出生日期（YYYY-MM-DD）/ Date of birth (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  dateOfBirth?: string | null;

  @Field(() => EducationLevel, { description: '最高学历 / Highest education' })
  @Enum({ items: () => EducationLevel, nativeEnumName: 'education_level', default: EducationLevel.NONE })
  education: EducationLevel = EducationLevel.NONE;

  @ManyToOne(() => Organisation, { ref: true, nullable: true, index: true })
  employer?: Ref<Organisation> | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
