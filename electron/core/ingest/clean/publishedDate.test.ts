import { describe, expect, it } from 'vitest';
import { dateOfLine, publishedDate } from './publishedDate';

describe('publication dates in plain text', () => {
  it('reads short date lines in the common forms', () => {
    expect(dateOfLine('Published 18 March 2026')).toBe('2026-03-18');
    expect(dateOfLine('June 19, 2023 10:30 am')).toBe('2023-06-19');
    expect(dateOfLine('Updated: Sept. 3rd, 2024')).toBe('2024-09-03');
    expect(dateOfLine('2026-03-18')).toBe('2026-03-18');
    expect(dateOfLine('Mon 2 Feb 2026')).toBe('2026-02-02');
  });

  it('ignores dates inside sentences and impossible dates', () => {
    expect(dateOfLine('The council said on 18 March 2026 that the bridge would close for repairs.')).toBeNull();
    expect(dateOfLine('31 February 2026')).toBeNull();
    expect(dateOfLine('Ferry aground at Port Vellan')).toBeNull();
  });

  it('takes the first date line near the top only', () => {
    expect(publishedDate(['Headline here', 'By A Writer', 'March 18, 2026', 'Body text.'])).toBe('2026-03-18');
    expect(publishedDate(['a', 'b', 'c', 'd', 'e', 'f', '18 March 2026'])).toBeNull();
  });
});
