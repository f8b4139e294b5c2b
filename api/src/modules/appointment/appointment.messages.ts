import type { LocalisedText } from '../../core/errors/domain-error.js';
import { shanghaiDateTime, shanghaiDateTimeZh } from '../../core/time/shanghai.js';
import type { AppointmentService, ServicePoint } from './appointment.entity.js';

/** How an appointment's time reads in English messages. */
export function formatEn(d: Date): string {
  return `${shanghaiDateTime(d)} (Shanghai)`;
}

type Named = Pick<AppointmentService, 'nameZh' | 'nameEn'>;

/**
 * What the appointment module says to people, in both languages, in one place: services name a
 * message instead of writing it inline (as account.messages.ts does).
 */
export const APPOINTMENT_MESSAGES = {
  // Records, for "not found".
  service: { zh: '预约服务', en: 'appointment service' },
  appointment: { zh: '预约', en: 'appointment' },
  servicePoint: { zh: '服务网点', en: 'service point' },

  // The database refused a booking.
  slotFull: { zh: '该时段已约满，请选择其他时段。', en: 'That slot is full; please choose another.' },
  oneBookingPerServiceAndDay: { zh: '同一事项每天只能有一个有效预约。', en: 'You already have an appointment for this service on that day.' },
  queueNumbersUsedUp: { zh: '当天号源已发完。', en: 'No queue numbers are left for that day.' },

  // Dates and slots.
  invalidDate: { zh: '日期无效。', en: 'Not a valid date.' },
  rangeTooLong: (days: number): LocalisedText => ({ zh: `结束日期须在开始日期后 ${days} 天内。`, en: `The end date must be within ${days} days after the start.` }),
  invalidDateRange: { zh: '日期范围无效。', en: 'Not a valid date range.' },
  slotPassed: { zh: '该时段已过。', en: 'That slot has passed.' },
  beyondBookingHorizon: (days: number): LocalisedText => ({ zh: `最多可提前 ${days} 天预约。`, en: `You can book at most ${days} days ahead.` }),
  notAnOpenSlot: { zh: '该时间不是可预约时段（非办公时间、节假日或停办）。', en: 'That is not an open slot (outside opening hours, a holiday or a closure).' },

  // Booking.
  serviceNotFound: { zh: '未找到该预约事项。', en: 'That service was not found.' },
  applicationNotFound: { zh: '未找到该申请。', en: 'That application was not found.' },
  personNotFound: { zh: '未找到该人员。', en: 'That person was not found.' },
  chooseStaffMember: { zh: '请选择为哪位员工预约。', en: 'Choose the member of staff to book for.' },
  staffMemberNotFound: { zh: '未找到该员工。', en: 'That member of staff was not found.' },
  tooManyNoShows: (limit: number, windowDays: number): LocalisedText => ({
    zh: `近 ${windowDays} 天内爽约已达 ${limit} 次，暂不能在此网点预约；请直接到窗口办理或稍后再约。`,
    en: `You missed ${limit} appointments here in the last ${windowDays} days, so you cannot book here for now; come in without one or book later.`,
  }),
  bookedForYouTitle: (service: Named): LocalisedText => ({ zh: `单位已为您预约：${service.nameZh}`, en: `Your employer booked: ${service.nameEn}` }),
  bookedForYouBody: (point: Named, startsAt: Date, queueCode: string): LocalisedText => ({
    zh: `${point.nameZh}，${shanghaiDateTimeZh(startsAt)}，排队号 ${queueCode}。`,
    en: `${point.nameEn}, ${formatEn(startsAt)}, queue number ${queueCode}.`,
  }),

  // Changing and serving a booking.
  noLongerChangeable: { zh: '此预约已不能更改。', en: 'This appointment can no longer be changed.' },
  pastChangeCutoff: (minutes: number): LocalisedText => ({
    zh: `开始前 ${minutes} 分钟内不能改约或取消。`,
    en: `Appointments cannot be changed or cancelled within ${minutes} minutes of the start.`,
  }),
  nobodyWaiting: { zh: '今天没有等候的预约。', en: 'Nobody is waiting today.' },
  onlyOnTheDay: { zh: '只能在预约当天办理。', en: 'This can only be done on the day of the appointment.' },
  alreadyConcluded: { zh: '此预约已办结、记为未到或已取消。', en: 'This appointment is already served, marked absent or cancelled.' },

  // The holiday calendar.
  yearOutOfRange: { zh: '年份应在 2020–2100 之间。', en: 'The year must be between 2020 and 2100.' },
  tooManyCalendarDays: { zh: '一年最多 60 天。', en: 'At most 60 days a year.' },
  dayOutsideYear: (year: number): LocalisedText => ({ zh: `日期须在 ${year} 年内。`, en: `The day must be in ${year}.` }),
  dayListedTwice: { zh: '日期重复。', en: 'This day is listed twice.' },
  dayNameZhLength: { zh: '请填写 1–40 个字的名称。', en: 'Give a name of 1–40 characters.' },
  dayNameEnLength: { zh: '请填写 1–80 个字符的名称。', en: 'Give a name of 1–80 characters.' },

  // Opening hours and closures.
  weekdayOutOfRange: { zh: '星期应为 1–7。', en: 'The weekday must be 1–7.' },
  timeFormat: { zh: '时间格式为 HH:MM。', en: 'Use HH:MM.' },
  closesBeforeOpening: { zh: '结束时间须晚于开始时间。', en: 'Closing must be after opening.' },
  slotPlacesOutOfRange: { zh: '每时段人数应为 1–100。', en: 'Places per slot must be 1–100.' },
  overlappingHours: { zh: '与同一天的另一时段重叠。', en: 'Overlaps another interval on the same day.' },
  tooManyIntervals: { zh: '最多 28 个时段。', en: 'At most 28 intervals.' },
  closureInPast: { zh: '请填写今天或以后的日期。', en: 'Give today or a later date.' },
  closureReasonLength: { zh: '请填写 1–200 字的原因。', en: 'Give a reason of 1–200 characters.' },
  dayAlreadyClosed: { zh: '这一天已停办。', en: 'That day is already closed.' },

  // The day-before reminder (appointment.jobs.ts).
  reminderTitle: (service: Named): LocalisedText => ({ zh: `明天预约提醒：${service.nameZh}`, en: `Tomorrow: ${service.nameEn}` }),
  reminderBody: (
    point: Pick<ServicePoint, 'nameZh' | 'nameEn' | 'addressZh' | 'addressEn'>,
    service: Pick<AppointmentService, 'documentsZh' | 'documentsEn'>,
    startsAt: Date,
    queueCode: string,
  ): LocalisedText => {
    const bring = service.documentsZh.length ? `请携带：${service.documentsZh.join('、')}。` : '';
    const bringEn = service.documentsEn.length ? ` Please bring: ${service.documentsEn.join('; ')}.` : '';
    return {
      zh: `${shanghaiDateTimeZh(startsAt)}，${point.nameZh}（${point.addressZh}），排队号 ${queueCode}。${bring}`,
      en: `${formatEn(startsAt)}, ${point.nameEn} (${point.addressEn}), queue number ${queueCode}.${bringEn}`,
    };
  },
} as const satisfies Record<string, LocalisedText | ((...args: never[]) => LocalisedText)>;
