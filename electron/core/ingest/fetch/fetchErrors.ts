/**
 * The errors of a URL import, worded for the editor: which site, what happened, what to try.
 */
import { AppError } from '../../../../shared/api/errors';

export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function describeDuration(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

export function invalidUrl(url: string): AppError {
  const shown = url.length > 80 ? `${url.slice(0, 77)}…` : url;
  return new AppError('INVALID_INPUT', `“${shown}” is not a web address. Paste the article’s full address, starting with https://.`);
}

export function unsupportedScheme(protocol: string, redirectedBy?: string): AppError {
  const scheme = protocol.replace(/:$/, '');
  const start = redirectedBy ? `${redirectedBy} redirected to a ${scheme}: address, but Copydesk` : 'Copydesk';
  return new AppError('INVALID_INPUT', `${start} only imports web pages (http:// or https:// addresses), not ${scheme}: addresses.`, { scheme });
}

export function credentialsInUrl(): AppError {
  return new AppError(
    'INVALID_INPUT',
    'This address contains a user name or password. Copydesk does not send logins to websites: remove the part before “@” and try again.',
  );
}

export function timedOut(host: string, ms: number, receiving: boolean): AppError {
  const what = receiving ? 'did not finish sending the page' : 'did not answer';
  return new AppError('INTERNAL', `${host} ${what} within ${describeDuration(ms)}. Check your internet connection or try again later.`, { host, timeoutMs: ms });
}

export function tooLarge(host: string, limit: number): AppError {
  return new AppError(
    'TOO_LARGE',
    `The page at ${host} is larger than ${describeBytes(limit)}, more than Copydesk imports. Save the article’s text and import that instead.`,
    { host, limit },
  );
}

export function tooManyRedirects(host: string, max: number): AppError {
  return new AppError(
    'INTERNAL',
    `${host} redirected more than ${max} times without reaching a page. Open the address in your browser and import the address it ends up at.`,
    { host, maxRedirects: max },
  );
}

export function httpStatus(host: string, status: number): AppError {
  const details = { host, status };
  if (status === 404 || status === 410) {
    return new AppError('NOT_FOUND', `${host} has no page at this address (HTTP ${status}). Check the link, or paste the article’s text instead.`, details);
  }
  if (status === 401 || status === 403) {
    return new AppError('INTERNAL', `${host} refused to send the page (HTTP ${status}). It may need a subscription or a login: open it in your browser and paste the text instead.`, details);
  }
  if (status === 429) {
    return new AppError('INTERNAL', `${host} is limiting requests (HTTP 429). Wait a few minutes and try again.`, details);
  }
  if (status >= 500) {
    return new AppError('INTERNAL', `${host} had a server error (HTTP ${status}). Try again later.`, details);
  }
  if (status >= 300 && status < 400) {
    return new AppError('INTERNAL', `${host} redirected without saying where to (HTTP ${status}). Open the address in your browser and import the address it ends up at.`, details);
  }
  return new AppError('INTERNAL', `${host} answered with HTTP ${status} instead of the page. Open the address in your browser to check it.`, details);
}

/** Node's network and TLS errors → what the editor can do about them. */
export function networkFailure(host: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const text = typeof code === 'string' ? code : '';
  const details = { host, cause: text || null };
  const fail = (message: string) => new AppError('INTERNAL', message, details, { cause: error });
  if (text === 'ENOTFOUND' || text === 'EAI_AGAIN' || text === 'EAI_NONAME') {
    return fail(`Copydesk could not find ${host}. Check the address for typos and that this computer is online.`);
  }
  if (text === 'ECONNREFUSED') return fail(`${host} refused the connection. The site may be down: try again later.`);
  if (text === 'ECONNRESET' || text === 'EPIPE' || text === 'ERR_STREAM_PREMATURE_CLOSE') {
    return fail(`${host} closed the connection before sending the whole page. Try again later.`);
  }
  if (text === 'ETIMEDOUT' || text === 'ENETUNREACH' || text === 'EHOSTUNREACH' || text === 'ENETDOWN') {
    return fail(`Copydesk could not reach ${host}. Check that this computer is online.`);
  }
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(text)) {
    return fail(`The secure connection to ${host} could not be verified (${text}), so Copydesk did not read the page.`);
  }
  if (text.startsWith('HPE_') || text.startsWith('Z_')) {
    return fail(`${host} sent a response Copydesk could not read. Open the page in your browser and paste its text instead.`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return fail(`Copydesk could not fetch the page from ${host}: ${message}.`);
}
