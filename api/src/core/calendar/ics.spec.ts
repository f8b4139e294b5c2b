import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { shanghaiCompact } from '../time/shanghai.js';
import { foldLine, renderCalendar, shanghaiDate, utcStamp } from './ics.js';

describe('iCalendar writer', () => {
  const event = {
    uid: 'e1@yuepu-hub',
    sequence: 2,
    summary: '理论宣讲进企业：新质生产力, 与; 创新',
    description: '第一行\n第二行 with a very long text '.repeat(6),
    location: '上海月浦智能装备科技有限公司（示例）报告厅',
    startsAt: new Date('2026-12-05T06:00:00Z'),
    endsAt: new Date('2026-12-05T08:00:00Z'),
    status: 'CONFIRMED' as const,
    url: 'http://localhost:4000/alliance/events/e1',
    updatedAt: new Date('2026-11-28T00:00:00Z'),
  };

  it('writes Shanghai wall-clock times', () => {
    expect(shanghaiCompact(new Date('2026-12-05T06:00:00Z'))).toBe('20261205T140000');
    expect(shanghaiCompact(new Date('2026-12-31T20:30:00Z'))).toBe('20270101T043000');
  });

  it('stamps instants in UTC, to the second', () => {
    expect(utcStamp(new Date('2026-11-28T00:00:00.999Z'))).toBe('20261128T000000Z');
    expect(renderCalendar({ name: 'x', events: [event] }, new Date('2026-12-05T06:07:08Z'))).toContain('DTSTAMP:20261205T060708Z');
  });

  it('folds long lines at 75 octets without splitting characters', () => {
    const folded = foldLine('DESCRIPTION:' + '月'.repeat(60));
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe('DESCRIPTION:' + '月'.repeat(60));
  });

  it('round-trips through an iCalendar parser', () => {
    const text = renderCalendar({ name: '月浦联盟活动', events: [event] });
    const vcalendar = new ICAL.Component(ICAL.parse(text));
    const vevent = vcalendar.getFirstSubcomponent('vevent')!;
    const parsed = new ICAL.Event(vevent);
    expect(parsed.summary).toBe(event.summary);
    expect(parsed.description).toBe(event.description);
    expect(parsed.location).toBe(event.location);
    ICAL.TimezoneService.register(vcalendar.getFirstSubcomponent('vtimezone')!);
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Shanghai');
    expect(parsed.startDate.toString()).toBe('2026-12-05T14:00:00');
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-12-05T06:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-12-05T08:00:00.000Z');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(2);
  });

  it('writes all-day entries (deadlines) on their Shanghai date', () => {
    // 17:30 UTC on 4 December is already 5 December in Shanghai.
    const due = new Date('2026-12-04T17:30:00Z');
    expect(shanghaiDate(due)).toBe('20261205');
    const text = renderCalendar({ name: '期限', events: [{ ...event, uid: 'due@yuepu-hub', startsAt: due, endsAt: due, allDay: true }] });
    expect(text).toContain('DTSTART;VALUE=DATE:20261205\r\nDTEND;VALUE=DATE:20261206\r\n');
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    const parsed = new ICAL.Event(vevent);
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.startDate.toString()).toBe('2026-12-05');
    expect(parsed.endDate.toString()).toBe('2026-12-06');
  });
});
