import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../account/index.js';
import { Policy } from './policy.entity.js';

/**
 * A talent following a policy: they hear of each new version of it, and with `eligibilityAlerts`
 * also when a rule change makes them newly eligible (or lifts their points over the standard),
 * judged on their saved facts (see policy-alerts.ts).
 */
@ObjectType({ description: '关注的政策 / A policy the viewer follows' })
@Entity({ tableName: 'policy_follows' })
@Unique({ properties: ['user', 'policy'] })
export class PolicyFollow {
  [OptionalProps]?: 'createdAt' | 'eligibilityAlerts';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @ManyToOne(() => Policy, { ref: true, deleteRule: 'cascade' })
  @Index()
  policy!: Ref<Policy>;

  @Field({ description: '规则变化使本人（按保存的信息）新符合条件或积分达标时提醒 / Alert me when a rule change makes me newly eligible (on my saved facts) or lifts my points over the standard' })
  @Property({ default: false })
  eligibilityAlerts: boolean = false;

  @Field({ description: '开始关注的时间 / When the viewer started following it' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
