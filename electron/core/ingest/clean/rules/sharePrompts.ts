/**
 * Share buttons and subscription pitches: "Share this:", "Click to share on X (Opens in new
 * window)", a row of network names, "Subscribe to our newsletter", "Sign up for …".
 * Prefix patterns are guarded by length and by the prose test so a sentence that starts
 * "Sign up for the scheme was slow, …" stays body.
 */
import type { LineRule } from './lineRule';
import { matchesAny } from './lineRule';
import { endsLikeSentence, looksLikeRunningProse, wordCount } from '../text';

const SHARE_LINES: readonly RegExp[] = [
  /^share(?:\s+(?:this|on|via|with|the (?:article|story|post)|article|story|post|page)\b.{0,60}?)?\s*:?$/iu,
  /^click to (?:share|email|print|tweet|post)\b/iu,
  /^(?:like this|like loading\.*|loading\.*)\s*:?$/iu,
  /^(?:follow us|find us|like us|connect with us)\b.{0,60}$/iu,
  /^(?:copy link|link copied|print this (?:article|page)|email this (?:article|page))\.?$/iu,
];

/** Words that make up a row of share buttons. */
const SHARE_WORDS = new Set([
  'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'email', 'e-mail', 'mail', 'print', 'reddit', 'pinterest',
  'telegram', 'tumblr', 'pocket', 'messenger', 'share', 'tweet', 'sms', 'threads', 'bluesky', 'flipboard', 'copy', 'link', 'more',
]);

function isShareButtonRow(text: string): boolean {
  const tokens = text.toLowerCase().split(/[\s|,•·/]+/u).filter(Boolean);
  return tokens.length >= 1 && tokens.length <= 12 && tokens.every((token) => SHARE_WORDS.has(token));
}

const SUBSCRIBE_LINES: readonly RegExp[] = [
  /^subscribe\b/iu,
  /^sign up(?: now| here| today)?\b/iu,
  /^(?:get|receive|join|enter)\b.{0,80}\b(?:newsletter|inbox|mailing list|email updates|alerts)\b/iu,
  /^(?:newsletter|our newsletter|free newsletter)s?\b/iu,
  /^(?:support (?:our|independent|quality) journalism|become a (?:member|subscriber|supporter)|already a (?:subscriber|member)|download (?:our|the) (?:free )?app|thank you for (?:subscribing|signing up))\b/iu,
  /^(?:enter your email(?: address)?|your email address)\s*:?$/iu,
];

const SUBSCRIBE_BAIT = /\b(?:newsletter|inbox|e-?mail|free|daily|weekly|briefing|updates|alerts|here|now|today)\b/iu;

export const sharePromptRule: LineRule = (text) => {
  if (wordCount(text) > 25 || looksLikeRunningProse(text)) return null;
  if (isShareButtonRow(text) || matchesAny(SHARE_LINES, text)) return 'share-prompt';
  // "Sign up for the scheme was slow." is a sentence; a pitch has no full stop or names its bait.
  if (matchesAny(SUBSCRIBE_LINES, text) && (!endsLikeSentence(text) || SUBSCRIBE_BAIT.test(text))) return 'subscribe-prompt';
  return null;
};
