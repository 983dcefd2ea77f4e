// The constraints of data/shapes.ttl that span two nodes (its sh:sparql constraints), checked
// here in code over an N3 store. shacl-engine's SPARQL plugin runs Comunica once per focus node
// (seconds for two documents, far too slow for a corpus) and mishandles blank-node focus nodes,
// so validate.ts runs the core shapes in the engine and these, which say the same, natively.
import N3 from 'n3';
import type { Term } from '@rdfjs/types';
import { ENTITY_TYPES, RELATION_KINDS } from '../model.ts';
import type { ShaclResult } from './validate.ts';
import { NS } from './vocabulary.ts';

const { namedNode } = N3.DataFactory;
const SHAPES = 'https://w3id.org/actorgraph/shapes#';
const iri = (ns: keyof typeof NS, local: string) => namedNode(NS[ns] + local);
const show = (t: Term) => (t.termType === 'BlankNode' ? `_:${t.value}` : t.termType === 'Literal' ? JSON.stringify(t.value) : t.value);
const RDF_TYPE = iri('rdf', 'type');
const NOT_HOLDING = new Set(['prospective', 'observer', 'former']);

function violation(shape: string, focus: Term, message: string, path?: Term, value?: Term): ShaclResult {
  return {
    severity: 'Violation', focus: show(focus), message, shape: SHAPES + shape,
    ...(path ? { path: path.value } : {}), ...(value ? { value: show(value) } : {}),
  };
}

const hasType = (store: N3.Store, node: Term, types: string[]) =>
  types.some((t) => store.countQuads(node, RDF_TYPE, iri('ag', t), null) > 0);

/** Runs the cross-node checks; `store` holds the whole graph in its default graph. */
export function crossChecks(store: N3.Store): ShaclResult[] {
  const out: ShaclResult[] = [];
  const holdsRole = iri('ag', 'holdsRole');
  const roles = store.getSubjects(iri('rdfs', 'subPropertyOf'), holdsRole, null);
  const relations = [...RELATION_KINDS.map((k) => iri('ag', k)), ...roles];
  const roleIris = new Set(roles.map((r) => r.value));

  // RolePropertyShape: a role goes from a Person to a Country or Organization.
  for (const role of roles) {
    for (const q of store.getQuads(null, role, null, null)) {
      if (!hasType(store, q.subject, ['Person'])) {
        out.push(violation('RolePropertyShape', q.subject, `role property ${role.value} is used from ${show(q.subject)}, which is not an ag:Person`, role, q.object));
      }
      if (!hasType(store, q.object, ['Country', 'Organization'])) {
        out.push(violation('RolePropertyShape', q.subject, `role property ${role.value} points at ${show(q.object)}, which is neither an ag:Country nor an ag:Organization`, role, q.object));
      }
    }
  }

  // A statement that does not hold (planned; a membership prospective, observer or former) is
  // written without its plain triple: the same rule as quads.ts factHolds, read from the graph.
  const planned = iri('ag', 'planned');
  const memberOf = iri('ag', 'memberOf');
  const TRUE = N3.DataFactory.literal('true', iri('xsd', 'boolean'));
  const holds = (st: Term, p: Term) =>
    store.countQuads(st, planned, TRUE, null) === 0
    && !(p.equals(memberOf) && store.getObjects(st, iri('ag', 'status'), null).some((o) => NOT_HOLDING.has(o.value)));

  // RelationEvidenceShape: every relation triple of an entity has a complete statement node.
  const statementFor = (s: Term, p: Term, o: Term) =>
    store.getSubjects(iri('rdf', 'subject'), s, null).some((st) =>
      store.countQuads(st, iri('rdf', 'predicate'), p, null) > 0
      && store.countQuads(st, iri('rdf', 'object'), o, null) > 0
      && ['wasDerivedFrom'].every((k) => store.countQuads(st, iri('prov', k), null, null) > 0)
      && ['evidence', 'charStart', 'charEnd'].every((k) => store.countQuads(st, iri('ag', k), null, null) > 0));
  const statementsOf = (s: Term, p: Term, o: Term) =>
    store.getSubjects(iri('rdf', 'subject'), s, null).filter((st) =>
      store.countQuads(st, iri('rdf', 'predicate'), p, null) > 0 && store.countQuads(st, iri('rdf', 'object'), o, null) > 0);
  for (const p of relations) {
    for (const q of store.getQuads(null, p, null, null)) {
      if (!hasType(store, q.subject, [...ENTITY_TYPES])) continue;
      if (!statementFor(q.subject, p, q.object)) {
        out.push(violation('RelationEvidenceShape', q.subject,
          `relation ${show(q.subject)} ${p.value} ${show(q.object)} has no rdf:Statement node with prov:wasDerivedFrom, ag:evidence and offsets`, p, q.object));
      }
      const statements = statementsOf(q.subject, p, q.object);
      if (statements.length > 0 && !statements.some((st) => holds(st, p))) {
        out.push(violation('RelationEvidenceShape', q.subject,
          `relation ${show(q.subject)} ${p.value} ${show(q.object)} is a plain triple, but every statement of it is planned or a membership that does not hold`, p, q.object));
      }
    }
  }

  // StatementShape: what a statement says is in the graph, and its offsets lie within its document.
  for (const st of store.getSubjects(RDF_TYPE, iri('rdf', 'Statement'), null)) {
    const [s] = store.getObjects(st, iri('rdf', 'subject'), null);
    const [p] = store.getObjects(st, iri('rdf', 'predicate'), null);
    const [o] = store.getObjects(st, iri('rdf', 'object'), null);
    const isRelation = p && (p.value.startsWith(NS.ag) || roleIris.has(p.value));
    if (s && p && o && isRelation && holds(st, p) && store.countQuads(s, p, o, null) === 0) {
      out.push(violation('StatementShape', st, `the statement's triple ${show(s)} ${p.value} ${show(o)} is not in the graph as a plain triple`));
    }
    const ends = store.getObjects(st, iri('ag', 'charEnd'), null);
    for (const doc of store.getObjects(st, iri('prov', 'wasDerivedFrom'), null)) {
      for (const count of store.getObjects(doc, iri('ag', 'charCount'), null)) {
        for (const end of ends) {
          if (Number(end.value) > Number(count.value)) {
            out.push(violation('StatementShape', st, `ag:charEnd ${end.value} is past the end of the document (${count.value} characters)`, iri('ag', 'charEnd'), end));
          }
        }
      }
    }
  }
  return out;
}
