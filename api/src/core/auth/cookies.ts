import type { IncomingHttpHeaders } from 'node:http';
import type { Response } from 'express';

export const SESSION_COOKIE = 'yp_session';

export function readCookie(headers: IncomingHttpHeaders, name: string): string | null {
  const header = headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The session cookie: httpOnly so scripts cannot read it, SameSite=Lax against cross-site posts. */
export class SessionCookie {
  constructor(
    private readonly res: Response,
    private readonly secure: boolean,
  ) {}

  set(token: string, expiresAt: Date): void {
    this.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.secure,
      path: '/',
      expires: expiresAt,
    });
  }

  clear(): void {
    this.res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/' });
  }
}
