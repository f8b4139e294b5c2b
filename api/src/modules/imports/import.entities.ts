import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { ImportKind } from './import-kind.js';

/**
 * One workbook imported, all its rows in the same transaction. The content hash (of the kind,
 * the enterprise a staff list is for, and the file's bytes) is unique: the same file imported
 * twice, or twice at once, goes in once; the second is refused.
 */
@Entity({ tableName: 'import_batches' })
@Unique({ name: 'import_batches_one_per_content', properties: ['kind', 'contentHash'] })
export class ImportBatch {
  [OptionalProps]?: 'createdAt' | 'enterprise';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => ImportKind, nativeEnumName: 'import_kind' })
  kind!: ImportKind;

  /** sha256, hex. */
  @Property({ length: 64 })
  contentHash!: string;

  /** The enterprise a staff list is for; null for the other kinds. */
  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  enterprise?: Ref<Organisation> | null;

  @Property()
  rowCount!: number;

  @ManyToOne(() => User, { ref: true })
  importedBy!: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * A person on an enterprise's staff list, as the enterprise gave it (imported by an administrator
 * or the enterprise's own HR). The resident ID number and phone are sensitive: never logged,
 * masked wherever they are echoed. One line per person per enterprise.
 */
@Entity({ tableName: 'enterprise_staff' })
@Unique({ name: 'enterprise_staff_one_per_person', properties: ['enterprise', 'residentIdNumber'] })
@Index({ properties: ['batch'] })
export class EnterpriseStaffMember {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { ref: true })
  enterprise!: Ref<Organisation>;

  @Property({ length: 50 })
  legalName!: string;

  @Property({ length: 18 })
  residentIdNumber!: string;

  @Property({ length: 11, nullable: true })
  phone?: string | null;

  @Property({ length: 50, nullable: true })
  position?: string | null;

  @Property({ type: 'date', nullable: true })
  startedOn?: string | null;

  @ManyToOne(() => ImportBatch, { ref: true, deleteRule: 'cascade' })
  batch!: Ref<ImportBatch>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
