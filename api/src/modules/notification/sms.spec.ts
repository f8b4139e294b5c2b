import { describe, expect, it } from 'vitest';
import { MAX_SMS_SEGMENTS, smsLength, smsText } from './sms.js';

describe('Chinese SMS length rules', () => {
  it('fits 70 UCS-2 characters in one message and 67 per part after that', () => {
    expect(smsLength('月'.repeat(70))).toEqual({ encoding: 'UCS2', units: 70, segments: 1 });
    expect(smsLength('月'.repeat(71)).segments).toBe(2);
    expect(smsLength('月'.repeat(134)).segments).toBe(2);
    expect(smsLength('月'.repeat(135)).segments).toBe(3);
  });

  it('counts plain Latin text as GSM 7-bit (160, then 153 per part), extended characters as two', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'GSM7', units: 160, segments: 1 });
    expect(smsLength('a'.repeat(161)).segments).toBe(2);
    expect(smsLength('a'.repeat(159) + '€').units).toBe(161);
    // One Chinese character or an emoji makes the whole message UCS-2; an emoji takes two units.
    expect(smsLength('a'.repeat(69) + '月')).toEqual({ encoding: 'UCS2', units: 70, segments: 1 });
    expect(smsLength('😀').units).toBe(2);
  });

  it('writes a notification with the signature, in one language, cut to fit with the link kept', () => {
    const content = { title: { zh: '申请已批准', en: 'Approved' }, body: { zh: '长'.repeat(400), en: 'Short body.' }, link: '/applications/1' };
    const zh = smsText(content, 'zh-CN', '月浦人才', 'https://hub.example');
    expect(zh.startsWith('【月浦人才】申请已批准：长')).toBe(true);
    expect(zh.endsWith('… https://hub.example/applications/1')).toBe(true);
    expect(smsLength(zh).segments).toBe(MAX_SMS_SEGMENTS);
    expect(smsText(content, 'en', '月浦人才', 'https://hub.example')).toBe('【月浦人才】Approved: Short body. https://hub.example/applications/1');
  });
});
