// SHACL validation of a graph against data/shapes.ttl (or any shapes): the core shapes with
// shacl-engine, the sh:sparql ones by cross-checks.ts (the engine's SPARQL plugin is too slow). Results come back as plain objects naming
// the focus node, so the CLI and the tests print and count them without knowing SHACL.
import { readFileSync } from 'node:fs';
import N3 from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { Validator } from 'shacl-engine';
import { crossChecks } from './cross-checks.ts';
import { datatypeValidation } from './shacl-datatype.ts';
import { inDefaultGraph } from './write.ts';
import { parseRdf } from './read.ts';

export const SHAPES_PATH = new URL('../../data/shapes.ttl', import.meta.url);

const SH = 'http://www.w3.org/ns/shacl#';

export interface ShaclResult {
  severity: 'Violation' | 'Warning' | 'Info';
  /** The node that failed (an IRI, or `_:label`). */
  focus: string;
  /** The property path, where the constraint is on one. */
  path?: string;
  /** The offending value, where there is one. */
  value?: string;
  message: string;
  /** The shape that failed (an IRI or blank node). */
  shape: string;
}

export interface ShaclReport {
  conforms: boolean;
  results: ShaclResult[];
}

const show = (t: Term | undefined) =>
  !t ? undefined : t.termType === 'BlankNode' ? `_:${t.value}` : t.termType === 'Literal' ? JSON.stringify(t.value) : t.value;

// shacl-engine wants an RDF/JS factory that also makes datasets (for its report).
const factory = { ...N3.DataFactory, dataset: (quads?: Quad[]) => new N3.Store(quads as N3.Quad[] | undefined) };

let defaultShapes: Quad[] | undefined;

/** The project's shapes, parsed once. */
export function loadShapes(): Quad[] {
  defaultShapes ??= parseRdf(readFileSync(SHAPES_PATH, 'utf8'), 'turtle', 'data/shapes.ttl', { keepBlankLabels: false });
  return defaultShapes;
}

interface EngineResult {
  severity: Term;
  focusNode: { term: Term };
  path?: Array<{ predicates: Term[] }>;
  value?: { term?: Term };
  message: Term[];
  shape: { ptr: { term: Term } };
}

/**
 * Validates `data` (all graphs merged into one) against `shapes`; by default against
 * data/shapes.ttl, whose sh:sparql constraints are then checked by cross-checks.ts.
 */
export async function validateGraph(data: Iterable<Quad>, customShapes?: Quad[]): Promise<ShaclReport> {
  const shapes = customShapes ?? loadShapes();
  const dataset = new N3.Store([...data].map(inDefaultGraph) as N3.Quad[]);
  const validator = new Validator(new N3.Store(shapes as N3.Quad[]), { factory, validations: datatypeValidation });
  const report = await validator.validate({ dataset });
  const results = (report.results as EngineResult[]).map((r): ShaclResult => {
    const path = r.path?.length === 1 && r.path[0].predicates.length === 1 ? r.path[0].predicates[0].value : undefined;
    const value = show(r.value?.term);
    return {
      severity: r.severity.value.slice(SH.length) as ShaclResult['severity'],
      focus: show(r.focusNode.term)!,
      ...(path ? { path } : {}),
      ...(value !== undefined ? { value } : {}),
      message: r.message.map((m) => m.value).join('; '),
      shape: show(r.shape.ptr.term)!,
    };
  });
  if (!customShapes) results.push(...crossChecks(dataset));
  return { conforms: !results.some((r) => r.severity === 'Violation'), results };
}
