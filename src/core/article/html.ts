// A saved web page → the article a reader came for: headline first, then its paragraphs separated by a
// blank line, as plain text. The page is parsed by linkedom (no script ever runs, nothing is rendered)
// and the article picked out by Mozilla's Readability, after the obvious clutter is taken away.

import { Readability } from '@mozilla/readability';
import { ELEMENT_NODE, TEXT_NODE, parseDocument, squash, type DomDocument, type DomNode } from './dom';
import { boundHtml } from './htmlBudget';
import { findHtmlDate } from './htmlDate';
import type { DateFinding } from './textDate';

export interface HtmlArticle {
  text: string;
  title: string | null;
  /** The publication date the page's metadata declares; a date in the text is for the caller to read. */
  date: DateFinding | null;
}

/** Fewer words than this after extraction means the page holds no article (a home page, a login wall). */
export const MIN_ARTICLE_WORDS = 12;

// Elements that are never part of the story, whatever Readability thinks.
const CLUTTER_TAGS = 'script, style, noscript, template, iframe, nav, footer, aside, form, button, dialog';
// class/id words of cookie banners, adverts, share bars and newsletter boxes: `cookie-banner`, `ad-slot`.
const CLUTTER_NAMES =
  /(?:^|[\s_-])(?:ads?|advert\w*|adsbygoogle|dfp|pub|publicite|cookies?|consent|gdpr|cmp|didomi|newsletter|paywall|promo|sponsor\w*|share|sharing|social|related|outbrain|taboola|popup|modal|comments?|reactions)(?:$|[\s_-])/i;
// Whole paragraphs that are page furniture, not story: an advert's label, a "read also" link.
const CLUTTER_PARAGRAPHS =
  /^(?:publicité|pub|advertisement|advertising|annonce|sponsored|contenu sponsorisé|(?:à )?lire aussi\b.{0,150}|read (?:more|also)\b.{0,150})$/iu;
const KEEP_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

const BLOCK_TAGS = new Set(
  'P DIV SECTION ARTICLE MAIN HEADER FOOTER ASIDE NAV H1 H2 H3 H4 H5 H6 UL OL LI DL DT DD BLOCKQUOTE PRE FIGURE FIGCAPTION TABLE THEAD TBODY TFOOT TR HR ADDRESS FIELDSET DETAILS SUMMARY CENTER'.split(
    ' ',
  ),
);
const SKIP_TAGS = new Set(
  'TITLE SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME OBJECT EMBED BUTTON SELECT TEXTAREA CANVAS VIDEO AUDIO IMG PICTURE'.split(
    ' ',
  ),
);

/** The article in `html`, or null when the page has no article text. */
export function extractHtml(markup: string): HtmlArticle | null {
  if (!/<[a-z!]/i.test(markup)) return null;
  // Bounded first (HtmlBudgetError past the element limit): a page 200 000 <div> deep would take hours.
  const { html } = boundHtml(markup);
  // linkedom builds no <html> around a bare fragment (`<h1>…</h1><p>…</p>`), and Readability needs one.
  const doc = parseDocument(
    /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`,
  );
  if (!doc.documentElement) return null;
  // Metadata first: Readability rewrites the document as it goes.
  const metaDate = findHtmlDate(doc);
  const title = pageTitle(doc);
  removeClutter(doc);

  const parsed = new Readability(doc as never, { serializer: (node) => node as unknown as DomNode }).parse();
  const paragraphs = (parsed?.content ? paragraphsOf(parsed.content) : []).filter(
    (p) => !CLUTTER_PARAGRAPHS.test(p),
  );
  if (wordCount(paragraphs.join(' ')) < MIN_ARTICLE_WORDS) return null;

  const headline = title || squash(parsed?.title) || null;
  if (headline && squash(paragraphs[0]) === headline) paragraphs.shift();
  const text = [headline, ...paragraphs].filter(Boolean).join('\n\n');

  return { text, title: headline, date: metaDate };
}

/** og:title, else the article's <h1>, else <title>. */
function pageTitle(doc: DomDocument): string | null {
  const og = squash(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  const h1 = squash((doc.querySelector('article h1') ?? doc.querySelector('h1'))?.textContent);
  const title = squash(doc.querySelector('title')?.textContent);
  return og || h1 || title || null;
}

function removeClutter(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll(CLUTTER_TAGS))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('[class], [id], [role]'))) {
    // A wrapper named `post social-enabled` may hold the story itself: leave anything with real prose
    // in it to Readability, which weighs text rather than names.
    if (KEEP_TAGS.has(el.tagName.toUpperCase()) || el.querySelector('article')) continue;
    if (el.querySelectorAll('p').length >= 5) continue;
    const role = el.getAttribute('role');
    if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary')
      el.remove();
    else if (CLUTTER_NAMES.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`))
      el.remove();
  }
}

/** Block elements become paragraphs, <br> a line break, and inline white space collapses as on screen. */
export function paragraphsOf(root: DomNode): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const p = current
      .replace(/[ \t]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim();
    if (p) out.push(p);
    current = '';
  };
  const walk = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      current += pre ? (node.textContent ?? '') : (node.textContent ?? '').replace(/[\t\n\r ]+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    if (tag === 'TD' || tag === 'TH') current += ' ';
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child, pre || tag === 'PRE');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return out;
}

function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
