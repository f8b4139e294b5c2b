import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Small key-value facts about this database, such as which sample-data version it holds. */
@Entity({ tableName: 'app_meta' })
export class AppMeta {
  @PrimaryKey()
  key!: string;

  @Property({ type: 'text' })
  value!: string;
}
