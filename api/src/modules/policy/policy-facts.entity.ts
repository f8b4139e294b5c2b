import { randomUUID } from 'node:crypto';
import { Entity, OneToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../account/index.js';
import type { StoredPolicyFacts } from './policy.inputs.js';

/** The facts a signed-in talent saved for eligibility checks and the points calculator. */
@Entity({ tableName: 'talent_policy_facts' })
export class TalentPolicyFacts {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => User, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'jsonb' })
  facts!: StoredPolicyFacts;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
