import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../account/index.js';

/**
 * One person's uploads on one Shanghai calendar day, counted by UploadQuota with plain SQL
 * (one atomic upsert per upload). Declared as an entity only so that schema diffs
 * (`npm run migration:create`) know the table and never propose dropping it.
 */
@Entity({ tableName: 'upload_quota_usage' })
@Index({ name: 'upload_quota_usage_day_index', properties: ['day'] })
@Check({ name: 'upload_quota_usage_not_negative', expression: '((files >= 0) AND (bytes >= 0))' })
export class UploadQuotaUsage {
  @ManyToOne(() => User, { ref: true, primary: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'int', default: 0 })
  files!: number;

  @Property({ type: 'bigint', default: 0 })
  bytes!: string;
}
