/**
 * Which IP addresses Copydesk may fetch from. A pasted link must never reach this computer, the
 * local network or a cloud metadata service (169.254.169.254), so everything that is not an
 * ordinary public unicast address is refused, including IPv6 spellings that embed such an IPv4
 * address. Pure functions over address strings: the network code calls them at connect time.
 */

export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'shared'
  | 'multicast'
  | 'unspecified'
  | 'reserved'
  | 'invalid';

const IPV4_RANGES: [string, number, AddressKind][] = [
  ['0.0.0.0', 8, 'unspecified'], // "this network": 0.x.x.x reaches the local host on Linux
  ['127.0.0.0', 8, 'loopback'],
  ['10.0.0.0', 8, 'private'],
  ['172.16.0.0', 12, 'private'],
  ['192.168.0.0', 16, 'private'],
  ['169.254.0.0', 16, 'link-local'], // includes cloud metadata at 169.254.169.254
  ['100.64.0.0', 10, 'shared'], // carrier-grade NAT, i.e. the provider's private network
  ['192.0.0.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'], // includes the broadcast address 255.255.255.255
];

/** Dotted-quad IPv4 → 32-bit unsigned number, or null. Only the canonical form: URL and DNS give us that. */
export function parseIPv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = value * 256 + Number(part);
  }
  return value;
}

/** IPv6 text (brackets and zone allowed) → eight 16-bit groups, or null. */
export function parseIPv6(text: string): number[] | null {
  let rest = text.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  const groups: number[] = [];
  // A trailing dotted quad (::ffff:127.0.0.1) stands for the last two groups.
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(rest);
  let tail: number[] = [];
  if (dotted) {
    const v4 = parseIPv4(dotted[2] ?? '');
    if (v4 === null) return null;
    tail = [Math.floor(v4 / 65536), v4 % 65536];
    rest = (dotted[1] ?? '').endsWith('::') ? (dotted[1] ?? '') : (dotted[1] ?? '').slice(0, -1);
  }
  const halves = rest.split('::');
  if (halves.length > 2) return null;
  const parse = (half: string | undefined): number[] | null => {
    if (half === undefined || half === '') return [];
    const out: number[] = [];
    for (const group of half.split(':')) {
      if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
      out.push(parseInt(group, 16));
    }
    return out;
  };
  const head = parse(halves[0]);
  const back = parse(halves[1]);
  if (head === null || back === null) return null;
  const explicit = head.length + back.length + tail.length;
  if (halves.length === 1 ? explicit !== 8 : explicit > 7) return null;
  groups.push(...head, ...new Array<number>(8 - explicit).fill(0), ...back, ...tail);
  return groups;
}

function classifyIPv4(value: number): AddressKind {
  for (const [base, bits, kind] of IPV4_RANGES) {
    const size = 2 ** (32 - bits);
    const start = parseIPv4(base) ?? 0;
    if (value >= start && value < start + size) return kind;
  }
  return 'public';
}

function classifyIPv6(g: number[]): AddressKind {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const embedded = g6 * 65536 + g7;
  const upperZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (upperZero && g5 === 0 && embedded === 0) return 'unspecified';
  if (upperZero && g5 === 0 && embedded === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d) and the old IPv4-compatible form (::a.b.c.d) reach IPv4 hosts.
  if (upperZero && (g5 === 0xffff || g5 === 0)) return classifyIPv4(embedded);
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) also carry an IPv4 address a gateway will reach.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return classifyIPv4(embedded);
  if (g0 === 0x2002) return classifyIPv4(g1 * 65536 + g2);
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xffc0) === 0xfec0) return 'reserved'; // deprecated site-local
  if ((g0 & 0xfe00) === 0xfc00) return 'unique-local';
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  return 'public';
}

export function classifyAddress(address: string): AddressKind {
  const v4 = parseIPv4(address);
  if (v4 !== null) return classifyIPv4(v4);
  const v6 = parseIPv6(address);
  return v6 === null ? 'invalid' : classifyIPv6(v6);
}

/** May Copydesk connect to this address? Only ordinary public unicast addresses. */
export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === 'public';
}
