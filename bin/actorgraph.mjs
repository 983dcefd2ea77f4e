#!/usr/bin/env node
// The command runs the JavaScript that `npm install` / `npm ci` compiled into dist/ (the package's
// prepare script runs `npm run build`): nothing is compiled at start-up.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('actorgraph: dist/ is missing: run `npm run build` (npm install and npm ci run it)\n');
  process.exit(1);
}
process.exitCode = await (await import(main.href)).main(process.argv.slice(2));
