/**
 * Production credits and legal lines that close wire copy: "Reporting by …; Editing by …",
 * "(Additional reporting by …)", "(with files from the wires)", "© 2023 …",
 * "All rights reserved", "Our standards: …". A sentence that merely starts "Reporting by the
 * paper found …" is body, so the prefix match needs a credit-shaped line.
 */
import type { LineRule } from './lineRule';
import { matchesAny } from './lineRule';
import { endsLikeSentence, internalSentenceBreaks, wordCount } from '../text';

const ROLE_BY = /^\(?\s*(?:additional |further |extra )?(?:reporting|writing|editing|coverage|compiled|compilation|edited|reported|research|graphics|production|produced|translation|translated|fact-checking|additional reporting)\s+by\b/iu;
const ROLE_BY_ANYWHERE = /\b(?:reporting|writing|editing|coverage|edited|compiled) by\b/giu;

function isCreditShaped(text: string): boolean {
  const roles = (text.match(ROLE_BY_ANYWHERE) ?? []).length;
  if (roles >= 2 || text.includes(';')) return true;
  if (/^\(.*\)$/u.test(text)) return true;
  // "Reporting by Jane Doe in Halden" is short and names people; a sentence goes on to a verb.
  return wordCount(text) <= 12 && internalSentenceBreaks(text) === 0 && (!endsLikeSentence(text) || wordCount(text) <= 8);
}

const CREDIT_LINES: readonly RegExp[] = [
  /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|©))/iu,
  /\ball rights reserved\.?\)?$/iu,
  /^our standards\s*:/iu,
  /^\(?\s*with (?:additional )?(?:information|reporting|files|input|inputs|agency inputs|contributions|wires|agencies|agency reports?) (?:from|by)\b[^()]{0,80}\)?\.?$/iu,
  /^\(?\s*with (?:agency inputs|inputs from agencies|wire reports|files from agencies)\)?\.?$/iu,
  /^\(?\s*(?:source|sources|via)\s*:\s*[^.]{1,60}\)?$/iu,
  /^\(?\s*(?:this (?:article|story|report|piece) (?:was|is|has been) (?:originally |first )?(?:published|posted|republished)|originally published (?:at|on|in|by))\b/iu,
  /^\(?\s*this story has not been edited by\b/iu,
  /^\(?\s*this (?:story|article) has been published from a (?:wire|syndicated) (?:agency )?feed\b/iu,
];

/** Legal and credit lines are short; a long paragraph that mentions copyright is not one. */
const MAX_CREDIT_WORDS = 120;

export const creditRule: LineRule = (text) => {
  if (wordCount(text) > MAX_CREDIT_WORDS) return null;
  if (ROLE_BY.test(text) && isCreditShaped(text)) return 'credit';
  if (/;\s*(?:editing|writing|additional reporting) by\b/iu.test(text)) return 'credit';
  if (wordCount(text) <= 40 && matchesAny(CREDIT_LINES, text)) return 'credit';
  return null;
};
