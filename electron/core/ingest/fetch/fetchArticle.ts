/**
 * Fetch one web page for import, as a careful browser would and no further: http(s) only, no
 * logins in the address, never this computer or the local network (checked on every connection,
 * redirects included), one time limit for the whole fetch, and a size cap enforced as bytes arrive.
 */
import { type ClientRequest, type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { AppError } from '../../../../shared/api/errors';
import { APP_VERSION } from '../../version';
import { MAX_IMPORT_BYTES } from '../decode/decodeFile';
import { isPublicAddress } from './addressPolicy';
import * as errors from './fetchErrors';
import { createGuardedLookup, forbiddenAddress } from './guardedLookup';

export interface FetchOptions {
  /** Tests only: allow loopback and private addresses. */
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  bytes: Uint8Array;
  contentType: string | null;
  finalUrl: string;
}

interface Limits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

type Hop = { kind: 'redirect'; location: string } | { kind: 'page'; bytes: Uint8Array; contentType: string | null };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const HEADERS = {
  'User-Agent': `Copydesk/${APP_VERSION} (+article import)`,
  // */* last and least: some servers answer 406 to an Accept list that lacks it.
  Accept: 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, */*;q=0.1',
  'Accept-Encoding': 'gzip, deflate, br',
};

/** Parse and vet an address: http(s), no credentials. `base` is the page that redirected here. */
function vetUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw.trim());
  } catch {
    throw errors.invalidUrl(raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw errors.unsupportedScheme(url.protocol, base?.hostname);
  if (url.username !== '' || url.password !== '') throw errors.credentialsInUrl();
  return url;
}

/** Node skips `lookup` for literal IPs, so those (and the localhost names) are checked here. */
function vetHost(url: URL, isAllowed: (address: string) => boolean): void {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host) !== 0 && !isAllowed(host)) throw forbiddenAddress(host, host);
  if ((host === 'localhost' || host.endsWith('.localhost')) && !isAllowed('127.0.0.1')) throw forbiddenAddress(host, '127.0.0.1');
}

function decoded(response: IncomingMessage): Readable | null {
  const encoding = String(response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return response;
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : null;
  return decoder ? response.pipe(decoder) : null;
}

function requestOnce(url: URL, limits: Limits, lookup: LookupFunction, signal: AbortSignal): Promise<Hop> {
  const host = url.hostname;
  return new Promise<Hop>((resolve, reject) => {
    let response: IncomingMessage | null = null;
    let body: Readable | null = null;
    let settled = false;
    const finish = (error: AppError | null, hop?: Hop): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      // Always drop the connection: a redirect's or error's body is not worth reading.
      body?.destroy();
      response?.destroy();
      req.destroy();
      if (error) reject(error);
      else resolve(hop as Hop);
    };
    const onAbort = (): void => finish(errors.timedOut(host, limits.timeoutMs, response !== null));

    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    // agent: false gives every fetch a fresh connection, so none can be reused past the address check.
    const req: ClientRequest = send(url, { method: 'GET', headers: HEADERS, lookup, agent: false }, (res) => {
      response = res;
      res.on('error', (error) => finish(errors.networkFailure(host, error)));
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECT_STATUSES.has(status) && location) return finish(null, { kind: 'redirect', location });
      if (status < 200 || status > 299) return finish(errors.httpStatus(host, status));
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes) return finish(errors.tooLarge(host, limits.maxBytes));
      body = decoded(res);
      if (body === null) {
        return finish(new AppError('INTERNAL', `${host} sent the page in a compressed form Copydesk cannot read. Open it in your browser and paste its text instead.`, { host }));
      }
      const chunks: Buffer[] = [];
      let total = 0;
      body.on('data', (chunk: Buffer) => {
        total += chunk.length;
        // Counted after decompression, so a small compressed bomb is stopped too.
        if (total > limits.maxBytes) finish(errors.tooLarge(host, limits.maxBytes));
        else chunks.push(chunk);
      });
      body.on('error', (error) => finish(errors.networkFailure(host, error)));
      body.on('end', () => {
        const bytes = new Uint8Array(total);
        let offset = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, offset);
          offset += chunk.length;
        }
        finish(null, { kind: 'page', bytes, contentType: res.headers['content-type'] ?? null });
      });
      res.on('close', () => {
        if (!res.complete) finish(errors.networkFailure(host, { code: 'ECONNRESET' }));
      });
    });
    req.on('error', (error) => finish(errors.networkFailure(host, error)));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    req.end();
  });
}

/** fetchArticle with the address rule passed in; tests use it to refuse one address and allow another. */
export async function fetchWithPolicy(url: string, options: FetchOptions, isAllowed: (address: string) => boolean): Promise<FetchedPage> {
  const limits: Limits = {
    timeoutMs: options.timeoutMs ?? 15_000,
    maxBytes: options.maxBytes ?? MAX_IMPORT_BYTES,
    maxRedirects: options.maxRedirects ?? 5,
  };
  const lookup = createGuardedLookup(isAllowed);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), limits.timeoutMs);
  try {
    let target = vetUrl(url);
    for (let redirects = 0; ; redirects += 1) {
      vetHost(target, isAllowed);
      const hop = await requestOnce(target, limits, lookup, deadline.signal);
      if (hop.kind === 'page') return { bytes: hop.bytes, contentType: hop.contentType, finalUrl: target.href };
      if (redirects >= limits.maxRedirects) throw errors.tooManyRedirects(target.hostname, limits.maxRedirects);
      target = vetUrl(hop.location, target);
    }
  } finally {
    clearTimeout(timer);
  }
}

export async function fetchArticle(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  return fetchWithPolicy(url, options, options.allowPrivate === true ? () => true : isPublicAddress);
}
