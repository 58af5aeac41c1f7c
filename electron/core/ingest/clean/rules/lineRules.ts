/**
 * The line rules in the order they are tried; the first that recognises a line gives its
 * reason. Exact, whole-line forms (ad tags, form labels) come before looser prefix forms so
 * that the most specific reason is the one recorded.
 */
import type { LineRule } from './lineRule';
import { adMarkerRule } from './adMarkers';
import { authorBioRule } from './authorBio';
import { commentFormRule } from './commentForm';
import { creditRule } from './credits';
import { navigationRule } from './navigation';
import { sharePromptRule } from './sharePrompts';

export const LINE_RULES: readonly LineRule[] = [
  adMarkerRule,
  commentFormRule,
  navigationRule,
  sharePromptRule,
  creditRule,
  authorBioRule,
];
