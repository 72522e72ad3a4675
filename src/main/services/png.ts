// SVG → PNG with resvg, fonts loaded only from resources/fonts (system fonts off), so the same SVG gives
// the same pixels on every machine. resvg drops text silently without a font, hence the explicit files.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RenderedImage, ResvgRenderOptions } from '@resvg/resvg-js';

// resvg's native binding is loaded on the first export, not when the app or the command starts.
let resvgModule: typeof import('@resvg/resvg-js') | null = null;
const resvg = (): typeof import('@resvg/resvg-js') =>
  (resvgModule ??= createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js'));

const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/** resources/fonts, from the source tree, the bundled app (out/main) or a packaged app's resources. */
export function fontDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    process.env.FACTLINE_FONTS,
    resolve(here, '../../../resources/fonts'),
    resolve(here, '../../resources/fonts'),
    resolve(here, '../resources/fonts'),
    (process as { resourcesPath?: string }).resourcesPath
      ? join((process as { resourcesPath?: string }).resourcesPath!, 'fonts')
      : undefined,
    resolve(process.cwd(), 'resources/fonts'),
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((d) => existsSync(join(d, FONT_FILES[0])));
  if (!found) throw new Error(`fonts not found (looked in ${candidates.join(', ')})`);
  return found;
}

// The SVG comes from the renderer, so it is treated as hostile: resvg would read any file an <image> names
// (`<image href="/home/ana/.ssh/id_rsa.png">` ends up in the PNG), and a 15 000 × 15 000 canvas or a large
// filter takes gigabytes. Our own timeline SVG uses none of what is refused here (no image, filter, DTD,
// external href or url()), and stays far inside the sizes.
export const SVG_LIMITS = {
  /** Characters of SVG markup (a timeline of 10 000 events is some 5 MB). */
  maxChars: 32 * 1024 * 1024,
  /** Pixels of the PNG, scale included: 50 million is 200 MB of RGBA. */
  maxPixels: 50_000_000,
  /** Width or height of the PNG, in pixels. */
  maxSide: 32_000,
};

export class SvgRefusedError extends Error {
  override readonly name = 'SvgRefusedError';
}

// Checked on the tags only: an article sentence drawn as a label may well say « url( » or « href= ».
const REFUSED_TAGS: [RegExp, string][] = [
  [/<!DOCTYPE|<!ENTITY/i, 'it declares a DTD or entities'],
  [
    /<(?:[\w-]+:)?(?:image|feImage|foreignObject|script)\b/i,
    'it embeds an image, a script or foreign content',
  ],
  [/<(?:[\w-]+:)?filter\b/i, 'it uses a filter'],
  [/\bhref\s*=\s*(?!["']\s*#)/i, 'it links to something outside itself'],
  [/url\(\s*(?!["']?\s*#)/i, 'it refers to something outside itself with url()'],
];
const REFUSED_STYLE: [RegExp, string][] = [
  [/@import/i, 'its style imports another file'],
  [/url\(\s*(?!["']?\s*#)/i, 'it refers to something outside itself with url()'],
];
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/** What is wrong with `svg` as an image to rasterise, in words, or null (markup only; the size is checked on parse). */
export function svgProblem(svg: string, limits = SVG_LIMITS): string | null {
  if (svg.length > limits.maxChars) return `it is longer than ${limits.maxChars} characters`;
  const styles = Array.from(svg.matchAll(STYLE), (m) => m[1]).join('\n');
  // Text between tags is dropped (it is drawn, never loaded); style sheets are checked on their own.
  const tags = svg.replace(STYLE, '<style/>').replace(/>[^<]*</g, '><');
  for (const [re, why] of REFUSED_TAGS) if (re.test(tags)) return why;
  for (const [re, why] of REFUSED_STYLE) if (re.test(styles)) return why;
  return null;
}

function options(scale: number): ResvgRenderOptions {
  const dir = fontDir();
  return {
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES.map((f) => join(dir, f)),
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    logLevel: 'off',
  };
}

/** Checks the markup, then parses and checks the pixel count before a single pixel is drawn. */
function checked(
  svg: string,
  scale: number,
  limits: typeof SVG_LIMITS,
): InstanceType<typeof import('@resvg/resvg-js').Resvg> {
  const problem = svgProblem(svg, limits);
  if (problem) throw new SvgRefusedError(`The image was not made: ${problem}.`);
  const image = new (resvg().Resvg)(svg, options(scale));
  const width = Math.ceil(image.width * scale);
  const height = Math.ceil(image.height * scale);
  if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels)
    throw new SvgRefusedError(
      `The image was not made: at ${width} × ${height} pixels it is larger than the ${limits.maxPixels / 1e6} million pixels an export may have; choose a smaller scale or export the visible part.`,
    );
  return image;
}

const scaleOf = (opts: { scale?: number }): number => (opts.scale && opts.scale > 0 ? opts.scale : 1);

/** Renders with the shipped fonts only; `pixels` of the result are RGBA, for tests and previews. */
export function renderSvg(svg: string, opts: { scale?: number } = {}, limits = SVG_LIMITS): RenderedImage {
  return checked(svg, scaleOf(opts), limits).render();
}

export function svgToPng(svg: string, opts: { scale?: number } = {}, limits = SVG_LIMITS): Uint8Array {
  return new Uint8Array(renderSvg(svg, opts, limits).asPng());
}

/** As svgToPng, but drawn on libuv's thread pool, so a large export never freezes the window. */
export async function svgToPngAsync(
  svg: string,
  opts: { scale?: number } = {},
  limits = SVG_LIMITS,
): Promise<Uint8Array> {
  const scale = scaleOf(opts);
  checked(svg, scale, limits);
  const image = await resvg().renderAsync(svg, options(scale));
  return new Uint8Array(image.asPng());
}
