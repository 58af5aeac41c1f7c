/**
 * Who may talk to the browser host: only a page of this host's own origin that holds this launch's
 * token. Checks, in order: the Host header (DNS rebinding), Origin and Sec-Fetch-Site (other
 * sites, including other ports of 127.0.0.1, which browsers count as the same site), and the token.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-copydesk-token';

export function cookieName(port: number): string {
  // Cookies ignore ports, so each launch's cookie carries its port in its name.
  return `copydesk_${port}`;
}

export function sameToken(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export type GuardVerdict = { ok: true } | { ok: false; status: number; reason: string };

/** Host, Origin and Sec-Fetch-Site: the request must come from this host's own pages. */
export function checkOrigin(req: IncomingMessage, port: number): GuardVerdict {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = req.headers.host;
  if (!host || !allowedHosts.includes(host.toLowerCase())) {
    return { ok: false, status: 403, reason: 'This address is not the one Copydesk is serving on.' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host.toLowerCase()}`) {
    return { ok: false, status: 403, reason: 'Requests from other web pages are refused.' };
  }
  const fetchSite = req.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return { ok: false, status: 403, reason: 'Requests from other web pages are refused.' };
  }
  return { ok: true };
}
