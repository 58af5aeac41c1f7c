import { describe, expect, it } from 'vitest';
import type { MentionKind } from '../types';
import type { NameCluster } from './nameVariants';
import { clusterNames, distinctSpellings, sameWord } from './nameVariants';

type Row = [text: string, sourceId: number, kind?: MentionKind];
const cluster = (rows: Row[]) => clusterNames(rows.map(([text, sourceId, kind]) => ({ text, sourceId, kind: kind ?? 'person' })));
/** Each cluster as its sorted variant texts, clusters sorted: order-free comparison. */
const shape = (cs: NameCluster[]) => cs.map((c) => c.variants.map((v) => v.text).sort()).sort((a, b) => (a.join() < b.join() ? -1 : 1));

describe('clusterNames: merges', () => {
  it('groups exact matches across sources and counts them', () => {
    const [c] = cluster([['Ilse Marten', 1], ['Ilse Marten', 2], ['Ilse Marten', 2]]);
    expect(c).toEqual({ key: 'ilse marten', canonical: 'Ilse Marten', kind: 'person', variants: [{ text: 'Ilse Marten', sourceIds: [1, 2], count: 3 }] });
  });

  it('merges one-word spelling variants of a person', () => {
    expect(shape(cluster([['Ilse Marten', 1], ['Ilse Martin', 2], ['Antony Holm', 1], ['Anthony Holm', 3]]))).toEqual([
      ['Anthony Holm', 'Antony Holm'],
      ['Ilse Marten', 'Ilse Martin'],
    ]);
  });

  it('merges romanisation variants when the other word matches', () => {
    expect(shape(cluster([['Qin Lei', 1], ['Chen Lei', 2], ['Lu Shaoming', 1], ['Lu Chaoming', 3]]))).toEqual([
      ['Chen Lei', 'Qin Lei'],
      ['Lu Chaoming', 'Lu Shaoming'],
    ]);
  });

  it('attaches a lone surname or given name to the one fuller name it matches', () => {
    const cs = cluster([['Lena Ostrova', 1], ['Ostrova', 2], ['Ostrova', 3], ['Lena', 4]]);
    expect(cs).toHaveLength(1);
    expect(cs[0]?.canonical).toBe('Lena Ostrova');
    expect(cs[0]?.variants.map((v) => v.text)).toEqual(['Ostrova', 'Lena Ostrova', 'Lena']);
  });

  it('folds case, diacritics and possessives', () => {
    expect(shape(cluster([['José Holm', 1], ['Jose Holm', 2], ['JOSÉ HOLM', 3], ['Holm’s', 4]]))).toEqual([['Holm', 'Jose Holm', 'José Holm']]);
  });

  it('merges a middle name more or less', () => {
    expect(shape(cluster([['Ana Holm', 1], ['Ana K. Holm', 2]]))).toEqual([['Ana Holm', 'Ana K. Holm']]);
  });

  it('merges organisations that differ by a corporate suffix or a near spelling', () => {
    expect(shape(cluster([['Harbour Ferries', 1, 'organisation'], ['Harbour Ferries Ltd', 2, 'organisation'], ['Harbor Ferries', 3, 'organisation']]))).toEqual([
      ['Harbor Ferries', 'Harbour Ferries', 'Harbour Ferries Ltd'],
    ]);
  });
});

describe('clusterNames: non-merges', () => {
  it('keeps people who share a surname apart', () => {
    expect(shape(cluster([['Ilse Marten', 1], ['Jonas Marten', 2]]))).toEqual([['Ilse Marten'], ['Jonas Marten']]);
  });

  it('keeps people who share a given name apart', () => {
    expect(shape(cluster([['Ilse Marten', 1], ['Ilse Brandt', 2]]))).toEqual([['Ilse Brandt'], ['Ilse Marten']]);
  });

  it('keeps given names that differ in their first letter apart', () => {
    expect(shape(cluster([['Darius Feldane', 1], ['Marius Feldane', 2]]))).toEqual([['Darius Feldane'], ['Marius Feldane']]);
  });

  it('leaves an ambiguous lone surname on its own', () => {
    const cs = cluster([['Ilse Marten', 1], ['Jonas Marten', 2], ['Marten', 3]]);
    expect(shape(cs)).toEqual([['Ilse Marten'], ['Jonas Marten'], ['Marten']]);
  });

  it('does not attach a lone word to a place or organisation', () => {
    expect(shape(cluster([['Kessel', 1, 'place'], ['Kessel Bay', 2, 'place']]))).toEqual([['Kessel'], ['Kessel Bay']]);
  });

  it('does not merge across kinds, and keeps keys unique', () => {
    const cs = cluster([['Kessel', 1, 'person'], ['Kessel', 2, 'place']]);
    expect(cs.map((c) => c.key).sort()).toEqual(['kessel', 'kessel (place)']);
  });
});

describe('clusterNames: canonical form and determinism', () => {
  it('picks the most frequent full form, ties to the longest', () => {
    const [a] = cluster([['Ilse Marten', 1], ['Ilse Martin', 2], ['Ilse Martin', 3], ['Marten', 4], ['Marten', 5], ['Marten', 6]]);
    expect(a?.canonical).toBe('Ilse Martin');
    const [b] = cluster([['Antony Holm', 1], ['Anthony Holm', 2]]);
    expect(b?.canonical).toBe('Anthony Holm');
    expect(b?.key).toBe('anthony holm');
  });

  it('does not depend on input order', () => {
    const rows: Row[] = [['Ilse Marten', 1], ['Marten', 2], ['Ilse Martin', 3], ['Jonas Brandt', 1], ['Brandt', 2], ['Qin Lei', 3], ['Chen Lei', 1]];
    expect(cluster([...rows].reverse())).toEqual(cluster(rows));
  });

  it('lists the distinct spellings of a cluster', () => {
    const [c] = cluster([['Antony Holm', 1], ['Anthony Holm', 2], ['Holm', 3]]);
    expect(c === undefined ? [] : distinctSpellings(c).sort()).toEqual(['Anthony Holm', 'Antony Holm']);
  });
});

describe('sameWord', () => {
  it('accepts close spellings with the same first letter, and transliterations for people only', () => {
    expect(sameWord('marten', 'martin', 'person')).toBe(true);
    expect(sameWord('qin', 'chen', 'person')).toBe(true);
    expect(sameWord('qin', 'chen', 'organisation')).toBe(false);
    expect(sameWord('ilse', 'jonas', 'person')).toBe(false);
  });
});
