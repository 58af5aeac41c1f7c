import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { extractHtml } from './extractHtml';

const BODY = [
  'The city council voted 7–2 on Tuesday night to close the Harbour Street bridge to cars from 1 June, ending months of argument over the 90-year-old crossing.',
  'Engineers told councillors that the bridge’s steel deck had lost about a fifth of its thickness to corrosion since the last full survey in 2011, and that heavy traffic was “no longer defensible”.',
  'Cyclists and pedestrians will still be able to use the crossing while a replacement is designed. The council expects to choose a design by the end of the year.',
  'Shop owners on the east bank said the closure would cost them trade. “Half our customers drive over that bridge,” said Maria Okafor, who runs a bakery & café near the river.',
];

const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Harbour Street bridge to close to cars | The Riverside Gazette</title>
  <meta property="og:title" content="Harbour Street bridge to close to cars">
  <meta property="og:site_name" content="The Riverside Gazette">
  <meta property="og:url" content="/news/2024/03/05/harbour-bridge">
  <meta property="og:locale" content="en_GB">
  <meta property="article:published_time" content="2024-03-05T21:14:00Z">
  <meta property="article:author" content="https://gazette.example/staff/jane-doe">
  <link rel="canonical" href="https://gazette.example/news/harbour-bridge">
  <script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Gazette website"},
      {"@type": "NewsArticle", "headline": "Bridge closure approved",
       "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Tom Lee"}],
       "publisher": {"@type": "Organization", "name": "Riverside Gazette Ltd"},
       "datePublished": "2024-03-05T21:00:00Z", "inLanguage": "en-GB"}
    ]}
  </script>
  <script>window.__STATE__ = {"tracking": "SCRIPT_PAYLOAD_SENTINEL"}; document.write('<p>written</p>');</script>
  <style>.share { color: red } body::after { content: "STYLE_TEXT_SENTINEL" }</style>
</head>
<body onload="steal()">
  <header class="site-header">
    <a href="/" class="logo">The Riverside Gazette</a>
    <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
  </header>
  <main>
    <article class="story">
      <h1>Harbour Street bridge to close to cars</h1>
      <p class="byline">By <a rel="author" href="/staff/jane-doe">Jane Doe</a> · <time datetime="2024-03-05T21:14:00Z">5 March 2024</time></p>
      <div class="share-bar"><button onclick="share('fb')">Share on Facebook</button><button>Share on X</button></div>
      <p>${BODY[0]}</p>
      <figure>
        <img src="/img/bridge.jpg" alt="The Harbour Street bridge at dusk" onerror="alert('img')">
        <figcaption>The Harbour   Street bridge opened in 1934. Photo: Sam Green</figcaption>
      </figure>
      <p>${BODY[1]?.replace('“', '&ldquo;').replace('”', '&rdquo;')}</p>
      <p onclick="track()">${BODY[2]}</p>
      <p>${BODY[3]?.replace('&', '&amp;')}</p>
    </article>
  </main>
  <aside class="related">
    <h2>Related stories</h2>
    <ul><li><a href="/a">RELATED_LINK_SENTINEL: Council budget row</a></li><li><a href="/b">Ferry timetable changes</a></li></ul>
  </aside>
  <footer><p>© 2024 The Riverside Gazette. All rights reserved.</p></footer>
  <script src="/analytics.js"></script>
  <script>track("SECOND_SCRIPT_SENTINEL")</script>
