import { run } from './index';

const code = await run(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (line) => process.stderr.write(line + '\n'),
});
process.exitCode = code;
