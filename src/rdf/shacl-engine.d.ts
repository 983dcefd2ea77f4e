// shacl-engine ships no types: the little of its API that validate.ts uses.
declare module 'shacl-engine' {
  import type { DatasetCore, Term } from '@rdfjs/types';
  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: unknown; validations?: Map<unknown, unknown>; debug?: boolean });
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }): Promise<{ conforms: boolean; results: unknown[] }>;
  }
}
declare module 'shacl-engine/sparql.js' {
  export const validations: Map<unknown, unknown>;
  export const targetResolvers: Map<unknown, unknown>;
}
declare module 'shacl-engine/lib/validations/type.js' {
  export function compileDatatype(shape: unknown): { generic: (context: unknown) => void };
}
