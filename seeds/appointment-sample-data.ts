import type { EntityManager } from '@mikro-orm/postgresql';
import { APPOINTMENT, ORG, POLICY } from './ids.js';

type Day = [day: string, kind: 'HOLIDAY' | 'WORKDAY', zh: string, en: string];

const range = (from: string, to: string, zh: string, en: string): Day[] => {
  const days: Day[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) days.push([d.toISOString().slice(0, 10), 'HOLIDAY', zh, en]);
  return days;
};
const work = (day: string, zh: string, en: string): Day => [day, 'WORKDAY', `${zh}调休上班`, `${en} (adjusted working day)`];

/**
 * 2026, as the General Office of the State Council's notice on the 2026 holiday arrangements
 * gives it (published November 2025). Administrators reload a year with loadAppointmentCalendar.
 */
export const HOLIDAYS_2026: Day[] = [
  ...range('2026-01-01', '2026-01-03', '元旦', 'New Year\'s Day'), work('2026-01-04', '元旦', 'New Year'),
  work('2026-02-14', '春节', 'Spring Festival'), ...range('2026-02-15', '2026-02-23', '春节', 'Spring Festival'), work('2026-02-28', '春节', 'Spring Festival'),
  ...range('2026-04-04', '2026-04-06', '清明节', 'Qingming Festival'),
  ...range('2026-05-01', '2026-05-05', '劳动节', 'Labour Day'), work('2026-05-09', '劳动节', 'Labour Day'),
  ...range('2026-06-19', '2026-06-21', '端午节', 'Dragon Boat Festival'),
  ...range('2026-09-25', '2026-09-27', '中秋节', 'Mid-Autumn Festival'),
  work('2026-09-20', '国庆节', 'National Day'), ...range('2026-10-01', '2026-10-07', '国庆节', 'National Day'), work('2026-10-10', '国庆节', 'National Day'),
];

/**
 * 2027: SAMPLE. Estimated from the lunar dates and the usual pattern, not from the notice (not
 * known when this was written); marked is_sample until an administrator loads the real one.
 */
export const HOLIDAYS_2027_SAMPLE: Day[] = [
  ...range('2027-01-01', '2027-01-03', '元旦', 'New Year\'s Day'),
  ...range('2027-02-05', '2027-02-13', '春节', 'Spring Festival'), work('2027-02-20', '春节', 'Spring Festival'),
  ...range('2027-04-03', '2027-04-05', '清明节', 'Qingming Festival'),
  work('2027-04-25', '劳动节', 'Labour Day'), ...range('2027-05-01', '2027-05-05', '劳动节', 'Labour Day'),
  ...range('2027-06-09', '2027-06-09', '端午节', 'Dragon Boat Festival'),
  ...range('2027-09-15', '2027-09-15', '中秋节', 'Mid-Autumn Festival'),
  work('2027-09-26', '国庆节', 'National Day'), ...range('2027-10-01', '2027-10-07', '国庆节', 'National Day'), work('2027-10-09', '国庆节', 'National Day'),
];

/** Reference data: every installation needs the holiday calendar for its slots. */
export async function loadHolidayCalendar(em: EntityManager): Promise<void> {
  for (const [days, sample] of [[HOLIDAYS_2026, false], [HOLIDAYS_2027_SAMPLE, true]] as const) {
    for (const [day, kind, zh, en] of days) {
      await em.execute('insert into appointment_calendar_days (day, kind, name_zh, name_en, is_sample) values (?, ?, ?, ?, ?) on conflict (day) do nothing', [day, kind, zh, en, sample]);
    }
  }
}

/**
 * Sample service points (示例): the town's talent service window and two bank branches, with
 * hours, places per slot and services linked to the policies they concern. Hours and
 * addresses are invented.
 */
