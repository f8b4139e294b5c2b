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
});
