import { Field, Float, InputType, Int } from 'type-graphql';
import { UnitLayout, UnitStatus } from './apartment.enums.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

@InputType({ description: '新增运营方 / A new apartment operator' })
export class CreateApartmentOperatorInput {
  @Field({ description: '名称（中文）/ Name in Chinese' })
  nameZh!: string;

  @Field({ description: '名称（英文）/ Name in English' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: '收款户名 / Payee account name' })
  payeeAccountName?: string | null;

  @Field(() => String, { nullable: true, description: '开户行 / Payee bank' })
  payeeBank?: string | null;

  @Field(() => String, { nullable: true, description: '收款账号（8–32 位数字）/ Payee account number (8–32 digits)' })
  payeeAccountNumber?: string | null;
}

@InputType({ description: '新增公寓项目 / A new apartment project' })
export class CreateApartmentProjectInput {
  @Field(() => UUIDScalar, { description: '运营方 / Operator' })
  operatorId!: string;

  @Field({ description: '名称（中文）/ Name in Chinese' })
  nameZh!: string;

  @Field({ description: '名称（英文）/ Name in English' })
  nameEn!: string;

  @Field({ description: '地址（中文）/ Address in Chinese' })
  addressZh!: string;

  @Field(() => String, { nullable: true, description: '地址（英文）/ Address in English' })
  addressEn?: string | null;

  @Field(() => Float, { nullable: true, description: '到月浦联盟企业的大致距离（公里）/ Rough distance to Yuepu\'s alliance enterprises, km' })
  distanceKm?: number | null;

  @Field(() => Float, { nullable: true, description: '纬度（WGS-84）/ Latitude (WGS-84)' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: '经度（WGS-84）/ Longitude (WGS-84)' })
  longitude?: number | null;
}

@InputType({ description: '新增一套房源 / A new unit' })
export class CreateApartmentUnitInput {
  @Field(() => UUIDScalar, { description: '公寓项目 / Project' })
  projectId!: string;

  @Field({ description: '房号，如 3-502 / Unit number, e.g. 3-502' })
  code!: string;

  @Field(() => UnitLayout, { description: '户型 / Layout' })
  layout!: UnitLayout;

  @Field(() => Float, { description: '面积（平方米）/ Area in square metres' })
  areaSqm!: number;

  @Field(() => Int, { description: '月租金（元）/ Monthly rent in yuan' })
  monthlyRentYuan!: number;

  @Field(() => UnitStatus, { nullable: true, description: 'AVAILABLE（默认）或 MAINTENANCE / AVAILABLE (default) or MAINTENANCE' })
  status?: UnitStatus | null;
}

@InputType({ description: '修改房源的租金或面积（新租金只用于以后的租约）/ Change a unit\'s rent or area (new rent applies to later leases)' })
export class UpdateApartmentUnitInput {
  @Field(() => UUIDScalar, { description: '房源编号 / Unit id' })
  id!: string;

  @Field(() => Int, { nullable: true, description: '月租金（元）/ Monthly rent in yuan' })
  monthlyRentYuan?: number | null;

  @Field(() => Float, { nullable: true, description: '面积（平方米）/ Area in square metres' })
  areaSqm?: number | null;
}

@InputType({ description: '设置房源为空置或维修中 / Set a unit available or under maintenance' })
export class SetApartmentUnitStatusInput {
  @Field(() => UUIDScalar, { description: '房源编号 / Unit id' })
  id!: string;

  @Field(() => UnitStatus, { description: 'AVAILABLE 或 MAINTENANCE / AVAILABLE or MAINTENANCE' })
  status!: UnitStatus;
}

@InputType({ description: 'CSV 批量导入房源：有任何一行出错则全部不导入 / Import units from CSV: if any row is bad, nothing is imported' })
export class ImportApartmentUnitsInput {
  @Field(() => UUIDScalar, { description: '导入到哪个项目 / Project to import into' })
  projectId!: string;

  @Field({ description: 'CSV 文本（UTF-8），表头：code,layout,areaSqm,monthlyRentYuan[,status]（也可用中文：房号,户型,面积,月租金,状态）/ CSV text (UTF-8) with header code,layout,areaSqm,monthlyRentYuan[,status] (or 房号,户型,面积,月租金,状态)' })
  csv!: string;

  @Field({ defaultValue: false, description: '只检查不导入 / Check only; import nothing' })
  dryRun!: boolean;
}

@InputType({ description: '手动配租：把一套空置房源配给某位轮候人，须写明理由 / An offer made by hand: a free unit to someone waiting, with the reason' })
export class OfferApartmentByHandInput {
  @Field(() => UUIDScalar, { description: '轮候登记编号（须在轮候中）/ The waitlist entry (must be waiting)' })
  entryId!: string;

  @Field(() => UUIDScalar, { description: '房源编号（须空置可配，户型与轮候一致）/ The unit (available, of the layout waited for)' })
  unitId!: string;

  @Field({ description: '理由（必填，最多 500 字），记入审计日志 / Why (required, at most 500 characters); kept in the audit log' })
  reason!: string;
}

@InputType({ description: '答复配租通知 / Answer an offer' })
export class ApartmentOfferAnswerInput {
  @Field(() => UUIDScalar, { description: '配租通知编号 / Offer id' })
  offerId!: string;

  @Field(() => String, { nullable: true, description: '谢绝理由（选填）/ Why you decline (optional)' })
  reason?: string | null;
}

@InputType({ description: '登记退租 / Record a move-out' })
export class RecordApartmentMoveOutInput {
  @Field(() => UUIDScalar, { description: '租约编号 / Lease id' })
  leaseId!: string;

  @Field({ description: '最后租住的月份 YYYY-MM（租约至该月最后一天）/ Last month lived in, YYYY-MM (the lease ends on its last day)' })
  lastMonth!: string;

  @Field({ defaultValue: false, description: '退租后转入维修，暂不配租 / Put the unit into maintenance instead of offering it on' })
  toMaintenance!: boolean;
}

@InputType({ description: '生成半年结算批次 / Compute a half-year settlement batch' })
export class CreateSettlementBatchInput {
  @Field(() => UUIDScalar, { description: '运营方 / Operator' })
  operatorId!: string;

  @Field({ description: '结算期，如 2027-H1 / Half-year, e.g. 2027-H1' })
  period!: string;
}

@InputType({ description: '审核、付款或删除结算批次 / Approve, pay or delete a settlement batch' })
export class SettlementBatchStepInput {
  @Field(() => UUIDScalar, { description: '批次编号 / Batch id' })
  id!: string;

  @Field(() => Int, { nullable: true, description: '读取时的版本号 / Version read, to detect a concurrent change' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: '付款时：银行流水号 / When paying: the bank\'s transfer number' })
  paymentReference?: string | null;
}
