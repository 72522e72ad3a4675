import { describe, expect, it } from 'vitest';
import { ELEMENT_NODE, parseDocument, type DomNode } from './dom';
import { extractHtml } from './html';
import { boundHtml, HtmlBudgetError, MAX_HTML_DEPTH, MAX_TAG_ATTRIBUTES } from './htmlBudget';

const STORY =
  '<p>Le 3 mars 2022, le président a annoncé une réforme importante du système des retraites du pays.</p>';
const nested = (n: number, inner = STORY) =>
  `<html><body>${'<div>'.repeat(n)}${inner}${'</div>'.repeat(n)}</body></html>`;

/** The deepest element of the parsed page, walked without recursion. */
function depthOf(html: string): number {
  let max = 0;
  const stack: [DomNode, number][] = [[parseDocument(html) as unknown as DomNode, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (node.nodeType === ELEMENT_NODE) max = Math.max(max, d);
    for (const child of Array.from(node.childNodes)) stack.push([child, d + 1]);
  }
  return max;
}

describe('boundHtml', () => {
  it('leaves a real page as it is', () => {
    const page = `<!doctype html><html><head><title>T</title><script>if (a < b) document.write('<div>')</script></head>
      <body><article><h1>Titre</h1>${STORY}<ul><li>un<li>deux</ul><svg><path d="M0 0"/><path/></svg></article></body></html>`;
    const out = boundHtml(page);
    expect(out.html).toBe(page);
    expect(out.flattened).toBe(0);
    expect(out.elements).toBe(14);
  });

  it('drops the tags deeper than the limit and keeps every word, so the page parses at most that deep', () => {
    const out = boundHtml(nested(2000));
    // html and body are the first two levels; every <div> past the limit loses its open and close tag.
    expect(out.flattened).toBe(2 * (2000 - (MAX_HTML_DEPTH - 2)));
    expect(depthOf(out.html)).toBeLessThanOrEqual(MAX_HTML_DEPTH + 2);
    expect(out.html).toContain(STORY);
  });

  it('keeps a word whole when the inline tags inside it are dropped', () => {
    const out = boundHtml(nested(10, '<b>Mo</b>scou <div>et</div> Kiev'), 4);
    expect(out.html).toContain('Moscou');
    expect(out.html).toContain(' et  Kiev');
  });

  it('reads quoted attributes, comments and script text as the parser does', () => {
    const tricky = `<div title="a > b" data-x='<div>'><!-- <div><div> --><script>"<div>"</script><div>x</div></div>`;
    const out = boundHtml(tricky, 1);
    // Only the inner <div>…</div> is past depth 1; the quoted, commented and scripted "<div>"s are no tags.
    expect(out.flattened).toBe(2);
    expect(out.html).toContain(`<!-- <div><div> --><script>"<div>"</script> x </div>`);
  });

  it('counts elements and refuses a page past the element limit', () => {
    expect(() => boundHtml('<span>a</span>'.repeat(1001), 128, 1000)).toThrow(HtmlBudgetError);
    expect(boundHtml('<span>a</span>'.repeat(1000), 128, 1000).elements).toBe(1000);
  });
});

const attrs = (n: number) => Array.from({ length: n }, (_, i) => ` a${i}="x"`).join('');

describe('boundHtml on tags with very many attributes', () => {
  it('keeps a real tag’s attributes as they are', () => {
    const page = `<article class="story" data-id="7" lang="fr"${attrs(40)}>${STORY}</article>`;
    expect(boundHtml(page)).toMatchObject({ html: page, stripped: 0 });
  });

  it('drops the attributes of a tag past the limit, keeping the tag, its text, and self-closing', () => {
    const page = `<div${attrs(MAX_TAG_ATTRIBUTES + 1)}>${STORY}</div><svg><path${attrs(1000)}/></svg>`;
    expect(boundHtml(page)).toMatchObject({ html: `<div>${STORY}</div><svg><path/></svg>`, stripped: 2 });
  });

  it('drops a stripped tag whole when it is also too deep', () => {
    const deep = `${`<div${attrs(600)}>`.repeat(200)}${STORY}${'</div>'.repeat(200)}`;
    const bounded = boundHtml(deep);
    expect(bounded.flattened).toBe(2 * (200 - MAX_HTML_DEPTH));
    expect(bounded.stripped).toBe(MAX_HTML_DEPTH);
    expect(bounded.html).not.toContain('a0=');
    expect(depthOf(bounded.html)).toBeLessThanOrEqual(MAX_HTML_DEPTH + 2);
  });
});

describe('extractHtml on hostile nesting', () => {
  it('extracts the story of a page whose one tag has a million attributes', () => {
    const page = `<html><body><div${attrs(1_000_000)}>${STORY}</div></body></html>`;
    expect(extractHtml(page)?.text).toContain('Le 3 mars 2022, le président a annoncé');
  });

  it('extracts the story of a page nested 200 000 <div> deep', () => {
    expect(extractHtml(nested(200_000))?.text).toContain('Le 3 mars 2022, le président a annoncé');
  });
});
