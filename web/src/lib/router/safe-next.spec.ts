import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext: where sign-in may send someone afterwards', () => {
  it('follows paths inside the app, with their query and fragment', () => {
    expect(safeNext('/applications/00000000-0000-4000-8000-000000000001')).toBe('/applications/00000000-0000-4000-8000-000000000001');
    expect(safeNext('/policies?q=人才#top')).toBe('/policies?q=%E4%BA%BA%E6%89%8D#top');
    // An encoded slash stays part of one path on this site, not a second host.
    expect(safeNext('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
    expect(safeNext('/%5Cevil.example')).toBe('/%5Cevil.example');
  });

  it('falls back for anything that leaves the app', () => {
    const hostile = [
      '//evil.example', '//evil.example/path', '///evil.example', '/\\evil.example', '/\\/evil.example', '\\\\evil.example',
      'https://evil.example', 'HTTPS://evil.example', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>', 'evil.example', '',
      // Browsers drop tabs and newlines inside a URL: these are `//evil.example` once parsed.
      '/\t/evil.example', '/\n/evil.example', '/\r\n/evil.example',
      'http:evil.example', '/%0A', // the last is harmless, checked below
    ];
    for (const target of hostile.slice(0, -1)) expect(safeNext(target), JSON.stringify(target)).toBe('/');
    expect(safeNext(null)).toBe('/');
    expect(safeNext(undefined, '/dashboard')).toBe('/dashboard');
  });

  it('never returns text that resolves to another origin, for decoded variants either', () => {
    for (const raw of ['%2F%2Fevil.example', '%2F%5Cevil.example', '%09%2F%2Fevil.example', '/%0A']) {
      const decoded = decodeURIComponent(raw);
      const result = safeNext(decoded);
      expect(new URL(result, 'https://yuepu.example').origin, raw).toBe('https://yuepu.example');
    }
  });
});
