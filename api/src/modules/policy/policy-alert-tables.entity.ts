import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../account/index.js';

/**
 * Tables the change alerts (policy-alerts.ts) read and write with plain SQL (`on conflict do
 * nothing`), declared as entities only so that schema diffs (`npm run migration:create`) know
 * them and never propose dropping them.
 */

/** A rule or policy version whose coming into effect has been announced (or was in force before alerts existed). */
@Entity({ tableName: 'policy_changes_announced' })
export class PolicyChangeAnnounced {
  /** A rule_versions or policy_versions id, hence no foreign key. */
  @PrimaryKey({ type: 'uuid' })
  versionId!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  announcedAt: Date = new Date();
}

/** One alert sent, by version, person and policy, written with the notification so it goes out once. */
@Entity({ tableName: 'policy_alerts_sent' })
export class PolicyAlertSent {
  @PrimaryKey({ type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => User, { ref: true, primary: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @PrimaryKey({ type: 'uuid' })
  policyId!: string;

  /** The migration's check `kind in ('ELIGIBLE', 'POINTS', 'VERSION')` (policy_alerts_sent_kind_known), which MikroORM reads as this enum. */
  @Enum({ items: ['ELIGIBLE', 'POINTS', 'VERSION'], columnType: 'varchar(10)' })
  kind!: 'ELIGIBLE' | 'POINTS' | 'VERSION';

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  sentAt: Date = new Date();
}
