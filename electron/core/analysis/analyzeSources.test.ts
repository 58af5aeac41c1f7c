import { describe, expect, it } from 'vitest';
import { analyzeSources } from './analyzeSources';
import { BRIDGE, invariantProblems, sources, STRIKE } from './compare/fixtures';
import { KIND_ORDER } from './compare/types';

const ids = (texts: readonly string[]) => analyzeSources(sources(texts)).discrepancies.map((d) => d.id).sort();

describe('analyzeSources', () => {
  it('returns sources, claims, discrepancies and entities with excerpts that quote the text', () => {
    const input = sources(BRIDGE);
    const r = analyzeSources(input);
    expect(r.sources).toEqual(input.map((s) => ({ id: s.id, title: s.title })));
    expect(r.claims.length).toBeGreaterThan(0);
    expect(r.claims.every((c) => c.members.every((m) => input[m.sourceId - 1]?.text.slice(m.start, m.end).length === m.end - m.start))).toBe(true);
    expect(invariantProblems(r, input)).toEqual([]);
    expect(r.entities.find((e) => e.canonical === 'Tomas Rhee')?.mentions).toEqual([
      { text: 'Tomas Rhee', sourceId: 1, count: 1 },
      { text: 'Tomas Rhee', sourceId: 2, count: 1 },
      { text: 'Tomas Rhee', sourceId: 3, count: 1 },
    ]);
  });

  it('sorts discrepancies by kind, then by claim', () => {
    const kinds = analyzeSources(sources(BRIDGE)).discrepancies.map((d) => KIND_ORDER.indexOf(d.kind));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
  });

  it('is deterministic and JSON-safe', () => {
    const a = analyzeSources(sources(BRIDGE));
    expect(analyzeSources(sources(BRIDGE))).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('gives the same result whatever order the sources arrive in', () => {
    const input = sources(BRIDGE);
    expect(analyzeSources([...input].reverse())).toEqual(analyzeSources(input));
  });

  it('keeps discrepancy ids when an unrelated sentence is added to one source', () => {
    const before = ids(BRIDGE);
    const after = ids([BRIDGE[0] ?? '', `The weather in Oldmere was cold and dry all week.\n\n${BRIDGE[1] ?? ''}`, BRIDGE[2] ?? '']);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(new Set(before).size).toBe(before.length);
  });

  it('does not count a near-duplicate as independent support', () => {
    // Outlet 3 reprints outlet 2's attribution; outlet 1 credits the words to Petra Lund.
    const texts = [STRIKE[0] ?? '', STRIKE[2] ?? '', STRIKE[2] ?? ''];
    const independent = analyzeSources(sources(texts)).discrepancies.find((d) => d.kind === 'attribution');
    expect(independent?.suggested).toBe('Olaf Brenn');
    const reprint = analyzeSources(sources(texts, [null, null, 2])).discrepancies.find((d) => d.kind === 'attribution');
    expect(reprint?.suggested).toBeNull();
    expect(reprint?.reasons).toContain('near-duplicate sources counted once');
    expect(reprint?.id).toBe(independent?.id);
  });

  it('handles no sources and empty texts', () => {
    expect(analyzeSources([])).toEqual({ sources: [], claims: [], discrepancies: [], entities: [] });
    expect(analyzeSources(sources(['', ' \n\n '])).discrepancies).toEqual([]);
  });
});
