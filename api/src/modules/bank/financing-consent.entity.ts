import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../account/index.js';
import type { FinancingFact } from './bank.enums.js';
import { FinancingRoute } from './financing-route.entity.js';

/** The consent record: every grant or change of what one bank may see, by whom and when. Append-only. */
@Entity({ tableName: 'financing_consents' })
export class FinancingConsent {
  [OptionalProps]?: 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => FinancingRoute, { ref: true, index: true, deleteRule: 'cascade' })
  route!: Ref<FinancingRoute>;

  @Property({ type: ArrayType })
  facts!: FinancingFact[];

  @ManyToOne(() => User, { ref: true })
  recordedBy!: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date = new Date();
}
