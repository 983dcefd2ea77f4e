import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { Reporter, formatSeconds } from '../../src/io/report.ts';

function sink() {
  const s = Object.assign(new Writable({ write(c, _e, done) { s.text += c; done(); } }), { text: '' });
  return s;
}

describe('Reporter', () => {
  it('writes failures, warnings and the summary, each on its own line', () => {
    let t = 0;
    const err = sink();
    const r = new Reporter(err, { name: 'actorgraph extract', now: () => t });
    r.done(1200);
    r.fail('corpus.jsonl:3', 'not valid JSON');
    r.warn('a.txt', 'duplicate id');
    t = 2100;
    r.summary();
    expect(err.text).toBe([
      'actorgraph extract: corpus.jsonl:3: not valid JSON',
      'actorgraph extract: warning: a.txt: duplicate id',
      'actorgraph extract: 1 document, 1,200 facts, 1 failed (2.1 s)',
      '',
    ].join('\n'));
  });

  it('draws a progress line on a terminal, cleared before other lines, silent with quiet', () => {
    let t = 0;
    const err = sink();
    const r = new Reporter(err, { name: 'ag', progress: true, total: 10, now: () => t });
    t = 1000;
    r.done(3);
    t = 2000;
    r.done(4);
    r.fail('x.txt', 'empty file');
    expect(err.text).toBe(
      '\r\x1b[2Kag: 1 / 10 documents, 1.0/s, 3 facts, 0 errors, 9.0 s left'
      + '\r\x1b[2Kag: 2 / 10 documents, 1.0/s, 7 facts, 0 errors, 8.0 s left'
      + '\r\x1b[2Kag: x.txt: empty file\n');
    const quiet = sink();
    const q = new Reporter(quiet, { name: 'ag', progress: true, quiet: true, now: () => t });
    q.done(1);
    q.warn('a', 'b');
    expect(quiet.text).toBe('');
  });

  it('formats durations', () => {
    expect(formatSeconds(2100)).toBe('2.1 s');
    expect(formatSeconds(125_000)).toBe('2 min 5 s');
    expect(formatSeconds(3 * 3600_000 + 60_000)).toBe('3 h 1 min');
  });
});
