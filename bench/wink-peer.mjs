// The whole-process peer of `actorgraph extract CORPUS.jsonl`: in a process of its own, loads
// wink-nlp and its light English model, then readDoc's every text of the same .jsonl (tokens,
// sentences, entities, as bench/extract.ts asks of it). Usage: node bench/wink-peer.mjs CORPUS.jsonl
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node bench/wink-peer.mjs CORPUS.jsonl\n');
  process.exit(2);
}
const nlp = winkNLP(model);
let docs = 0;
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const doc = nlp.readDoc(JSON.parse(line).text);
  doc.tokens().out(); doc.sentences().out(); doc.entities().out();
  docs++;
}
process.stdout.write(`${docs} docs\n`);
