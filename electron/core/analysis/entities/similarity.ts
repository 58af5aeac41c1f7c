/**
 * String similarity for name variants, written here because no small, maintained library is
 * installed and the three functions are short. All take already lower-cased, folded words.
 */

/** Lower-case and strip diacritics, so "José" and "Jose" share a key. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/ı/g, 'i')
    .toLocaleLowerCase('en');
}

/** Levenshtein distance (insert, delete, substitute), two rows of memory. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Jaro-Winkler similarity in [0, 1]; rewards a shared prefix, which suits names. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aHit = new Array<boolean>(a.length).fill(false);
  const bHit = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(b.length - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (bHit[j] || a[i] !== b[j]) continue;
      aHit[i] = true;
      bHit[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let k = 0;
  let half = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aHit[i]) continue;
    while (!bHit[k]) k++;
    if (a[i] !== b[k]) half++;
    k++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - half / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * A consonant skeleton after folding common romanisation differences, so that transliterations
 * of one name meet: pinyin q/x/zh against English ch/sh/j ("Qin" ≈ "Chen", "Xu" ≈ "Shu"),
 * th/t and ph/f ("Anthony" ≈ "Antony"), and all sibilants as one sound ("Shaoming" ≈ "Chaoming").
 * The first letter is kept, later vowels dropped.
 */
export function phoneticKey(word: string): string {
  const w = fold(word)
    .replace(/[^a-z]/g, '')
    .replace(/q/g, 'ch')
    .replace(/x/g, 'sh')
    .replace(/zh/g, 'j')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c(?!h)/g, 'k')
    .replace(/z/g, 's')
    // Romanisations disagree most on sibilants (Shaoming/Chaoming, Xi/Shi): one class for all.
    .replace(/ch|sh|s/g, 'S');
  if (w.length === 0) return '';
  const rest = w.slice(1).replace(/[aeiouyw]/g, '');
  return (w[0] + rest).replace(/(.)\1+/g, '$1');
}
