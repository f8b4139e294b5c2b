import { describe, expect, it } from 'vitest';
import { isUuid, parseUuid } from './ids.js';
import { textKindForName, textProblem, TextKind, TEXT_RULES } from './text-limits.js';

describe('ids', () => {
  it('accepts only the canonical UUID form, in either case, and gives it in lower case', () => {
    expect(parseUuid('00000000-0000-4000-8000-00000000000A')).toBe('00000000-0000-4000-8000-00000000000a');
    for (const bad of ['------------------------------------', '00000000000040008000000000000001', '{00000000-0000-4000-8000-000000000001}', '00000000-0000-4000-8000-00000000000g', ' 00000000-0000-4000-8000-000000000001', 42, null]) {
      expect(isUuid(bad), String(bad)).toBe(false);
    }
  });
});

describe('text limits', () => {
  const code = (text: string, kind: TextKind) => textProblem(text, kind)?.code ?? null;

  it('refuses NUL and lone surrogates in every kind, passwords included', () => {
    for (const kind of Object.values(TextKind)) {
      expect(code('a\u0000b', kind), kind).toBe('INVALID');
      expect(code('a\uD800b', kind), kind).toBe('INVALID');
      expect(code('a\uDC00', kind), kind).toBe('INVALID');
      expect(code('ok 🏠', kind), kind).toBeNull();
    }
  });

  it('counts characters, not UTF-16 units, and refuses one over the limit instead of cutting', () => {
    expect(code('🏠'.repeat(TEXT_RULES.NAME.max), TextKind.NAME)).toBeNull();
    expect(code('张'.repeat(TEXT_RULES.NAME.max + 1), TextKind.NAME)).toBe('TOO_LONG');
    expect(code(`${'a'.repeat(242)}@example.com`, TextKind.EMAIL)).toBeNull();
    expect(code(`${'a'.repeat(243)}@example.com`, TextKind.EMAIL)).toBe('TOO_LONG');
    expect(textProblem('x'.repeat(100_000), TextKind.SEARCH)?.message.en).toBe('At most 200 characters (this has 100000).');
  });

  it('keeps line breaks to free text and text-direction controls out of names, identifiers and titles', () => {
    expect(code('第一行\n第二行\ttab', TextKind.TEXT)).toBeNull();
    expect(code('第一行\n第二行', TextKind.TITLE)).toBe('INVALID');
    expect(code('bell\u0007', TextKind.TEXT)).toBe('INVALID');
    expect(code('引用 \u202Bשלום\u202C', TextKind.TEXT)).toBeNull();
    for (const kind of [TextKind.NAME, TextKind.IDENTIFIER, TextKind.TITLE, TextKind.EMAIL]) expect(code('gpj\u202E.exe', kind), kind).toBe('INVALID');
  });

  it('gives a field its kind from its name unless it declares one', () => {
    expect(['email', 'contactEmail', 'search', 'legalName', 'nameZh', 'titleEn', 'reason', 'descriptionZh', 'csv', 'password', 'paymentReference', 'after'].map(textKindForName))
      .toEqual(['EMAIL', 'EMAIL', 'SEARCH', 'NAME', 'NAME', 'TITLE', 'TEXT', 'TEXT', 'DOCUMENT', 'PASSWORD', 'IDENTIFIER', 'IDENTIFIER']);
  });
});
