import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createBriefClaimNode } from '../../../shared/brief/BriefClaimNode';
import { $createBriefSectionNode } from '../../../shared/brief/BriefSectionNode';
import { $createCitationNode } from '../../../shared/brief/CitationNode';
import { briefPlainText, briefWordCount, citedSourceIds } from '../../../shared/brief/document';
import { rejectionOf } from '../testing/fixtures';
import { buildBrief, parseBriefDocument } from './headless';

const doc = () =>
  buildBrief(() => {
    const claim = $createBriefClaimNode('c1', 'The minister met envoys for five hours.');
    claim.append($createTextNode('The minister met envoys for five hours. '), $createCitationNode('[Daily Ledger, Harbour Post]', [2, 1], [{ sourceId: 2, start: 0, end: 10, quote: 'The minist' }]));
    $getRoot().append(claim, $createBriefSectionNode('sources'), $createParagraphNode().append($createTextNode('Hand written.')));
  });

describe('the brief, headless', () => {
  it('round-trips our nodes through JSON with their fields', () => {
    const json = doc();
    const again = parseBriefDocument(JSON.parse(JSON.stringify(json)));
    expect(again).toEqual(json);
    const claim = again.root.children[0]!;
    expect(claim).toMatchObject({ type: 'brief-claim', claimId: 'c1', review: false });
    expect(claim.children?.[1]).toMatchObject({ type: 'citation', sourceIds: [2, 1], mode: 'token' });
    expect(again.root.children[1]).toMatchObject({ type: 'brief-section', section: 'sources', tag: 'h2' });
  });

  it('counts words and cited sources without the citation labels', () => {
    const json = doc();
    expect(briefPlainText(json)).toBe('The minister met envoys for five hours.\nHand written.');
    expect(briefWordCount(json)).toBe(9);
    expect(citedSourceIds(json)).toEqual([2, 1]);
  });

  it('refuses a document with a node type the brief does not know', async () => {
    const json = doc() as unknown as { root: { children: unknown[] } };
    json.root.children.push({ type: 'script', children: [], version: 1 });
    expect(() => parseBriefDocument(json)).toThrow(/could not be read/);
    expect(await rejectionOf(Promise.resolve().then(() => parseBriefDocument({ nope: 1 })))).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
