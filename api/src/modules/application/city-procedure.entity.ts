import { randomUUID } from 'node:crypto';
import { Entity, Enum, OneToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { registerBilingualEnum } from '../../core/graphql/enums.js';
import { Policy } from '../policy/index.js';

/** Who recommends a talent whose pre-check passed, where the city's procedure asks for it. */
export enum Recommender {
  EMPLOYER = 'EMPLOYER',
  TOWN = 'TOWN',
}

export const RECOMMENDER_NAMES = {
  EMPLOYER: { zh: '用人单位推荐', en: 'The employer recommends' },
  TOWN: { zh: '月浦镇推荐', en: 'Yuepu Town recommends' },
} as const;

registerBilingualEnum(Recommender, 'Recommender', '预审通过后由谁推荐 / Who recommends once a pre-check has passed', RECOMMENDER_NAMES);

@ObjectType({ description: '向市级部门申报时提交的一项材料 / One document to hand in to the city' })
@InputType('CityFilingDocumentInput', { description: '向市级部门申报时提交的一项材料 / One document to hand in to the city' })
export class CityFilingDocument {
  @Field({ description: '材料名称（中文）/ The document, in Chinese' })
  zh!: string;

  @Field({ description: '材料名称（英文）/ The document, in English' })
  en!: string;
}

/**
 * The city-level procedure a policy's pre-check (预审) prepares for: who recommends after the town's
 * pre-check passes (if anyone), and what the talent then files with the city and where. Data, so
 * the town office changes it (when the city moves a counter or renames its system) without a
 * developer; one row per policy whose form is a pre-check.
 */
@ObjectType({ description: '市级事项申报指引：预审通过后向哪里、提交什么 / The city procedure: where to file after the pre-check, and what' })
@Entity({ tableName: 'city_procedures' })
export class CityProcedure {
  [OptionalProps]?: 'updatedAt' | 'recommendation' | 'url';

  @Field(() => ID, { description: '指引编号（审计记录按此查找）/ Id (its audit entries are filed under it)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => Policy, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  policy!: Ref<Policy>;

  @Field(() => Recommender, { nullable: true, description: '预审通过后由谁推荐；为空表示无需推荐 / Who recommends after a passed pre-check; null when no recommendation is needed' })
  @Enum({ items: () => Recommender, nullable: true, nativeEnumName: 'city_recommender' })
  recommendation: Recommender | null = null;

  @Field({ description: '向哪里申报：市级系统或窗口（中文）/ Where to file: the city\'s system or office, in Chinese' })
  @Property({ type: 'text' })
  whereZh!: string;

  @Field({ description: '向哪里申报（英文）/ Where to file, in English' })
  @Property({ type: 'text' })
  whereEn!: string;

  @Field({ description: '怎样申报：步骤（中文）/ How to file: the steps, in Chinese' })
  @Property({ type: 'text' })
  howZh!: string;

  @Field({ description: '怎样申报（英文）/ How to file, in English' })
  @Property({ type: 'text' })
  howEn!: string;

  @Field(() => [CityFilingDocument], { description: '向市级部门提交的材料 / The documents to hand in to the city' })
  @Property({ type: 'jsonb' })
  documents!: CityFilingDocument[];

  @Field(() => String, { nullable: true, description: '市级系统的网址 / Address of the city\'s online system' })
  @Property({ type: 'text', nullable: true })
  url: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
