// SVG → PNG with resvg, fonts loaded only from resources/fonts (system fonts off), so the same SVG gives
// the same pixels on every machine. resvg drops text silently without a font, hence the explicit files.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg, type RenderedImage } from '@resvg/resvg-js';

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

/** Renders with the shipped fonts only; `pixels` of the result are RGBA, for tests and previews. */
export function renderSvg(svg: string, opts: { scale?: number } = {}): RenderedImage {
  const scale = opts.scale && opts.scale > 0 ? opts.scale : 1;
  const dir = fontDir();
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES.map((f) => join(dir, f)),
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    logLevel: 'off',
  });
  return resvg.render();
}

export function svgToPng(svg: string, opts: { scale?: number } = {}): Uint8Array {
  return new Uint8Array(renderSvg(svg, opts).asPng());
}
