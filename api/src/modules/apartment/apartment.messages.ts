import type { LocalisedText } from '../../core/errors/domain-error.js';

/** A project or operator, by its two names. */
interface Named {
  nameZh: string;
  nameEn: string;
}

/**
 * What the talent-apartment module says to people (inventory, the waitlist and its offers, leases,
 * subsidy settlement, unit imports), in both languages, in one place: services name a message
 * instead of writing it inline. Layout and status names stay with their enums (apartment.enums.ts),
 * and one-string bilingual texts (settlement CSV headings, the allocation note) where they are written.
 */
export const APARTMENT_MESSAGES = {
  // Records, for "not found".
  offer: { zh: '配租通知', en: 'offer' },
  lease: { zh: '租约', en: 'lease' },
  project: { zh: '公寓项目', en: 'apartment project' },
  settlementBatch: { zh: '结算批次', en: 'settlement batch' },
  waitlistEntry: { zh: '轮候登记', en: 'waitlist entry' },
  unit: { zh: '房源', en: 'unit' },
  chineseName: { zh: '中文名称', en: 'Chinese name' },
  englishName: { zh: '英文名称', en: 'English name' },
  address: { zh: '地址', en: 'address' },
  payeeAccountDigits: { zh: '收款账号应为 8–32 位数字。', en: 'The payee account number has 8–32 digits.' },
  operatorNameTaken: { zh: '已有同名运营方。', en: 'An operator with this name exists.' },
  operatorMissing: { zh: '运营方不存在。', en: 'That operator does not exist.' },
  distanceOutOfRange: { zh: '距离应为 0 到 100 公里。', en: 'The distance must be from 0 to 100 km.' },
  latitudeWithoutLongitude: { zh: '经纬度须同时填写。', en: 'Give both latitude and longitude, or neither.' },
  latitudeOutsideShanghai: { zh: '纬度应在上海范围内（30–32）。', en: 'The latitude must be within Shanghai (30–32).' },
  longitudeOutsideShanghai: { zh: '经度应在上海范围内（120–123）。', en: 'The longitude must be within Shanghai (120–123).' },
  projectNameTaken: { zh: '已有同名项目。', en: 'A project with this name exists.' },
  projectMissing: { zh: '公寓项目不存在。', en: 'That project does not exist.' },
  rentOutOfRange: { zh: '月租金应为 100 到 100000 之间的整数（元）。', en: 'Rent must be whole yuan from 100 to 100,000.' },
  areaOutOfRange: { zh: '面积应为 10 到 300 平方米。', en: 'The area must be from 10 to 300 m².' },
  csvTooLarge: { zh: 'CSV 文件最大 500 KB。', en: 'The CSV can be at most 500 KB.' },
  offerAlreadyAccepted: { zh: '您已接受这份配租通知，租约已生成，请勿重复操作。', en: 'You have already accepted this offer; the lease exists.' },
  offerAlreadyDeclined: { zh: '您已谢绝这份配租通知，房源已转给下一位。', en: 'You declined this offer; the unit went to the next in line.' },
  offerWithdrawn: { zh: '这份配租通知已撤回（如房源转入维修）。您仍在轮候中。', en: 'This offer was withdrawn (e.g. the unit needs repairs). You are still on the waitlist.' },
  unitChanged: { zh: '房源状态已变化，请刷新。', en: 'The unit has changed; refresh the page.' },
  alreadyRenting: { zh: '您已有在租的人才公寓，请先办理退租。', en: 'You already rent a talent apartment; move out of it first.' },
  reasonTooLong: { zh: '理由最多 500 个字。', en: 'The reason can have at most 500 characters.' },
  leaseAlreadyEnded: { zh: '该租约已退租。', en: 'This lease has already ended.' },
  monthFormat: { zh: '月份格式应为 YYYY-MM。', en: 'A month looks like 2027-03.' },
  moveOutInFuture: { zh: '请在实际退租时登记：最后租住月份不能晚于本月。', en: 'Record a move-out when it happens: the last month cannot be after this month.' },
  unitStatusByHand: { zh: '只能设为空置（AVAILABLE）或维修中（MAINTENANCE）；配租和出租由系统处理。', en: 'A unit can be set AVAILABLE or MAINTENANCE; offers and leases set the rest.' },
  unitLet: { zh: '该房源已出租，请先登记退租。', en: 'The unit is let; record the move-out first.' },
  offerWithdrawnForRepairs: { zh: '该房源需要维修，配租通知已撤回。您在轮候中的名次不变。', en: 'The unit needs repairs, so the offer was withdrawn. Your place on the waitlist is unchanged.' },
  periodFormat: { zh: '结算期格式应为 YYYY-H1 或 YYYY-H2，如 2027-H1。', en: 'A period looks like 2027-H1 or 2027-H2.' },
  batchChangedMeanwhile: { zh: '该批次已被他人处理，请刷新后查看。', en: 'Someone else has acted on this batch; refresh to see where it stands.' },
  onlyDraftApproved: { zh: '只有草稿批次可以审核。', en: 'Only a draft batch can be approved.' },
  approverNotComputer: { zh: '结算批次须由生成人以外的另一位工作人员审核。', en: 'A batch is approved by someone other than the person who computed it.' },
  paymentReference: { zh: '请填写银行流水号（4–64 位字母、数字或连字符）。', en: 'Enter the bank\'s transfer number (4–64 letters, digits or hyphens).' },
  onlyApprovedPaid: { zh: '只有已审核的批次可以登记付款。', en: 'Only an approved batch can be marked paid.' },
  onlyDraftDeleted: { zh: '只有草稿批次可以删除。', en: 'Only a draft batch can be deleted.' },
  alreadyOffered: { zh: '此人已有一份待答复的配租通知（可能刚由其他工作人员发出），请刷新名单。', en: 'This person already holds an offer to answer (perhaps just made by a colleague); refresh the list.' },
  alreadyHoused: { zh: '此人已签约入住，不在轮候中。', en: 'This person is housed under a lease and no longer waiting.' },
  leftWaitlist: { zh: '此人已退出轮候。', en: 'This person has left the waitlist.' },
  manualOfferReasonMissing: { zh: '请写明为什么手动配租（例如：情况紧急、经领导批准）。', en: 'Say why you make this offer by hand (for example: urgent housing need, approved by the director).' },
  noSuchUnit: { zh: '找不到这套房源。', en: 'There is no such unit.' },
  unitNoLongerFree: { zh: '这套房源现在不是空置可配（可能刚配给了别人），请刷新后另选。', en: 'This unit is no longer free (perhaps just offered to someone else); refresh and choose another.' },
  personAlreadyRents: { zh: '此人已租住一套人才公寓，须先退租才能另配。', en: 'This person already rents a talent apartment; they must move out before another offer.' },
  offerLapsedBody: { zh: '您未在期限内答复，房源已转给下一位轮候人。您仍在轮候名单中（排到队尾）。', en: 'You did not answer in time, so the unit went to the next in line. You are still on the waitlist, at the back.' },
  layoutMissing: { zh: '请选择希望的户型。', en: 'Choose the layout you want.' },
  moveInMissing: { zh: '请填写希望入住的月份。', en: 'Enter the month you want to move in.' },
  moveInFormat: { zh: '入住月份格式应为 YYYY-MM，如 2027-03。', en: 'The move-in month looks like 2027-03.' },
  moveInPassed: { zh: '入住月份已过，请改为本月或以后。', en: 'That month has passed; choose this month or later.' },
  subsidyCategory: { zh: '补贴类别应为 STANDARD（其他企业人才）或 OVERSEAS_EXCELLENT（优秀海外人才）。', en: 'The subsidy category is STANDARD (other enterprise talent) or OVERSEAS_EXCELLENT (excellent overseas talent).' },
  householdSize: { zh: '同住人数应为 1 到 10。', en: 'The household size must be from 1 to 10.' },
  rulesNotConfigured: { zh: '人才公寓规则（补贴比例、上限、期限）尚未配置，请管理员录入。', en: 'The talent-apartment rules (subsidy rates, caps, limits) are not configured; an administrator must enter them.' },

  // The published order of the waitlist, shown to applicants and staff alike.
  waitlistOrder: {
    zh: '每种户型单独轮候。先按申请获批的时间先后排序；谢绝配租通知或逾期未答复的，排到该户型队尾（同一套房不会再配给您）；时间相同的按受理编号。有房源空出时，配给排在最前、且希望入住月份不晚于下月的申请人；希望更晚入住的保留名次，到时再配。已租住人才公寓的，须先退租才会收到新的配租通知。',
    en: 'Each layout has its own waitlist. Applicants are ordered by when their application was approved; declining an offer or letting it lapse moves you to the back of that layout\'s list (and that unit is not offered to you again); ties go by application number. When a unit frees up it is offered to the first applicant who wants to move in by next month; those who want to move in later keep their place and are offered a unit when their month comes. Someone already living in a talent apartment is offered a new one only after moving out.',
  },

  // With values.
  offerDeadlinePassed: (deadline: string): LocalisedText => ({ zh: `答复期限（${deadline}）已过，房源已转给下一位。`, en: `The deadline (${deadline}) has passed; the unit goes to the next in line.` }),
  lastMonthBeforeStart: (month: string): LocalisedText => ({ zh: `最后租住月份不能早于 ${month}（起租前退租）。`, en: `The last month cannot be before ${month} (given up before the start).` }),
  lastMonthAfterEnd: (month: string): LocalisedText => ({ zh: `最后租住月份不能晚于合同到期月 ${month}。`, en: `The last month cannot be after the lease's end, ${month}.` }),
  monthAlreadySettled: (month: string): LocalisedText => ({ zh: `${month} 的补贴已进入结算批次，最后租住月份不能早于该月。`, en: `The subsidy for ${month} is already in a settlement batch; the last month cannot be earlier.` }),
  unitCodeTaken: (code: string): LocalisedText => ({ zh: `房号 ${code} 在该项目中已存在。`, en: `Unit ${code} already exists in this project.` }),
  periodNotEnded: (period: string, lastDay: string): LocalisedText => ({ zh: `先租后补：${period} 结束后（${lastDay} 之后）才能结算。`, en: `Rent first, subsidy after: ${period} can be settled once it has ended (after ${lastDay}).` }),
  batchExists: (operator: Named, period: string): LocalisedText => ({ zh: `${operator.nameZh} 的 ${period} 结算批次已存在。`, en: `${operator.nameEn} already has a batch for ${period}.` }),
  nothingToSettle: (operator: Named, period: string): LocalisedText => ({ zh: `${operator.nameZh} 在 ${period} 没有需要补贴的租住月份。`, en: `${operator.nameEn} has no subsidised tenant-months in ${period}.` }),
  manualOfferReasonTooLong: (max: number): LocalisedText => ({ zh: `理由最多 ${max} 个字，请精简。`, en: `Keep the reason to ${max} characters at most.` }),
  wrongLayout: (want: LocalisedText, got: LocalisedText): LocalisedText => ({ zh: `此人轮候的是${want.zh}，这套是${got.zh}。请选一套${want.zh}。`, en: `This person waits for a ${want.en} unit and this one is a ${got.en}; choose a ${want.en} unit.` }),
  layoutOneOf: (layouts: LocalisedText[]): LocalisedText => ({ zh: `户型应为：${layouts.map((n) => n.zh).join('、')}。`, en: `The layout must be one of: ${layouts.map((n) => n.en).join(', ')}.` }),
  moveInTooLate: (latest: string): LocalisedText => ({ zh: `入住月份最晚为 ${latest}。`, en: `The move-in month can be at most ${latest}.` }),

  // Unit imports (CSV).
  unitImportHeader: (missing: string[]): LocalisedText => ({
    zh: `第一行须为表头，至少包含：房号(code)、户型(layout)、面积(areaSqm)、月租金(monthlyRentYuan)；缺少：${missing.join('、') || '表头'}。`,
    en: `The first line must be a header with at least code, layout, areaSqm, monthlyRentYuan; missing: ${missing.join(', ') || 'the header'}.`,
  }),
  noUnitRows: { zh: '文件中没有房源行。', en: 'The file has no unit rows.' },
  tooManyUnitRows: (max: number): LocalisedText => ({ zh: `一次最多导入 ${max} 套。`, en: `At most ${max} units at a time.` }),
  unitCodeEmpty: { zh: '房号为空。', en: 'The unit number is empty.' },
  unitCodeFormat: { zh: '房号最多 20 个字，只能含字母、数字和连字符。', en: 'A unit number has at most 20 letters, digits or hyphens.' },
  unitCodeRepeated: (code: string, line: number | undefined): LocalisedText => ({ zh: `房号 ${code} 与第 ${line} 行重复。`, en: `Unit ${code} is also on line ${line}.` }),
  layoutInvalid: (text: string): LocalisedText => ({ zh: `户型「${text}」无效，应为 STUDIO、ONE_BEDROOM、TWO_BEDROOM、THREE_BEDROOM（或开间、一室户、两室户、三室户）。`, en: `Layout "${text}" is not valid: STUDIO, ONE_BEDROOM, TWO_BEDROOM or THREE_BEDROOM.` }),
  areaInvalid: (text: string): LocalisedText => ({ zh: `面积「${text}」无效，应为 10 到 300 之间的数字（平方米，最多两位小数）。`, en: `Area "${text}" is not valid: a number of square metres from 10 to 300, at most two decimals.` }),
  rentInvalid: (text: string): LocalisedText => ({ zh: `月租金「${text}」无效，应为 100 到 100000 之间的整数（元）。`, en: `Rent "${text}" is not valid: whole yuan from 100 to 100,000.` }),
  statusInvalid: (text: string): LocalisedText => ({ zh: `状态「${text}」无效：导入的房源只能是 AVAILABLE（空置）或 MAINTENANCE（维修中）。`, en: `Status "${text}" is not valid: imported units are AVAILABLE or MAINTENANCE.` }),

  // The audit log.
  offeredByHand: (project: Named, unit: string, reference: string, note: string): LocalisedText => ({
    zh: `手动配租 ${project.nameZh} ${unit} 给 ${reference}：${note}`,
    en: `Offered ${project.nameEn} ${unit} by hand to ${reference}: ${note}`,
  }),

  // Notifications.
  leaseSignedTitle: (project: Named, unit: string): LocalisedText => ({ zh: `已签约：${project.nameZh} ${unit}`, en: `Lease signed: ${project.nameEn} ${unit}` }),
  leaseSignedBody: (firstDay: string): LocalisedText => ({ zh: `申请人已接受配租，${firstDay} 起租。`, en: `The applicant accepted; the lease starts on ${firstDay}.` }),
  moveOutTitle: (unit: string): LocalisedText => ({ zh: `已登记退租：${unit}`, en: `Move-out recorded: unit ${unit}` }),
  moveOutBody: (endDate: string | null | undefined): LocalisedText => ({ zh: `租约至 ${endDate} 结束，租金补贴计算到该月。`, en: `The lease ends on ${endDate}; the rent subsidy counts up to that month.` }),
  offerWithdrawnTitle: (unit: string): LocalisedText => ({ zh: `配租通知已撤回：${unit}`, en: `Offer withdrawn: unit ${unit}` }),
  subsidyPaidTitle: (period: string): LocalisedText => ({ zh: `租金补贴已结算：${period}`, en: `Rent subsidy settled: ${period}` }),
  subsidyPaidBody: (period: string, months: number | string, yuan: string, operator: Named): LocalisedText => ({
    zh: `您 ${period} 的 ${months} 个月租金补贴共 ${yuan} 元已支付给 ${operator.nameZh}（先租后补）。`,
    en: `Your rent subsidy for ${months} month(s) of ${period}, ${yuan} yuan in all, was paid to ${operator.nameEn} (rent first, subsidy after).`,
  }),
  joinedWaitlistTitle: (layout: LocalisedText): LocalisedText => ({ zh: `已进入人才公寓轮候：${layout.zh}`, en: `On the talent-apartment waitlist: ${layout.en} units` }),
  joinedWaitlistBody: (layout: LocalisedText, position: number): LocalisedText => ({ zh: `您在${layout.zh}轮候中排第 ${position} 位。有房源空出时会通知您。`, en: `You are number ${position} for ${layout.en} units. We will tell you when a unit frees up.` }),
  offerMadeTitle: (project: Named, unit: string): LocalisedText => ({ zh: `配租通知：${project.nameZh} ${unit}`, en: `Flat offered: ${project.nameEn} ${unit}` }),
  offerMadeBody: (project: Named, unit: { code: string; areaSqm: number | string; monthlyRentYuan: number }, layout: LocalisedText, deadline: string): LocalisedText => ({
    zh: `为您配租 ${project.nameZh} ${unit.code}（${layout.zh}，${unit.areaSqm} 平方米，月租 ${unit.monthlyRentYuan} 元）。请在 ${deadline} 前接受或谢绝，逾期视为放弃。`,
    en: `${project.nameEn} ${unit.code} is offered to you (${layout.en}, ${unit.areaSqm} m², ${unit.monthlyRentYuan} yuan a month). Accept or decline by ${deadline} (Shanghai time); after that it goes to the next in line.`,
  }),
  offerLapsedTitle: (unit: string): LocalisedText => ({ zh: `配租通知已逾期：${unit}`, en: `Offer lapsed: unit ${unit}` }),
} as const satisfies Record<string, LocalisedText | ((...args: never[]) => LocalisedText)>;
