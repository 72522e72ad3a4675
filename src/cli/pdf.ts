// `--format pdf`: the interactive page printed by Chromium (the same page as `--format html`, with its print
// stylesheet: title, source and legend on page 1, the article after), A4 or Letter landscape, paged when
// long. Chromium is found at CHROMIUM_PATH or the usual places; the app prints with Electron's own
// webContents.printToPDF instead (src/main/services/pdf.ts).

import { existsSync } from 'node:fs';
import { UsageError } from './args';

export type Paper = 'a4' | 'letter';

/** Landscape sheet size in CSS pixels (96 per inch): the page is laid out at this width before printing. */
export const PAPER_VIEWPORT: Record<Paper, { width: number; height: number }> = {
  a4: { width: 1123, height: 794 },
  letter: { width: 1056, height: 816 },
};

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** No browser to print with: one line and exit code 2, like a file that cannot be read. */
export class PdfError extends UsageError {}

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new PdfError(`CHROMIUM_PATH names ${chosen}, which does not exist`);
    return chosen;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found)
    throw new PdfError(
      'PDF needs Chromium or Google Chrome to print the page: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH',
    );
  return found;
}

// As the specs launch it: root on a closed network, no sandbox and no background connections.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Prints the page's HTML to PDF bytes. The page makes no request; any it tried would be refused. */
export async function htmlToPdf(html: string, paper: Paper): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ARGS });
  try {
    const page = await browser.newPage({ viewport: PAPER_VIEWPORT[paper] });
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
    return await page.pdf({
      format: paper === 'a4' ? 'A4' : 'Letter',
      landscape: true,
      printBackground: true,
      margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
    });
  } finally {
    await browser.close();
  }
}
