import { describe, expect, it } from 'vitest';
import { diffTokens } from './diffTokens';

const joined = (tokens: Array<{ kind: string; text: string }>, kinds: string[]) =>
  tokens.filter((t) => kinds.includes(t.kind)).map((t) => t.text).join('');

describe('word-level differences against the row reading', () => {
  it('marks a respelled name as the reading word removed and the source word added', () => {
    const { tokens, reworded } = diffTokens('Harbour master Ilse Marten praised the crew.', 'Harbour master Ilse Martin praised the crew.');
    expect(reworded).toBe(false);
    expect(tokens.filter((t) => t.kind === 'removed').map((t) => t.text.trim())).toEqual(['Marten']);
    expect(tokens.filter((t) => t.kind === 'added').map((t) => t.text.trim())).toEqual(['Martin']);
  });

  it('keeps the source sentence whole: same and added tokens spell it exactly, same and removed spell the reading', () => {
    const reading = 'The evacuation took 35 minutes, and all were landed at the terminal.';
    const sentence = 'The evacuation took five hours in total, and all were landed at the terminal.';
    const { tokens } = diffTokens(reading, sentence);
    expect(joined(tokens, ['same', 'added'])).toBe(sentence);
    expect(joined(tokens, ['same', 'removed'])).toBe(reading);
  });

  it('shows an identical sentence as one unmarked token', () => {
    expect(diffTokens('Nobody went into the water.', 'Nobody went into the water.')).toEqual({ tokens: [{ kind: 'same', text: 'Nobody went into the water.' }], overlap: 1, reworded: false });
  });

  it('shows a sentence with little in common as reworded, without burying it in strike-throughs', () => {
    const sentence = 'Storm Hedda was bringing gusts of up to 90 km/h to the coast at the time.';
    const result = diffTokens('Everyone on board was taken off by the lifeboat and two pilot launches.', sentence);
    expect(result.reworded).toBe(true);
    expect(result.tokens).toEqual([{ kind: 'same', text: sentence }]);
  });
});
