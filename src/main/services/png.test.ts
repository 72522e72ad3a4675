import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDocument } from '../../core/timeline/__fixtures__/docs';
import { toSvg } from '../../core/timeline/svg';
import { renderSvg, SVG_LIMITS, SvgRefusedError, svgProblem, svgToPng, svgToPngAsync } from './png';

function ihdr(png: Uint8Array): { width: number; height: number } {
  expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('svgToPng', () => {
  const svg = toSvg(seedDocument(), { width: 1200 });
  const height = Number(/height="(\d+)"/u.exec(svg)![1]);

  it('renders the seed at width × scale', () => {
    expect(ihdr(svgToPng(svg, {}))).toEqual({ width: 1200, height });
    expect(ihdr(svgToPng(svg, { scale: 2 }))).toEqual({ width: 2400, height: height * 2 });
  });

  it('draws the timeline and its text, not a blank page', () => {
    const image = renderSvg(svg);
    const px = image.pixels;
    let ink = 0;
    let dark = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (px[i] < 250 || px[i + 1] < 250 || px[i + 2] < 250) ink++;
      if (px[i] < 90 && px[i + 1] < 90 && px[i + 2] < 90) dark++;
    }
    expect(ink / (px.length / 4)).toBeGreaterThan(0.02);
    // Dark pixels are mostly glyphs: without a font resvg would silently draw none.
    expect(dark).toBeGreaterThan(3000);
  });

  it('renders a document with no events', () => {
    const doc = seedDocument();
    doc.events = [];
    const png = svgToPng(toSvg(doc, { width: 800 }), { scale: 1.5 });
    expect(ihdr(png).width).toBe(1200);
  });

  it('is deterministic', () => {
    expect(Buffer.from(svgToPng(svg)).equals(Buffer.from(svgToPng(svg)))).toBe(true);
  });

  it('keeps the title text when rendered (fonts found)', () => {
    const noText = svg.replace(/<text[^>]*>[^<]*<\/text>/gu, '');
    expect(svgToPng(noText).length).toBeLessThan(svgToPng(svg).length);
  });
});

describe('svgToPng on hostile SVG', () => {
  const red = svgToPng(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>',
  );
  const dir = mkdtempSync(join(tmpdir(), 'factline-png-'));
  const secret = join(dir, 'secret.png');
  writeFileSync(secret, red);
  const wrap = (body: string, head = '') =>
    `${head}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">${body}</svg>`;

  it.each([
    [
      'an <image> naming a local file',
      wrap(`<image href="${secret}" width="10" height="10"/>`),
      /embeds an image/,
    ],
    [
      'a file: URL in xlink:href',
      wrap(`<use xlink:href="file://${secret}#x"/>`),
      /links to something outside/,
    ],
    ['an feImage', wrap(`<filter id="f"><feImage href="${secret}"/></filter>`), /embeds an image/],
    ['a filter', wrap('<filter id="f"><feGaussianBlur stdDeviation="900"/></filter>'), /uses a filter/],
    ['url() to a file', wrap(`<rect width="10" height="10" fill="url(${secret})"/>`), /url\(\)/],
    ['a style @import', wrap(`<style>@import url("${secret}");</style>`), /imports another file/],
    [
      'an entity bomb',
      wrap('<text>&a;</text>', '<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]>'),
      /declares a DTD or entities/,
    ],
  ])('refuses %s, before reading anything', (_what, svg, why) => {
    expect(svgProblem(svg)).toMatch(why);
    expect(() => svgToPng(svg)).toThrow(SvgRefusedError);
  });

  it('refuses a canvas past the pixel limit before drawing it, counting the scale', () => {
    const big = '<svg xmlns="http://www.w3.org/2000/svg" width="15000" height="15000"/>';
    expect(() => svgToPng(big)).toThrow(/15000 × 15000 pixels it is larger than the 50 million pixels/);
    const ok = '<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="4000"/>';
    expect(() => svgToPng(ok, { scale: 2 })).toThrow(SvgRefusedError);
    expect(() => svgToPng('x'.repeat(100), {}, { ...SVG_LIMITS, maxChars: 99 })).toThrow(/longer than 99/);
  });

  it('accepts article words that look like markup, and internal url(#…) references', async () => {
    const svg = wrap(
      '<defs><pattern id="p" width="4" height="4"/></defs><rect width="10" height="10" fill="url(#p)"/><text>voir url(http://x) et href=a</text>',
    );
    expect(svgProblem(svg)).toBeNull();
    expect(ihdr(await svgToPngAsync(svg, { scale: 2 }))).toEqual({ width: 20, height: 20 });
  });
});
