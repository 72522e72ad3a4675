// Markdown → the text a reader sees once it is rendered: headings and paragraphs kept (a blank line between
// blocks), markup gone (`**Moscou**` → « Moscou », `[l'ONU](https://…)` → « l'ONU »). A list stays a list: one
// block, an item a line, marked « • » or « 1. » and indented by depth. Code blocks are left out: `2024-01-15`
// in a fenced sample of a log or a config is not a dated claim of the article.

import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parseDateValue, type DateFinding } from './textDate';

export interface MarkdownArticle {
  text: string;
  title: string | null;
  /** From a YAML front-matter `date:`/`published:` line, when the file has one. */
  date: DateFinding | null;
}

const FRONT_MATTER = /^---\r?\n(?<body>[\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n/;
const DATE_KEYS = ['datePublished', 'published', 'pubDate', 'publishDate', 'date'];

export function extractMarkdown(source: string): MarkdownArticle {
  const front = FRONT_MATTER.exec(source);
  const fields = front ? frontMatterFields(front.groups!.body) : new Map<string, string>();
  const root = fromMarkdown(front ? source.slice(front[0].length) : source);
  const blocks = blocksOf(root).filter((b) => b.length > 0);

  const heading = root.children.find((n) => n.type === 'heading');
  const title =
    unquote(fields.get('title')) ||
    (heading ? inline(heading).trim() : '') ||
    blocks[0]?.split('\n')[0] ||
    null;
  let date: DateFinding | null = null;
  for (const key of DATE_KEYS) {
    const value = parseDateValue(unquote(fields.get(key.toLowerCase())));
    if (value) {
      date = { date: value, detail: `front matter ${key}` };
      break;
    }
  }
  return { text: blocks.join('\n\n'), title, date };
}

function blocksOf(node: Nodes): string[] {
  switch (node.type) {
    case 'root':
    case 'blockquote':
      return node.children.flatMap(blocksOf);
    case 'list':
      return [listLines(node, 0).join('\n')];
    case 'heading':
    case 'paragraph':
      return [inline(node).trim()];
    default:
      return []; // thematic breaks, raw HTML, link definitions: nothing a reader sees as text
  }
}

/** « • item » lines (« 3. item » when ordered), nested lists indented two spaces a level. */
function listLines(list: Extract<Nodes, { type: 'list' }>, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const first = list.start ?? 1;
  return list.children.flatMap((item, i) => {
    const mark = list.ordered ? `${first + i}. ` : '• ';
    const lines: string[] = [];
    for (const child of item.children) {
      if (child.type === 'list') lines.push(...listLines(child, depth + 1));
      else {
        const text = blocksOf(child).join(' ').trim();
        if (!text) continue;
        const hang = ' '.repeat(mark.length);
        lines.push(
          ...text.split('\n').map((l, j) => `${indent}${lines.length === 0 && j === 0 ? mark : hang}${l}`),
        );
      }
    }
    return lines;
  });
}

function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    case 'html':
      return '';
    default:
      return 'children' in node ? node.children.map((c) => inline(c as Nodes)).join('') : '';
  }
}

/** `key: value` lines of a YAML front matter, keys lower-cased; enough for title and date. */
function frontMatterFields(body: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of body.split(/\r?\n/)) {
    const m = /^(?<key>[\w-]+)\s*:\s*(?<value>.+)$/.exec(line);
    if (m) fields.set(m.groups!.key.toLowerCase(), m.groups!.value.trim());
  }
  return fields;
}

function unquote(value: string | undefined): string {
  return (value ?? '').replace(/^(["'])(.*)\1$/, '$2').trim();
}
