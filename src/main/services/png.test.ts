import { describe, expect, it } from 'vitest';
import { seedDocument } from '../../core/timeline/__fixtures__/docs';
import { toSvg } from '../../core/timeline/svg';
import { renderSvg, svgToPng } from './png';

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
