// Extraction throughput on the DWIE texts, beside wink-nlp's readDoc (light English model:
// tokens, sentences, entities) and compromise (people, places, organizations) on the same text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlp from 'compromise';
import { extract } from '../src/pipeline.ts';
import { lexicon } from '../src/lexicon/index.ts';
import { defaultJobs, workerPool } from '../src/io/pool.ts';
import { countBytes, countWords, seconds, sideBySide, type BenchResult, type Doc } from './helpers.ts';

export interface ExtractBenchOptions {
  docs: Doc[];
  reps: number;
  /** compromise is slow: it reads every n-th document, and actorgraph is timed again on those. */
  compromiseEvery: number;
  /** Worker threads for the "all workers" figure. */
  jobs?: number;
}

export async function benchExtract(o: ExtractBenchOptions): Promise<BenchResult> {
  const { docs, reps } = o;
  const jobs = o.jobs ?? defaultJobs();
  const words = countWords(docs);
  const mb = countBytes(docs) / 1e6;
  const buildLexicon = await seconds(() => lexicon());

  const wink = winkNLP(model);
  const readDoc = (ds: Doc[]) => () => {
    for (const d of ds) {
      const doc = wink.readDoc(d.text);
      doc.tokens().out(); doc.sentences().out(); doc.entities().out();
    }
  };
  const ours = (ds: Doc[]) => () => { for (const d of ds) extract(d); };
  const one = await sideBySide({ actorgraph: ours(docs), wink: readDoc(docs) }, reps);

  const few = docs.filter((_, i) => i % o.compromiseEvery === 0);
  const fewWords = countWords(few);
  const vsCompromise = await sideBySide({
    actorgraph: ours(few),
    compromise: () => { for (const d of few) { const doc = nlp(d.text); doc.people().out('array'); doc.places().out('array'); doc.organizations().out('array'); } },
  }, Math.max(1, Math.ceil(reps / 2)));

  // All workers: the CLI's own pool (piscina, one extractor and lexicon per thread).
  const pool = await workerPool(jobs);
  let all: number;
  try {
    const pass = () => Promise.all(docs.map((d) => pool.run(d)));
    await pass();
    const times = [];
    for (let r = 0; r < reps; r++) times.push(await seconds(pass));
    all = times.sort((a, b) => a - b)[times.length >> 1]!;
  } finally {
    await pool.close();
  }

  const ratioWink = one.wink! / one.actorgraph!;
  const ratioCompromise = vsCompromise.compromise! / vsCompromise.actorgraph!;
  return {
    name: 'extraction throughput',
    figures: [
      { what: 'actorgraph extract, 1 worker', value: words / one.actorgraph!, unit: 'words/s' },
      { what: 'actorgraph extract, 1 worker', value: mb / one.actorgraph!, unit: 'MB/s' },
      { what: `actorgraph extract, ${jobs} workers (piscina pool)`, value: words / all, unit: 'words/s' },
      { what: `actorgraph extract, ${jobs} workers (piscina pool)`, value: mb / all, unit: 'MB/s' },
      { what: 'wink-nlp readDoc (eng-lite-web), 1 worker', value: words / one.wink!, unit: 'words/s' },
      { what: 'wink-nlp readDoc (eng-lite-web), 1 worker', value: mb / one.wink!, unit: 'MB/s' },
      { what: 'compromise people/places/organizations', value: fewWords / vsCompromise.compromise!, unit: 'words/s' },
      { what: 'actorgraph ÷ wink readDoc speed', value: ratioWink, unit: '×' },
      { what: 'actorgraph ÷ compromise speed', value: ratioCompromise, unit: '×' },
      { what: `${jobs} workers ÷ 1 worker speed`, value: one.actorgraph! / all, unit: '×' },
      { what: 'lexicon build (once per process or worker)', value: buildLexicon, unit: 's' },
    ],
    targets: [
      { what: 'single-worker extraction ≥ 0.5× wink readDoc', met: ratioWink >= 0.5, detail: `${ratioWink.toFixed(2)}×` },
      { what: 'single-worker extraction ≥ 20× compromise', met: ratioCompromise >= 20, detail: `${ratioCompromise.toFixed(1)}×` },
    ],
    notes: [
      `${docs.length} DWIE texts, ${words} words, ${mb.toFixed(2)} MB; median of ${reps} passes after a warm-up pass, contenders alternating`,
      `compromise and actorgraph side by side on every ${o.compromiseEvery}th text (${few.length} texts, ${fewWords} words), median of ${Math.max(1, Math.ceil(reps / 2))}`,
    ],
  };
}
