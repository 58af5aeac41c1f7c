import { marked, type Token, type Tokens } from 'marked';

/** Plain text of a Markdown article: one paragraph per block, links as their text, no markup. */
export function markdownToText(markdown: string): string {
  const paragraphs: string[] = [];
  const inline = (tokens: Token[] | undefined, fallback: string): string =>
    tokens ? tokens.map((t) => ('tokens' in t && t.tokens ? inline(t.tokens, '') : t.type === 'image' ? '' : 'text' in t ? String(t.text) : t.raw)).join('') : fallback;
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'heading' || token.type === 'paragraph') paragraphs.push(inline((token as Tokens.Heading).tokens, token.raw));
      else if (token.type === 'list') for (const item of (token as Tokens.List).items) paragraphs.push(inline(item.tokens.flatMap((t) => ('tokens' in t && t.tokens ? t.tokens : [t])), item.text));
      else if (token.type === 'blockquote') walk((token as Tokens.Blockquote).tokens);
      else if (token.type === 'code') paragraphs.push((token as Tokens.Code).text);
      else if (token.type === 'html' || token.type === 'text') paragraphs.push(token.raw.replace(/<[^>]*>/g, ''));
    }
  };
  walk(marked.lexer(markdown));
  return paragraphs
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}
