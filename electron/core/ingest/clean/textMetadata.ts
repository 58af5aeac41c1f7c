/**
 * What a plain-text article says about itself, read from the classified blocks: the title
 * block, the byline's names, and the outlet named by a dateline "(Agency)", a leading
 * "Outlet –" on the first paragraph or a "Name | Outlet" byline. Nothing is guessed: a field
 * the text does not state is left out for later steps to fill.
 */
import type { ArticleMetadata, Block } from '../types';
import { bylineAuthors, bylineOutlet } from './rules/byline';
import { publishedDate } from './publishedDate';
import { datelineAgency, isDateline } from './rules/dateline';

/** "Coast Daily – …": one to four capitalised words before a spaced dash. */
const OUTLET_LEAD = /^(\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,3})\s+[–—-]\s+\S/u;

const BULLET = /^[•·▪●◦*-]\s/u;

export function textMetadata(blocks: Block[]): Partial<ArticleMetadata> {
  const metadata: Partial<ArticleMetadata> = {};
  const title = blocks.find((block) => block.label === 'title');
  if (title) metadata.title = title.text;

  const byline = blocks.find((block) => block.label === 'byline');
  const author = byline ? bylineAuthors(byline.text) : null;
  if (author) metadata.author = author;

  const outlet = outletOfFirstParagraph(blocks) ?? (byline ? bylineOutlet(byline.text) : null);
  if (outlet) metadata.outlet = outlet;

  const date = publishedDate(blocks.map((block) => block.text));
  if (date) metadata.publishedAt = date;
  return metadata;
}

function outletOfFirstParagraph(blocks: Block[]): string | null {
  // Summary bullets may come before the first paragraph (wire copy often opens with them).
  const first = blocks.find((block) => block.label === 'body' && !BULLET.test(block.text));
  if (!first) return null;
  if (isDateline(first.text)) return datelineAgency(first.text);
  const lead = OUTLET_LEAD.exec(first.text)?.[1];
  // All capitals before the dash is a place ("HALDEN —"), not a publisher.
  if (!lead || lead === lead.toUpperCase()) return null;
  return lead;
}
