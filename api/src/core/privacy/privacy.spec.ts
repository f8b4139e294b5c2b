import { describe, expect, it } from 'vitest';
import { isValidPhone, maskBankAccount, maskPhone, maskResidentId, scrubSensitiveText } from './masking.js';
import { residentIdCheckChar, residentIdProblem } from './resident-id.js';

describe('resident ID numbers (GB 11643)', () => {
  // The standard's own worked example: 11010519491231002X.
  it('computes the check character of the standard\'s example', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdProblem('11010519491231002X')).toBeNull();
    expect(residentIdProblem('11010519491231002x')).toBeNull();
  });

  it('names what is wrong', () => {
    expect(residentIdProblem('110105194912310021')).toBe('CHECK_DIGIT');
    expect(residentIdProblem('1101051949123100')).toBe('FORMAT');
    expect(residentIdProblem('11010519491231002Y')).toBe('FORMAT');
    const feb30 = '31011319990230123';
    expect(residentIdProblem(feb30 + residentIdCheckChar(feb30))).toBe('BIRTH_DATE');
    const future = '31011330000101123';
    expect(residentIdProblem(future + residentIdCheckChar(future))).toBe('BIRTH_DATE');
  });
});

describe('masks', () => {
  it('keeps the first three and last four of an ID number', () => {
    expect(maskResidentId('31011319960512101X')).toBe('310***********101X');
  });

  it('masks phones and bank accounts', () => {
    expect(maskPhone('13800138001')).toBe('138****8001');
    expect(maskBankAccount('6222021001123456789')).toBe('***************6789');
  });

  it('scrubs ID numbers, phones and account numbers out of free text but leaves other numbers', () => {
    const text = '身份证31011319960512101X，电话 13800138001，卡号6222021001123456789，金额 1000 元，Migration20261128035957';
    expect(scrubSensitiveText(text)).toBe('身份证310***********101X，电话 138****8001，卡号***************6789，金额 1000 元，Migration20261128035957');
  });

  it('leaves ids whole: UUIDs whose last group is all digits, request ids, timestamps and application references', () => {
    // The sample data's ids end in twelve digits, as about one random UUID in 280 does: masked as
    // an account, a log line could not be traced to its record or request.
    const ids = [
      '00000000-0000-4000-8000-000000001006',
      '9f1c2e4a-1b2c-4d5e-8f90-123456789012',
      '9F1C2E4A-1B2C-4D5E-8F90-138001380012',
      'request 3b0e6f1a-2c4d-4e5f-9a0b-310113199605 failed',
      'at 2026-12-05T14:06:51.123+08:00, YP-2026-000123',
    ];
    for (const text of ids) expect(scrubSensitiveText(text)).toBe(text);
  });

  it('still masks a number beside or around a UUID', () => {
    const id = '00000000-0000-4000-8000-000000001006';
    expect(scrubSensitiveText(`user ${id} phone 13800138001`)).toBe(`user ${id} phone 138****8001`);
    expect(scrubSensitiveText(`${id}:31011319960512101X`)).toBe(`${id}:310***********101X`);
    expect(scrubSensitiveText(`card 6222021001123456789/${id}`)).toBe(`card ***************6789/${id}`);
    // Not a UUID (a group too long): its digits are masked as before.
    expect(scrubSensitiveText('00000000-0000-4000-8000-6222021001123456789')).toBe('00000000-0000-4000-8000-***************6789');
  });

  it('accepts mainland mobile numbers with or without +86', () => {
    expect(isValidPhone('+86 138-0013-8001')).toBe(true);
    expect(isValidPhone('12800138001')).toBe(false);
    expect(isValidPhone('1380013800')).toBe(false);
  });
});

describe('logging', () => {
  it('withholds the statement and values of a database error', async () => {
    const { Writable } = await import('node:stream');
    const { UniqueConstraintViolationException } = await import('@mikro-orm/core');
    const { createLogger } = await import('../logging/logger.js');
    let written = '';
    const sink = new Writable({ write(chunk, _enc, done) { written += chunk.toString(); done(); } });
    const cause = Object.assign(new Error('insert into "talent_policy_facts" ("facts")\n values (\'{"seriousCriminalRecord":true}\') - duplicate key'), {
      code: '23505', detail: 'Key (user_id)=(abc) already exists.', constraint: 'talent_policy_facts_user_id_unique',
    });
    createLogger('info', sink).error({ err: new UniqueConstraintViolationException(cause) }, 'unexpected error in resolver');
    expect(written).not.toContain('seriousCriminalRecord');
    expect(written).not.toContain('already exists');
    expect(written).toContain('talent_policy_facts_user_id_unique');
    expect(written).toContain('statement and values withheld');
  });

  it('keeps the ids in a log line whole, and masks a phone in it', async () => {
    const { Writable } = await import('node:stream');
    const { createLogger } = await import('../logging/logger.js');
    let written = '';
    const sink = new Writable({ write(chunk, _enc, done) { written += chunk.toString(); done(); } });
    const userId = '00000000-0000-4000-8000-000000001006';
    const requestId = '5d6e7f80-9a1b-4c2d-8e3f-202612051406';
    createLogger('info', sink).warn({ requestId, userId }, `sign-in refused for ${userId} from 13800138001`);
    const line = JSON.parse(written) as Record<string, unknown>;
    expect(line).toMatchObject({ requestId, userId, msg: `sign-in refused for ${userId} from 138****8001` });
  });
});
