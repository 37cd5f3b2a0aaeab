/**
 * The web UI's way to send an API key: the login page stores it in an HttpOnly, SameSite=Strict
 * cookie, which the server accepts like a Bearer header. Scripts use the header.
 */
export const KEY_COOKIE = 'criba_key';

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export function keyCookie(key: string, secure: boolean): string {
  return `${KEY_COOKIE}=${encodeURIComponent(key)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${60 * 60 * 12}${secure ? '; Secure' : ''}`;
}
