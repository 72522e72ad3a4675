// Electron's printer for the PDF export: the interactive page loaded in a hidden, sandboxed window with
// no preload, every request but the page itself refused, then webContents.printToPDF — landscape,
// A4 or Letter, backgrounds kept (the status colours), paged by the page's print stylesheet.

import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PARTITION = 'factline-print';

export async function printHtmlToPdf(html: string, paper: 'a4' | 'letter'): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'factline-print-'));
  const file = join(dir, 'timeline.html');
  await writeFile(file, html);
  const url = pathToFileURL(file).href;
  const print = session.fromPartition(PARTITION);
  print.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== url }));
  const win = new BrowserWindow({
    show: false,
    width: paper === 'a4' ? 1123 : 1056,
    height: 800,
    webPreferences: {
      partition: PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: true,
    },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  try {
    await win.loadURL(url);
    await win.webContents.executeJavaScript(
      `new Promise((ok) => { const t = setInterval(() => { if (document.documentElement.dataset.ready) { clearInterval(t); ok(true); } }, 20); })`,
    );
    return await win.webContents.printToPDF({
      landscape: true,
      pageSize: paper === 'a4' ? 'A4' : 'Letter',
      printBackground: true,
      margins: { top: 0.47, bottom: 0.47, left: 0.47, right: 0.47 },
    });
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