</body>
</html>`;

const CAPTION = 'The Harbour Street bridge opened in 1934. Photo: Sam Green';

describe('extractHtml on a news page', () => {
  const result = extractHtml(NEWS_PAGE, 'https://gazette.example/some/path?utm=1');
  const paragraphs = result.text.split('\n\n');

  it('keeps every body paragraph, decoded and whole', () => {
    for (const paragraph of BODY) expect(paragraphs).toContain(paragraph);
  });

  it('starts with the headline once', () => {
    expect(paragraphs[0]).toBe('Harbour Street bridge to close to cars');
    expect(paragraphs.filter((p) => p === 'Harbour Street bridge to close to cars')).toHaveLength(1);
  });

  it('leaves out scripts, styles, navigation, related links and the footer', () => {
    for (const junk of ['SCRIPT_PAYLOAD_SENTINEL', 'SECOND_SCRIPT_SENTINEL', 'STYLE_TEXT_SENTINEL', 'RELATED_LINK_SENTINEL', 'written', 'All rights reserved', 'Sport', 'Opinion']) {
      expect(result.text).not.toContain(junk);
    }
  });

  it('leaves no markup, entity or handler behind', () => {
    expect(result.text).not.toMatch(/<[a-z/!]/i);
    expect(result.text).not.toMatch(/&[a-z]+;|&#/i);
    expect(result.text).not.toMatch(/onerror|onclick|alert\(/);
  });

  it('uses plain paragraphs: blank-line separated, no stray whitespace', () => {
    expect(result.text).not.toMatch(/\n{3,}|[ \t]\n|\n[ \t]| {2}/);
    expect(result.text).toBe(result.text.trim());
  });

  it('reports the figcaption as a caption and keeps it as its own paragraph', () => {
    expect(result.captions).toEqual([CAPTION]);
    expect(paragraphs).toContain(CAPTION);
  });

  it('reads the metadata from the tags, first source winning', () => {
    expect(result.metadata).toEqual({
      title: 'Harbour Street bridge to close to cars',
      outlet: 'The Riverside Gazette',
      // meta article:author is a URL, so JSON-LD's authors are used.
      author: 'Jane Doe and Tom Lee',
      publishedAt: '2024-03-05T21:14:00Z',
      url: 'https://gazette.example/news/2024/03/05/harbour-bridge',
      language: 'en-GB',
    });
  });
});

describe('extractHtml metadata fallbacks', () => {
  const article = `<article><h1>Ferry times change</h1>${'<p>The ferry will run every twenty minutes at peak times from next month, the operator said.</p>'.repeat(4)}</article>`;

  it('falls back to JSON-LD, then elements, and resolves the canonical link', () => {
    const html = `<html><head><title>Ferry | Gazette</title>
      <meta property="og:locale" content="fr_CA">
      <link rel="canonical" href="/ferry">
      <script type="application/ld+json">[{"@type":"Organization","name":"x"},{"@type":["NewsArticle"],"author":"Ana Ruiz","publisher":[{"name":"Ferry Weekly"}],"datePublished":"5 March 2024"}]</script>
      <script type="application/ld+json">{ broken json </script>
      </head><body>${article}</body></html>`;
    const { metadata } = extractHtml(html, 'https://ferry.example/news/today');
    expect(metadata).toEqual({
      title: 'Ferry times change',
      outlet: 'Ferry Weekly',
      author: 'Ana Ruiz',
      publishedAt: '2024-03-05',
      url: 'https://ferry.example/ferry',
      language: 'fr-CA',
    });
  });

  it('uses <title>, rel=author, <time datetime> and the base URL when nothing better exists', () => {
    const html = `<html><head><title> Quiet   day </title></head><body><article><p>By <a rel="author">Lee Chen</a></p><time datetime="2023-11-02">2 Nov</time>${'<p>Nothing much happened in the harbour today, which the harbour master called a relief after a busy week.</p>'.repeat(3)}</article></body></html>`;
    const { metadata } = extractHtml(html, 'https://harbour.example/quiet');
    expect(metadata).toEqual({ title: 'Quiet day', author: 'Lee Chen', publishedAt: '2023-11-02', url: 'https://harbour.example/quiet' });
  });

  it('ignores page-supplied addresses that are not web addresses and unparseable dates', () => {
    const html = `<head><meta property="og:url" content="javascript:alert(1)"><meta name="date" content="soon"><meta name="author" content="Kim Park"></head><p>short</p>`;
    const { metadata } = extractHtml(html);
    expect(metadata).toEqual({ author: 'Kim Park' });
  });
});

describe('extractHtml on short and odd input', () => {
  it('falls back to the body text when there is too little article', () => {
    const html = '<nav>Home</nav><div>Council meets <b>tonight</b>.<div>Agenda: budget.</div></div><footer>(c) Gazette</footer>';
    expect(extractHtml(html).text).toBe('Council meets tonight.\n\nAgenda: budget.');
  });

  it('accepts fragments, plain text and the empty string', () => {
    expect(extractHtml('').text).toBe('');
    expect(extractHtml('Just words &amp; more').text).toBe('Just words & more');
    expect(extractHtml('<li>one</li><li>two</li>').text).toBe('one\n\ntwo');
  });

  it('treats one <br> as a space and two as a paragraph break', () => {
    expect(extractHtml('<p>line one<br>line two<br><br>next</p>').text).toBe('line one line two\n\nnext');
  });

  it('keeps text the page escaped, but never in a form that reads as a tag', () => {
    expect(extractHtml('<p>Type &lt;b&gt; to make text bold, &lt;/b&gt; to stop; 3 &lt; 4.</p>').text).toBe('Type < b> to make text bold, < /b> to stop; 3 < 4.');
    const sneaky = extractHtml('<title>&lt;script&gt;x</title><p>&lt;script&gt;alert(1)&lt;/script&gt; and <</i>img src=x></p>');
    expect(sneaky.text).toBe('< script>x\n\n< script>alert(1)< /script> and < img src=x>');
    expect(sneaky.metadata.title).toBe('< script>x');
  });

  it('survives nesting far deeper than any real page', () => {
    expect(extractHtml(`${'<div>'.repeat(20_000)}deep text`).text).toBe('deep text');
  });
});

describe('extractHtml on hostile input', () => {
  const SENTINEL = '__copydeskExtractSentinel';
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete g[SENTINEL];
  });

  const HOSTILE = [
    `<script>globalThis.${SENTINEL} = 'ran'</script><p>after script</p>`,
    `<img src=x onerror="globalThis.${SENTINEL}='img'"><p>after img</p>`,
    `<p><a href="javascript:globalThis.${SENTINEL}='link'">a link</a> after link</p>`,
    `<svg><script>globalThis.${SENTINEL}='svg'</script><text>svg text</text></svg><p>after svg</p>`,
    `<p style="background:url(javascript:globalThis.${SENTINEL}='css')">after css</p><style>p{background:url("x.png")}</style>`,
    `<iframe srcdoc="<script>globalThis.${SENTINEL}='iframe'</script>"></iframe><p>after iframe</p>`,
    `<body onload="globalThis.${SENTINEL}='load'"><details open ontoggle="globalThis.${SENTINEL}='toggle'"><p>after details</p></details></body>`,
    `<object data="javascript:1"></object><embed src="x"><template><script>1</script></template><p>after object</p>`,
    `<scr<script>ipt>alert(1)</scr</script>ipt><p>after split</p>`,
    `<!--<script>--><p>after comment</p><![CDATA[<script>]]>`,
    // Once sent Readability into an endless loop: a comment holding "-->" and a doctype.
    `<td style="background:url(x)"></meta>'<!doctype html><![CDATA[<![CDATA[--><!doctype html><svg>]]><p>after cdata</p>`,
    // A <title> inside the body whose text says "</title>": must not come back as markup.
    `<div><p>after title</p><title>&lt;/title&gt;&lt;script&gt;globalThis.${SENTINEL}='title'&lt;/script&gt;</title></div>`,
  ];

  it.each(HOSTILE)('extracts only text from %s', (html) => {
    g[SENTINEL] = 'untouched';
    const keysBefore = Object.keys(globalThis).sort();
    const { text } = extractHtml(html);
    expect(g[SENTINEL]).toBe('untouched');
    expect(Object.keys(globalThis).sort()).toEqual(keysBefore);
    expect(text).toMatch(/after /);
    expect(text).not.toMatch(/<\s*[a-z/!]|javascript:|onerror|onload|srcdoc|url\(/i);
    expect(text).not.toContain(SENTINEL);
  });
});

