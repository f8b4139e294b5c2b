import { describe, expect, it } from 'vitest';
import { FieldErrors, oneUserError, UserErrorCode, UserInputErrors } from './domain-error.js';

const full = { zh: '该时段已约满。', en: 'That slot is full.' };

describe('user errors from a message catalogue', () => {
  it('carries the catalogue text and the record id as the inline form does', () => {
    const fromCatalogue = new FieldErrors().addText('input.day', UserErrorCode.DUPLICATE, full, 'rec-1');
    const inline = new FieldErrors().add('input.day', UserErrorCode.DUPLICATE, full.zh, full.en, 'rec-1');
    expect(fromCatalogue.all).toEqual(inline.all);
    expect(fromCatalogue.all).toEqual([{ field: 'input.day', code: UserErrorCode.DUPLICATE, message: full, recordId: 'rec-1' }]);
  });

  it('reaches a subclass that filters add (as the application form does for fields already refused)', () => {
    const seen: string[] = [];
    const filtering = new (class extends FieldErrors {
      override add(...args: Parameters<FieldErrors['add']>): this {
        seen.push(args[2]);
        return this;
      }
    })();
    filtering.addText('input.day', UserErrorCode.INVALID, full);
    expect(seen).toEqual([full.zh]);
    expect(filtering.isEmpty).toBe(true);
  });

  it('builds one user error from a catalogue text', () => {
    const error = oneUserError(null, UserErrorCode.INVALID_STATE, full);
    expect(error).toBeInstanceOf(UserInputErrors);
    expect(error.errors).toEqual([{ field: null, code: UserErrorCode.INVALID_STATE, message: full }]);
    expect(oneUserError(null, UserErrorCode.INVALID_STATE, full.zh, full.en).errors).toEqual(error.errors);
  });
});
