// The piscina worker: runs the extractor on one document in a worker thread. Plain JavaScript,
// copied beside the compiled modules by the build: under dist/ it imports the compiled pipeline;
// under src/ (tests, development) a worker thread does not inherit the main thread's TypeScript
// loader, so it registers tsx's before importing the TypeScript pipeline.
import { existsSync } from 'node:fs';

const compiled = new URL('../pipeline.js', import.meta.url);
let pipeline;
if (existsSync(compiled)) {
  pipeline = await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  pipeline = await import('../pipeline.ts');
}
const { extract } = pipeline;

export default function run(doc) {
  return extract(doc);
}
