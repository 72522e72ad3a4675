// The few DOM members the article code uses, typed here because the Node build has no DOM library:
// linkedom builds the document, Readability reads it, and nothing else touches it.

import { parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument extends DomElement {
  documentElement: DomElement;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Collapses runs of white space the way a browser renders them (« Le\n   Monde » → « Le Monde »). */
export function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Parses markup into an inert document: linkedom runs no script and loads nothing. */
export function parseDocument(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}
