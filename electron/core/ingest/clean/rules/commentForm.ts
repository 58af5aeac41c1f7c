/**
 * The remains of a blog comment form: its heading, its field labels and its buttons. Each is a
 * whole short line, so the patterns are anchored at both ends.
 */
import type { LineRule } from './lineRule';
import { matchesAny } from './lineRule';

const COMMENT_FORM_LINES: readonly RegExp[] = [
  /^(?:leave|post|add|submit|write|join) (?:a |your |the )?(?:reply|comment|response|discussion|conversation)s?(?:\s*(?:cancel reply|to .{1,60}|below|here|now))?[.!:]?$/iu,
  /^cancel reply$/iu,
  /^your\s+email\s+address\s+will\s+not\s+be\s+published\.?(?:\s*required fields are marked\s*\*?)?$/iu,
  /^required fields are marked\s*\*?\.?$/iu,
  /^(?:name|email|e-mail|website|url|comment|message|your name|your email|comment\s+url)\s*\*?:?$/iu,
  /^save my name,? email,? and website in this browser for the next time i comment\.?$/iu,
  /^notify me of (?:follow-up comments|new posts|new comments|replies)\b.{0,40}$/iu,
  /^this site uses akismet to reduce spam\.?(?:\s*learn how your comment data is processed\.?)?$/iu,
  /^you must be (?:logged in|registered) to post a comment\.?$/iu,
  /^comments? (?:are|is) closed\.?$/iu,
  /^(?:no|\d+) comments?(?: yet)?\.?$/iu,
  /^comments?(?: \(\d+\))?$/iu,
  /^(?:be the first to comment|view comments|show comments|load comments|read comments)\.?$/iu,
];

export const commentFormRule: LineRule = (text) => (matchesAny(COMMENT_FORM_LINES, text) ? 'comment-form' : null);
