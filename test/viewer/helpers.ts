import { readFileSync } from 'node:fs';
import { parseRdf } from '../../src/rdf/read.ts';
import { buildViewModel } from '../../viewer/src/load.ts';
import type { ViewModel } from '../../viewer/src/model.ts';

export const ID = 'https://w3id.org/actorgraph/id/';
export const AG = 'https://w3id.org/actorgraph/ns#';
export const ROLE = 'https://w3id.org/actorgraph/role#';

export function fixtureModel(name = 'viewer/seed-like.ttl'): ViewModel {
  return buildViewModel(parseRdf(readFileSync(`test/fixtures/${name}`, 'utf8'), 'turtle', name));
}
