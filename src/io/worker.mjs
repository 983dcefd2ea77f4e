// The piscina worker: runs the extractor on one document in a worker thread. Plain JavaScript,
// because a worker thread does not inherit the main thread's tsx loader: it registers its own
// before importing the TypeScript pipeline.
import { register } from 'tsx/esm/api';

register();
const { extract } = await import('../pipeline.ts');

export default function run(doc) {
  return extract(doc);
}
