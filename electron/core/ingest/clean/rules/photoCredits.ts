/**
 * Photo credits. A credit on its own line ("Photo: Jane Doe/Outlet", "Ann Lee/AP",
 * "Image: Getty Images", "(AFP)") is junk left by a missing picture; a line that describes a
 * picture and ends with a credit ("… at first light. Photo: Jane Doe / Outlet") is a caption,
 * kept but not treated as a claim.
 */
import type { BlockReason } from '../../types';
import { wordCount } from '../text';

/** Picture agencies and stock libraries whose name alone, after a slash or in brackets, is a credit. */
const AGENCY =
  '(?:AP|AFP|Reuters|REUTERS|Getty Images|Getty|EPA|EPA-EFE|EFE|Xinhua|XINHUA|Bloomberg|Shutterstock|Alamy|PA|PA Images|PA Wire|PA Media|' +
  'Sipa|SIPA|NurPhoto|dpa|DPA|Kyodo|Kyodo News|Yonhap|Anadolu|ANP|ZUMA|ZUMA Wire|Zuma|WireImage|Pool|POOL|Handout|HANDOUT|AAP|TASS|' +
  'Sputnik|IANS|PTI|ANI|Imago|IMAGO|Redux|Unsplash|Pexels|iStock|iStockphoto|Flickr|Wikimedia Commons|CNS|VCG|AP Photo|AFP Photo|Reuters Photo|' +
  'The New York Times|NYT|Bloomberg News)';

/** A capitalised name of up to five words ("Ann Lee", "Harbour Ledger", "U.S. Navy"). */
const NAME = "\\p{Lu}[\\p{L}\\p{M}.'’&-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'’&-]*|of|the|de|van|von)){0,4}";

/**
 * Credits anchored at the end of the line. Each is tried in turn and the earliest start wins,
 * so "Photo: Reuters/Ann Lee" is taken whole rather than from the slash.
 */
const TRAILING_CREDITS: readonly RegExp[] = [
  // "Photo: …", "(Photo: …)", "Image credit: …", "Photograph by …", "| Picture: …"
  // The label opens the line or follows a sentence end, a bracket, a bar or a dash, so that
  // "Tax credit: what changes" or "a photo by Jane Doe" inside a sentence is not taken.
  /(?:^|[.!?|–—-]\s*|\s*\(\s*|\s{2,})(?:photo(?:graph)?s?|images?|pictures?|pics?|credit|photo credits?|image credits?|file photo|foto)\s*(?::|\bby\b)\s*[^!?:;]{1,80}?\)?\s*$/iu,
  // "Ann Lee/AP", "REUTERS/Ola Berg", "(AP Photo/Jane Doe)"
  new RegExp(`(?:^|[\\s(])\\(?\\s*(?:${NAME}\\s*/\\s*${AGENCY}|${AGENCY}\\s*/\\s*${NAME})\\s*\\)?\\s*$`, 'u'),
  // "Jane Doe / Harbour Ledger": a spaced slash between two names reads as photographer / outlet
  new RegExp(`(?:^|[\\s(])\\(?\\s*${NAME}\\s+/\\s+${NAME}\\s*\\)?\\s*$`, 'u'),
  // "(AFP)", "(Reuters photo)", "(AP Photo/Jane Doe)"
  new RegExp(`\\(\\s*(?:photo:?\\s*|file photo:?\\s*)?${AGENCY}(?:\\s+photo)?(?:\\s*/\\s*[^)]{1,40})?\\s*\\)\\s*$`, 'u'),
  // "AFP via Getty Images", "Jane Doe for Getty Images", "Shutterstock"
  new RegExp(`(?:^|[\\s(|–—-])(?:${NAME}\\s+(?:via|for)\\s+)?(?:Getty Images|Shutterstock|Alamy|iStock(?:photo)?|WireImage)(?:\\s+for\\s+${NAME})?\\s*\\)?\\s*$`, 'u'),
];

/** Where a trailing photo credit starts in the line, or -1 when there is none. */
export function trailingCreditStart(text: string): number {
  let earliest = -1;
  for (const pattern of TRAILING_CREDITS) {
    const match = pattern.exec(text);
    if (!match) continue;
    // The credit itself is short; a long tail after "Photo:" is a sentence about a photo.
    if (wordCount(match[0]) > 14) continue;
    // Credits carry no full stop of their own; "… by Jane Doe." closes a sentence.
    if (/[^.\s]\.\s*$/u.test(match[0]) && !/\b\p{Lu}\.\s*$/u.test(match[0])) continue;
    if (earliest === -1 || match.index < earliest) earliest = match.index;
  }
  return earliest;
}

/** Words that describe the picture, before the credit (separators and brackets stripped). */
function descriptionBefore(text: string, creditStart: number): string {
  return text.slice(0, creditStart).replace(/[\s|•·(–—-]+$/u, '').trim();
}

/**
 * 'photo-credit' for a credit that stands alone, 'caption' for a described picture with a
 * credit, null otherwise.
 */
export function photoCreditOrCaption(text: string): Extract<BlockReason, 'photo-credit' | 'caption'> | null {
  const start = trailingCreditStart(text);
  if (start === -1) return null;
  const description = descriptionBefore(text, start);
  // Fewer than three words before the credit is a label ("File photo"), not a description.
  return wordCount(description) < 3 ? 'photo-credit' : 'caption';
}
