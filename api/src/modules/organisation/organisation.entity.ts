import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum OrganisationKind {
  TOWN_OFFICE = 'TOWN_OFFICE',
  ENTERPRISE = 'ENTERPRISE',
  BANK_BRANCH = 'BANK_BRANCH',
  UNIVERSITY = 'UNIVERSITY',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: '机构类型 / Kind of organisation',
  valuesConfig: {
    TOWN_OFFICE: { description: '月浦镇政府（人才办）/ Yuepu Town government (talent office)' },
    ENTERPRISE: { description: '企业 / Enterprise' },
    BANK_BRANCH: { description: '银行支行 / Bank branch' },
    UNIVERSITY: { description: '高校 / University' },
  },
});

@ObjectType({ description: '机构：镇政府、企业、银行支行或高校 / An organisation: the town office, an enterprise, a bank branch or a university' })
@Entity({ tableName: 'organisations' })
export class Organisation {
  [OptionalProps]?: 'allianceMember' | 'sampleData' | 'createdAt';

  @Field(() => ID, { description: '机构编号 / Organisation id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => OrganisationKind, { description: '机构类型 / Kind of organisation' })
  @Enum({ items: () => OrganisationKind, nativeEnumName: 'organisation_kind' })
  @Index()
  kind!: OrganisationKind;

  @Field({ description: '中文名称 / Name in Chinese' })
  @Property()
  nameZh!: string;

  @Field({ description: '英文名称 / Name in English' })
  @Property()
  nameEn!: string;

  @Field({ description: '是否为镇科创党建联盟成员（仅企业）/ Member of the town science-and-tech alliance (enterprises only)' })
  @Property({ default: false })
  allianceMember: boolean = false;

  @Field({ description: '是否为示例数据（种子数据中的企业名称为虚构）/ Sample data: the seed invents these names' })
  @Property({ default: false })
  sampleData: boolean = false;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
