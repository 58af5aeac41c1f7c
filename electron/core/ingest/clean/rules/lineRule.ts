import type { BlockReason } from '../../types';

/** A rule that judges one line on its own, without looking at its neighbours. */
export type LineRule = (text: string) => BlockReason | null;

/** True when any of the patterns matches the whole (trimmed) line. */
export function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((pattern) => pattern.test(text));
}