export async function loadAppointmentSampleData(em: EntityManager): Promise<void> {
  const [window, bank1, bank2] = APPOINTMENT.points as unknown as [string, string, string];
  const points: [string, string, string, string, string, string, string, number][] = [
    [window, ORG.townOffice, '月浦镇人才服务窗口（示例）', 'Yuepu Town talent service window (sample)', '月浦镇社区事务受理服务中心一楼（示例地址）', 'Ground floor, Yuepu community affairs centre (sample address)', 'A', 30],
    [bank1, ORG.banks[0], '示例银行宝山支行 1 · 人才金融服务台', 'Sample bank branch 1 · talent finance desk', '宝山区月浦镇（示例地址）', 'Yuepu Town, Baoshan (sample address)', 'B', 60],
    [bank2, ORG.banks[1], '示例银行宝山支行 2 · 科技金融服务台', 'Sample bank branch 2 · tech finance desk', '宝山区月浦镇（示例地址）', 'Yuepu Town, Baoshan (sample address)', 'C', 60],
  ];
  for (const [id, org, nameZh, nameEn, addressZh, addressEn, prefix, slot] of points) {
    await em.execute(
      `insert into appointment_service_points (id, organisation_id, name_zh, name_en, address_zh, address_en, queue_prefix, slot_minutes, is_sample) values (?, ?, ?, ?, ?, ?, ?, ?, true)`,
      [id, org, nameZh, nameEn, addressZh, addressEn, prefix, slot],
    );
  }
  const hours: [string, number[], string, string, number][] = [
    // The window: weekdays 9:00–11:30 and 13:30–17:00, three places per half hour.
    [window, [1, 2, 3, 4, 5], '09:00', '11:30', 3],
    [window, [1, 2, 3, 4, 5], '13:30', '17:00', 3],
    // Banks: one adviser per hour on weekdays, and Saturday mornings.
    [bank1, [1, 2, 3, 4, 5], '09:00', '12:00', 1],
    [bank1, [1, 2, 3, 4, 5], '13:00', '16:00', 1],
    [bank1, [6], '09:00', '12:00', 1],
    [bank2, [1, 2, 3, 4, 5], '09:30', '11:30', 1],
    [bank2, [1, 2, 3, 4, 5], '14:00', '16:00', 1],
  ];
  for (const [point, weekdays, opens, closes, capacity] of hours) {
    for (const weekday of weekdays) {
      await em.execute('insert into appointment_opening_hours (id, point_id, weekday, opens_at, closes_at, capacity) values (gen_random_uuid(), ?, ?, ?, ?, ?)', [point, weekday, opens, closes, capacity]);
    }
  }
  const services: [string, string, string, string, string, string, number, string[], string[], string[], number][] = [
    [APPOINTMENT.services[0], window, '人才政策咨询与申请材料递交', 'Talent policy advice and handing in documents',
      '人才安居资助、骨干人才激励、人才公寓等事项的咨询，以及递交纸质材料、核验原件。', 'Advice on the housing subsidy, key-talent incentive, talent apartments and more; hand in paper documents and have originals checked.',
      20, ['本人身份证原件', '劳动合同', '学历学位证书原件', '已在线提交的申请编号（如有）'], ['Your resident ID card', 'Your employment contract', 'Original degree certificates', 'The reference of an application made online (if any)'],
      [POLICY.housingSubsidy, POLICY.keyTalentIncentive, POLICY.talentApartment, POLICY.talentIntroduction], 120],
    [APPOINTMENT.services[1], window, '居住证积分与人才落户材料预审', 'Pre-check of residence-points and hukou documents',
      '申请前由窗口预审材料是否齐全，减少往返。', 'The window checks that your documents are complete before you apply, to save trips.',
      30, ['本人身份证原件', '居住证', '社保缴纳记录', '学历学位证书原件'], ['Your resident ID card', 'Your residence permit', 'Social-insurance record', 'Original degree certificates'],
      [POLICY.residencePoints, POLICY.hukouTransfer, POLICY.graduateSettlement], 120],
    [APPOINTMENT.services[2], bank1, '人才安居贷款咨询（示例）', 'Talent housing-loan consultation (sample)',
      '合作银行介绍面向人才的安居贷款和还款安排。', 'The partner bank explains housing loans for talent and how repayment works.',
      45, ['本人身份证原件', '收入证明'], ['Your resident ID card', 'Proof of income'],
      [POLICY.bankPartnership, POLICY.housingSubsidy], 240],
    [APPOINTMENT.services[3], bank2, '科技企业融资咨询（示例）', 'Tech-enterprise financing consultation (sample)',
      '为科技型企业和创业人才介绍信用贷款、知识产权质押等产品。', 'Credit loans, IP-backed loans and other products for tech enterprises and founders.',
      60, ['营业执照复印件', '近一年财务报表'], ['Copy of the business licence', 'Last year\'s financial statements'],
      [POLICY.bankPartnership], 240],
  ];
  for (const [id, point, nameZh, nameEn, descZh, descEn, minutes, docsZh, docsEn, policies, cutoff] of services) {
    await em.execute(
      `insert into appointment_services (id, point_id, name_zh, name_en, description_zh, description_en, duration_minutes, documents_zh, documents_en, policy_ids, cancel_cutoff_minutes, is_sample)
       values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::uuid[], ?, true)`,
      [id, point, nameZh, nameEn, descZh, descEn, minutes, `{${docsZh.map((d) => `"${d}"`).join(',')}}`, `{${docsEn.map((d) => `"${d.replace(/"/g, '\\"')}"`).join(',')}}`, `{${policies.join(',')}}`, cutoff],
    );
  }
}
