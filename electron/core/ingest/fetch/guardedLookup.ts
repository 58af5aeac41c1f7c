/**
 * A `lookup` for node:http/https that refuses forbidden addresses. Node calls it for the very
 * connection it is about to open, so the address checked is the address used: a DNS answer that
 * changes between a check and the connect (DNS rebinding) cannot slip past it.
 */
import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import { AppError } from '../../../../shared/api/errors';

export type Resolver = (
  hostname: string,
  options: dns.LookupAllOptions,
  callback: (err: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void,
) => void;

export const FORBIDDEN_MESSAGE = 'Copydesk does not fetch addresses on your own machine or network';

export function forbiddenAddress(host: string, address: string): AppError {
  const shown = host === address ? host : `${host} points to ${address}`;
  return new AppError('FORBIDDEN', `${FORBIDDEN_MESSAGE} (${shown}). Import a page from a public website instead.`, { host, address });
}

const systemResolver: Resolver = (hostname, options, callback) => dns.lookup(hostname, options, callback);

export function createGuardedLookup(isAllowed: (address: string) => boolean, resolve: Resolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { family: options.family, hints: options.hints, all: true }, (err, addresses) => {
      if (err) {
        callback(err, '');
        return;
      }
      if (addresses.length === 0) {
        callback(Object.assign(new Error(`No address found for ${hostname}`), { code: 'ENOTFOUND' }), '');
        return;
      }
      // One bad address refuses the host: a name that mixes public and private answers is an attack.
      const refused = addresses.find((entry) => !isAllowed(entry.address));
      if (refused) {
        callback(forbiddenAddress(hostname, refused.address), '');
        return;
      }
      // Node asks for all addresses when it races IPv4 and IPv6 (autoSelectFamily), else for one.
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0]?.address ?? '', addresses[0]?.family ?? 4);
    });
  };
}
