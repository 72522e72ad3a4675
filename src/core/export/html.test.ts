import { describe, expect, it } from 'vitest';
import { seedDocument } from '../timeline/__fixtures__/docs';
import { exportDocument, HOSTILE } from './__fixtures__/docs';
import { jsonForScript, toHtml } from './html';
import { sha256Base64 } from './sha256';

const SCRIPT = 'document.documentElement.dataset.ready = "true";';
const page = (doc = exportDocument()) => toHtml(doc, { script: SCRIPT });

function cspOf(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(html);
  expect(m).not.toBeNull();
  return m![1]!.replace(/&#39;/gu, "'");
}

describe('toHtml', () => {
  it('has a strict CSP that allows only its own script and style, by hash', () => {
    const html = page();
    const csp = cspOf(html);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${sha256Base64(SCRIPT)}'`);
    const style = /<style>([\s\S]*?)<\/style>/u.exec(html)![1]!;
    expect(csp).toContain(`style-src 'sha256-${sha256Base64(style)}'`);
    expect(csp).not.toMatch(/unsafe|https?:|\*/u);
  });
  it('references nothing outside the file', () => {
    const html = page();
    expect(html).not.toMatch(/\s(?:src|href)="(?!#)/u);
    expect(html).not.toMatch(/url\((?!#)/u);
    expect(html).not.toMatch(/@import|@font-face/u);
  });
  it('the hostile article stays text: no tag of it survives anywhere in the file', () => {
    const html = page();
    // The only script elements are the data block and the page's own script.
    expect(html.match(/<script/gu)).toHaveLength(2);
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/talks <\/title>|alert\(1\)<\/script>|<img/u);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('onerror=&quot;alert(2)&quot;');
    const block = /<script type="application\/json" id="factline-data">([\s\S]*?)<\/script>/u.exec(html)![1]!;
    expect(block).not.toMatch(/[<>]/u);
    expect((JSON.parse(block) as { doc: { text: string } }).doc.text).toContain(HOSTILE);
  });
  it('shows the title, the source, each visible event in the list and the article with its claims', () => {
    const html = page();
    expect(html).toContain('<h1>Strike &amp; talks &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('strike &lt;&amp;&gt; &quot;talks&quot;.txt');
    expect(html.match(/<button type="button" data-id=/gu)).toHaveLength(8);
    expect(html).not.toContain('Hidden one');
    expect(html).toContain(
      '<span class="claim" data-ids="e5">From 3 to 9 June 2022 the dockers walked out.</span>',
    );
    expect(html).toContain('<span class="when">Q2 2025</span>');
  });
  it('writes its words in the article’s language, or the one asked for', () => {
    expect(toHtml(seedDocument(), { script: SCRIPT })).toContain('<html lang="fr">');
    expect(toHtml(seedDocument(), { script: SCRIPT })).toContain('Tout afficher');
    expect(toHtml(seedDocument(), { script: SCRIPT, lang: 'en' })).toContain('Fit all');
  });
  it('refuses a script that would end its own element', () => {
    expect(() => toHtml(exportDocument(), { script: 'x="</script>"' })).toThrow(/cannot be inlined/u);
  });
  it('jsonForScript escapes what could end a script element', () => {
    expect(jsonForScript({ a: '</script><!--\u2028' })).toBe(
      '{"a":"\\u003c/script\\u003e\\u003c!--\\u2028"}',
    );
  });
});
