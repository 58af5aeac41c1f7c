import { describe, expect, it } from 'vitest';
import { inStoryOrder, median, storyPositions } from './storyOrder';

const claim = (id: string, ...members: Array<[number, number]>) => ({ id, members: members.map(([sourceId, start]) => ({ sourceId, start, end: start + 10 })) });

describe('story order of the compare rows', () => {
  it('puts a claim where most sources tell it, not where the analysis listed it', () => {
    // Source 1 tells a, b, c; source 2 tells c (its lede), a, a claim of its own, then b.
    const a = claim('a', [1, 0], [2, 100]);
    const b = claim('b', [1, 100], [2, 300]);
    const c = claim('c', [1, 200], [2, 0]);
    const own = claim('own', [2, 200]);
    expect(inStoryOrder([b, own, c, a]).map((x) => x.id)).toEqual(['a', 'c', 'own', 'b']);
  });

  it('scales each source to its own length, so a long article does not push its claims to the end', () => {
    // Source 1 has 2 sentences, source 2 has 5: the last sentence of each is the end of its story.
    const short = [claim('s0', [1, 0]), claim('s1', [1, 50])];
    const long = [0, 10, 20, 30, 40].map((start, i) => claim(`l${i}`, [2, start]));
    const positions = storyPositions([...short, ...long]);
    expect(positions.get('s1')).toBe(1);
    expect(positions.get('l4')).toBe(1);
    expect(positions.get('l2')).toBe(0.5);
  });

  it('takes the median, so one source that moves a claim to its end does not drag it down', () => {
    const claims = [
      claim('x', [1, 0], [2, 0], [3, 900]),
      claim('y', [1, 500], [2, 500], [3, 0]),
      claim('z', [1, 900], [2, 900], [3, 500]),
    ];
    expect(inStoryOrder(claims).map((c) => c.id)).toEqual(['x', 'y', 'z']);
  });

  it('computes medians of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([0, 1, 0.5, 0.25])).toBe(0.375);
  });
});
