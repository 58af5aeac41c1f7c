import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/api/errors';
import { isPublicAddress } from './addressPolicy';
import { type Resolver, createGuardedLookup } from './guardedLookup';

/** A resolver that answers from a table, standing in for DNS (which may change its answer at any time). */
function fakeDns(answers: Record<string, string[]>): Resolver {
  return (hostname, _options, callback) => {
    const list = answers[hostname];
    if (!list) callback(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }), []);
    else callback(null, list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
  };
}

function lookupOnce(resolver: Resolver, host: string, all: boolean): Promise<{ error: unknown; address: unknown; family: unknown }> {
  const lookup = createGuardedLookup(isPublicAddress, resolver);
  return new Promise((resolve) => lookup(host, { all }, (error, address, family) => resolve({ error, address, family })));
}

describe('createGuardedLookup', () => {
  const dns = fakeDns({
    'news.example': ['93.184.216.34', '2606:2800:220:1::1'],
    'rebind.example': ['93.184.216.34', '127.0.0.1'],
    'metadata.example': ['169.254.169.254'],
    'mapped.example': ['::ffff:127.0.0.1'],
  });

  it('passes public answers through in both of the forms Node asks for', async () => {
    const all = await lookupOnce(dns, 'news.example', true);
    expect(all.error).toBeNull();
    expect((all.address as LookupAddress[]).map((a) => a.address)).toEqual(['93.184.216.34', '2606:2800:220:1::1']);
    const one = await lookupOnce(dns, 'news.example', false);
    expect(one).toEqual({ error: null, address: '93.184.216.34', family: 4 });
  });

  it.each(['rebind.example', 'metadata.example', 'mapped.example'])('refuses %s with FORBIDDEN', async (host) => {
    const { error } = await lookupOnce(dns, host, true);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FORBIDDEN');
    expect((error as AppError).message).toContain('Copydesk does not fetch addresses on your own machine or network');
    expect((error as AppError).message).toContain(host);
  });

  it('passes DNS failures on unchanged', async () => {
    const { error } = await lookupOnce(dns, 'missing.example', false);
    expect((error as { code?: string }).code).toBe('ENOTFOUND');
  });
});
