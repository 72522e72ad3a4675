// The publication date a web page declares about itself, strongest source first. Only creation dates
// count: `article:modified_time` or `dateModified` describe an edit, not when the story was written.

import type { DomDocument } from './dom';
import { parseDateValue, type DateFinding } from './textDate';

// <meta> keys (property, name or itemprop, compared lower-case) in order of trust.
const META_KEYS: readonly string[] = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article.published',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'sailthru.date',
  'parsely-pub-date',
];

/** The page's declared publication date, or null; `detail` names the source (`JSON-LD datePublished`). */
export function findHtmlDate(doc: DomDocument): DateFinding | null {
  const metas = new Map<string, { key: string; value: string }>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    const value = meta.getAttribute('content');
    if (key && value && !metas.has(key.toLowerCase())) metas.set(key.toLowerCase(), { key, value });
  }
  const fromMeta = (key: string): DateFinding | null => {
    const m = metas.get(key);
    const date = m ? parseDateValue(m.value) : null;
    return date && m ? { date, detail: m.key } : null;
  };
  return fromMeta(META_KEYS[0]) ?? fromJsonLd(doc) ?? firstOf(META_KEYS.slice(1), fromMeta) ?? fromTime(doc);
}

function firstOf<T, R>(items: readonly T[], f: (item: T) => R | null): R | null {
  for (const item of items) {
    const r = f(item);
    if (r) return r;
  }
  return null;
}

// JSON-LD: a NewsArticle may sit at the top, in an array, or inside "@graph" beside the WebSite and Person.
function fromJsonLd(doc: DomDocument): DateFinding | null {
  const found: { date: string; article: boolean }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.datePublished === 'string') {
      const date = parseDateValue(o.datePublished);
      const type = [o['@type']].flat().join(' ');
      if (date) found.push({ date, article: /Article|Posting|Report/i.test(type) });
    }
    visit(o['@graph']);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources still count.
    }
  }
  const best = found.find((f) => f.article) ?? found[0];
  return best ? { date: best.date, detail: 'JSON-LD datePublished' } : null;
}

// <time pubdate> or itemprop=datePublished anywhere; otherwise the first <time datetime> of the <article>
// (a sidebar's "related stories" times come later or outside it).
function fromTime(doc: DomDocument): DateFinding | null {
  const marked = doc.querySelector('time[pubdate][datetime], time[itemprop="datePublished"][datetime]');
  const markedDate = marked ? parseDateValue(marked.getAttribute('datetime') ?? '') : null;
  if (markedDate) return { date: markedDate, detail: '<time pubdate>' };
  const first = doc.querySelector('article time[datetime]');
  const date = first ? parseDateValue(first.getAttribute('datetime') ?? '') : null;
  return date ? { date, detail: '<time datetime> in <article>' } : null;
}
