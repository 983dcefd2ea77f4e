// Result formats: W3C SPARQL JSON, CSV, TSV, XML, and the aligned table.
import { describe, expect, it } from 'vitest';
import { formatGraph, formatResults, termToNt, type QueryResult } from '../../src/sparql/results.ts';

const r: QueryResult = {
  kind: 'bindings', vars: ['person', 'name', 'n'], truncated: false,
  bindings: [
    { person: { type: 'uri', value: 'https://w3id.org/actorgraph/id/person/imran-khan' }, name: { type: 'literal', value: 'Imran Khan', 'xml:lang': 'en' },
      n: { type: 'literal', value: '2', datatype: 'http://www.w3.org/2001/XMLSchema#integer' } },
    { person: { type: 'bnode', value: 'b0' }, name: { type: 'literal', value: 'Say "hi", then\nleave' } },
  ],
};

describe('formatResults', () => {
  it('writes the W3C JSON format', () => {
    expect(JSON.parse(formatResults(r, 'json'))).toEqual({ head: { vars: ['person', 'name', 'n'] }, results: { bindings: r.kind === 'bindings' ? r.bindings : [] } });
    expect(formatResults({ kind: 'boolean', boolean: false }, 'json')).toBe('{"head":{},"boolean":false}\n');
  });

  it('writes CSV with quoting and CRLF, unbound as empty', () => {
    expect(formatResults(r, 'csv')).toBe(
      'person,name,n\r\nhttps://w3id.org/actorgraph/id/person/imran-khan,Imran Khan,2\r\n_:b0,"Say ""hi"", then\nleave",\r\n',
    );
  });

  it('writes TSV with terms in SPARQL syntax', () => {
    expect(formatResults(r, 'tsv')).toBe(
      '?person\t?name\t?n\n<https://w3id.org/actorgraph/id/person/imran-khan>\t"Imran Khan"@en\t"2"^^<http://www.w3.org/2001/XMLSchema#integer>\n' +
        '_:b0\t"Say \\"hi\\", then\\nleave"\t\n',
    );
  });

  it('writes XML', () => {
    const xml = formatResults(r, 'xml');
    expect(xml).toContain('<variable name="person"/>');
    expect(xml).toContain('<binding name="name"><literal xml:lang="en">Imran Khan</literal></binding>');
    expect(formatResults({ kind: 'boolean', boolean: true }, 'xml')).toContain('<boolean>true</boolean>');
  });

  it('writes an aligned table with prefixed IRIs and a row count', () => {
    expect(formatResults(r, 'table')).toBe(
      [
        'person                name                  n',
        '--------------------  --------------------  -',
        'id:person/imran-khan  Imran Khan            2',
        '_:b0                  Say "hi", then leave',
        '2 rows',
        '',
      ].join('\n'),
    );
    expect(formatResults({ kind: 'boolean', boolean: true }, 'table')).toBe('true\n');
  });

  it('escapes literals in N-Triples syntax', () => {
    expect(termToNt({ type: 'literal', value: 'a\\b\t' })).toBe('"a\\\\b\\t"');
  });
});

describe('formatGraph', () => {
  it('writes CONSTRUCT results as Turtle with the project prefixes, or N-Triples as is', async () => {
    const nt = '<https://w3id.org/actorgraph/id/person/a> <https://w3id.org/actorgraph/ns#met> <https://w3id.org/actorgraph/id/person/b> .\n';
    expect(await formatGraph(nt, 'ntriples')).toBe(nt);
    const ttl = await formatGraph(nt, 'turtle');
    expect(ttl).toContain('@prefix ag: <https://w3id.org/actorgraph/ns#>.');
    expect(ttl).toMatch(/ag:met/);
  });
});
