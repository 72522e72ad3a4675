import { isAbsolute, resolve } from 'node:path';

/**
 * Files named on the command line: `factline-app article.html`, `npm start -- article.html`.
 * argv[0] is the Electron binary; unpackaged, argv[1] is the app folder ('.'); Chromium switches start with '-'.
 */
export function pathsFromArgv(argv: readonly string[], cwd: string, unpackaged: boolean): string[] {
  const rest = argv.slice(unpackaged ? 2 : 1);
  return rest.filter((a) => a && !a.startsWith('-')).map((a) => (isAbsolute(a) ? a : resolve(cwd, a)));
}
