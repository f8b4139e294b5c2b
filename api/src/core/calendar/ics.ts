/**
 * A small iCalendar (RFC 5545) writer for event downloads and calendar feeds. Times are written
 * in Asia/Shanghai with its VTIMEZONE (no daylight saving since 1991, so one STANDARD rule), which
 * every common calendar app understands; lines end in CRLF and are folded at 75 octets.
 */
import { addDays, SHANGHAI, shanghaiCompact, shanghaiDay } from '../time/shanghai.js';

export { SHANGHAI };

export interface IcsEvent {
  uid: string;
  sequence: number;
  summary: string;
  description: string;
  location: string | null;
  startsAt: Date;
  endsAt: Date;
  status: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
  url: string | null;
  updatedAt: Date;
  /** An all-day entry on the Shanghai date of `startsAt` (deadlines); `endsAt` is then ignored. */
  allDay?: boolean;
}

export interface IcsCalendar {
  name: string;
  description?: string;
  events: IcsEvent[];
}

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Splits a content line into 75-octet pieces without cutting a UTF-8 character in two. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `20261205`: the Shanghai calendar date of an instant, `days` later, as iCalendar writes a date. */
export function shanghaiDate(date: Date, days = 0): string {
  return addDays(shanghaiDay(date), days).replaceAll('-', '');
}

/** `20261205T060000Z`: an instant in UTC, as iCalendar writes stamps (ISO 8601 basic format, whole seconds). */
export function utcStamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll('-', '').replaceAll(':', '');
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${SHANGHAI}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function renderCalendar(calendar: IcsCalendar, now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Yuepu Hub//Alliance Events//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${SHANGHAI}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    ...VTIMEZONE,
  ];
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(now)}`,
      `LAST-MODIFIED:${utcStamp(event.updatedAt)}`,
      `SEQUENCE:${event.sequence}`,
      ...(event.allDay
        ? [`DTSTART;VALUE=DATE:${shanghaiDate(event.startsAt)}`, `DTEND;VALUE=DATE:${shanghaiDate(event.startsAt, 1)}`, 'TRANSP:TRANSPARENT']
        : [`DTSTART;TZID=${SHANGHAI}:${shanghaiCompact(event.startsAt)}`, `DTEND;TZID=${SHANGHAI}:${shanghaiCompact(event.endsAt)}`]),
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      `STATUS:${event.status}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