describe('extractHtml properties', () => {
  // Nothing in the text may read as a tag: not parsed markup, and not markup re-spelled by
  // decoded entities or by "<" text that ends up next to a tag's name once markup is removed.
  const noMarkup = (text: string) => expect(text).not.toMatch(/<[a-z!/?]/i);

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (html) => {
        const result = extractHtml(html);
        expect(typeof result.text).toBe('string');
        noMarkup(result.text);
      }),
      { numRuns: 300 },
    );
  });

  const tag = fc.constantFrom('p', 'div', 'script', 'SCRIPT', 'style', 'svg', 'iframe', 'img', 'a', 'li', 'figcaption', 'figure', 'h1', 'br', 'noscript', 'template', 'html', 'body', 'head', 'title', 'meta', 'table', 'td');
  const attribute = fc.constantFrom('', ' onerror="x()"', ' src=x', ' href="javascript:alert(1)"', ' style="background:url(x)"', ' srcdoc="<script>x</script>"', ' property="og:title" content="T"', " class='a'", ' hidden', ' type="application/ld+json"');
  const text = fc.constantFrom('', 'hello', ' words  here ', '<', '>', '"', "'", '<script', 'script>', '&lt;script&gt;', '&#60;', '&', 'lt;', '{"@type":"NewsArticle"}', '\n', '=', '/');
  const piece = fc.oneof(
    tag.chain((name) => attribute.map((attr) => `<${name}${attr}>`)),
    tag.map((name) => `</${name}>`),
    text,
    fc.constantFrom('<!--', '-->', '<![CDATA[', ']]>', '<!doctype html>'),
  );

  it('never throws and leaves no <script on tag soup', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const html = pieces.join('');
        const result = extractHtml(html, 'https://example.com/');
        expect(typeof result.text).toBe('string');
        expect(result.text.toLowerCase()).not.toContain('<script');
        noMarkup(result.text);
      }),
      { numRuns: 500 },
    );
  });
});
