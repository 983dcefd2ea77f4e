// sh:datatype for shacl-engine with a correct xsd:string check. The engine's own (through
// rdf-validation) tests strings with a regular expression without the `u` flag that rejects
// every surrogate code unit, so any emoji or other astral character fails xsd:string.
// Here xsd:string is the XML 1.0 character set, and every other datatype goes to the engine.
import N3 from 'n3';
import type { Term } from '@rdfjs/types';
import { compileDatatype as engineDatatype } from 'shacl-engine/lib/validations/type.js';

const SH = 'http://www.w3.org/ns/shacl#';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

interface ShapeLike { ptr: { out(p: Term[]): { term: Term } } }
interface ContextLike {
  valueOrNode: { term: Term & { datatype?: Term } };
  factory: typeof N3.DataFactory;
  test(ok: boolean, component: Term, details: unknown): void;
}

export function compileDatatype(shape: ShapeLike) {
  const datatype = shape.ptr.out([N3.DataFactory.namedNode(SH + 'datatype')]).term;
  if (datatype.value !== XSD_STRING) return engineDatatype(shape);
  return {
    generic: (context: ContextLike) => {
      const term = context.valueOrNode.term;
      const ok = term.termType === 'Literal' && !!term.datatype?.equals(datatype) && XML_CHARS.test(term.value);
      context.test(ok, context.factory.namedNode(SH + 'DatatypeConstraintComponent'), {
        args: { datatype },
        message: [context.factory.literal('Value does not have datatype {$datatype}')],
        value: context.valueOrNode,
      });
    },
  };
}

/** The validations to hand to shacl-engine's Validator (replacing its sh:datatype). */
export const datatypeValidation = new Map<Term, unknown>([[N3.DataFactory.namedNode(SH + 'datatype'), compileDatatype]]);
