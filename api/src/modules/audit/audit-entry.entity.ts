import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { JSONScalar } from '../../core/graphql/scalars.js';
import { User } from '../account/index.js';

/** One changed value: where, before, after. */
export interface AuditChange {
  path: string;
  from: unknown;
  to: unknown;
}

/**
 * Who changed what, when. Append-only: the table refuses UPDATE and DELETE (a trigger in the
 * migration), so an entry cannot be edited after the fact even by the application.
 */
@ObjectType({ description: '审计记录：谁在何时改了什么；只增不改 / Audit entry: who changed what and when; never edited' })
@Entity({ tableName: 'audit_entries' })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEntry {
  [OptionalProps]?: 'createdAt' | 'actor';

  @Field(() => ID, { description: '记录编号 / Entry id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  actor?: Ref<User> | null;

  @Field({ description: '操作，如 RULE_VERSION_CREATED、POLICY_VERSION_CREATED / What was done, e.g. RULE_VERSION_CREATED, POLICY_VERSION_CREATED' })
  @Property()
  action!: string;

  @Field({ description: '对象类型，如 RuleSet、Policy / Kind of record, e.g. RuleSet, Policy' })
  @Property()
  entityType!: string;

  @Field(() => ID, { description: '对象编号 / Id of the record' })
  @Property({ type: 'uuid' })
  entityId!: string;

  @Field({ description: '摘要 / Summary (Chinese)' })
  @Property({ type: 'text' })
  summaryZh!: string;

  @Field({ description: '摘要（英文）/ Summary (English)' })
  @Property({ type: 'text' })
  summaryEn!: string;

  @Field(() => JSONScalar, { description: '改动列表 [{ path, from, to }] / The changes, as [{ path, from, to }]' })
  @Property({ type: 'jsonb' })
  changes!: AuditChange[];

  @Field({ description: '时间 / When' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Index()
  createdAt: Date = new Date();
}
