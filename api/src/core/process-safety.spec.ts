import { describe, expect, it } from 'vitest';
import { isStrayIoError } from './process-safety.js';

describe('isStrayIoError', () => {
  it('knows socket, stream and file errors', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', syscall: 'read' });
    const missing = Object.assign(new Error('no such file'), { code: 'ENOENT' });
    const premature = Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
    expect([reset, missing, premature].map(isStrayIoError)).toEqual([true, true, true]);
  });

  it('treats programming errors as bugs, not I/O', () => {
    const invalidUrl = Object.assign(new TypeError('Invalid URL'), { code: 'ERR_INVALID_URL' });
    expect([new TypeError('x is undefined'), invalidUrl, 'a string', null].map(isStrayIoError)).toEqual([false, false, false, false]);
  });
});
