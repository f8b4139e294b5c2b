import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum OrganisationKind {
  TOWN_OFFICE = 'TOWN_OFFICE',
  ENTERPRISE = 'ENTERPRISE',
  BANK_BRANCH = 'BANK_BRANCH',
  UNIVERSITY = 'UNIVERSITY',
  VILLAGE = 'VILLAGE',
  RESIDENTIAL_AREA = 'RESIDENTIAL_AREA',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: '机构类型 / Kind of organisation',
  valuesConfig: {
    TOWN_OFFICE: { description: '月浦镇政府（人才办）/ Yuepu Town government (talent office)' },
    ENTERPRISE: { description: '企业 / Enterprise' },
    BANK_BRANCH: { description: '银行支行 / Bank branch' },
    UNIVERSITY: { description: '高校 / University' },
    VILLAGE: { description: '村（村委会）/ Village (village committee)' },
    RESIDENTIAL_AREA: { description: '居民区（居委会）/ Residential area (residents\' committee)' },
  },
});

@ObjectType({ description: '机构：镇政府、企业、银行支行、高校、村或居民区 / An organisation: the town office, an enterprise, a bank branch, a university, a village or a residential area' })
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

  @Field({ description: '是否为示例数据（名称为虚构；来源文件给出的真实名称为 false）/ Sample data: the name is invented (false for names the source document gives)' })
  @Property({ default: false })
  sampleData: boolean = false;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
