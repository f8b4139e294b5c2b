import { registerEnumType } from 'type-graphql';

/** Where a booking stands. Every status but CANCELLED holds its place in the slot. */
export enum AppointmentStatus {
  BOOKED = 'BOOKED',
  CALLED = 'CALLED',
  SERVED = 'SERVED',
  NO_SHOW = 'NO_SHOW',
  CANCELLED = 'CANCELLED',
}

registerEnumType(AppointmentStatus, {
  name: 'AppointmentStatus',
  description: '预约状态 / Where an appointment stands',
  valuesConfig: {
    BOOKED: { description: '已预约，等待办理 / Booked, waiting' },
    CALLED: { description: '已叫号 / Called to the counter' },
    SERVED: { description: '已办理 / Served' },
    NO_SHOW: { description: '未到（爽约）/ Did not come (no-show)' },
    CANCELLED: { description: '已取消 / Cancelled' },
  },
});

/** A day of the State Council's yearly holiday notice. */
export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  WORKDAY = 'WORKDAY',
}

registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  description: '法定节假日安排中的一天 / A day of the official holiday arrangements',
  valuesConfig: {
    HOLIDAY: { description: '放假（不办理预约）/ Holiday: no appointments' },
    WORKDAY: { description: '调休上班（周末照常办公，按周一的办公时间）/ Adjusted working day: a weekend day worked as normal, with Monday\'s hours' },
  },
});
