// A hand-made document whose facts carry the relation qualifiers: memberships of every status,
// a planned visit and a planned meeting, a virtual attendance, a former role, and a triple
// stated once as holding and once as not.
import { createHash } from 'node:crypto';
import type { Entity, Extraction, Fact } from '../../src/model.ts';

const e = (key: string, type: Entity['type'], label: string): Entity => ({ key, type, label, aliases: [], mentions: [] });

export const SENTENCES = {
  invited: 'Ukraine was invited to join NATO.',
  member: 'Finland is a member of NATO.',
  observer: 'Mongolia is an observer at the SCO.',
  left: 'The United Kingdom left the European Union in 2020.',
  suspended: 'Mali was suspended from ECOWAS.',
  indiaObserver: 'India joined the SCO as an observer in 2005.',
  indiaMember: 'India is now a full member of the SCO.',
  visits: 'Narendra Modi visited Russia in 2019 and will visit Russia again in July 2024.',
  meeting: 'Modi is expected to meet Vladimir Putin.',
  virtual: 'Xi Jinping joined the SCO summit by video link.',
  formerPm: 'In 1999, the then Pakistani PM, Nawaz Sharif, visited Russia.',
} as const;

const text = Object.values(SENTENCES).join(' ');

function fact(sentence: keyof typeof SENTENCES, f: Omit<Fact, 'evidence' | 'confidence'>): Fact {
  const s = SENTENCES[sentence];
  const start = text.indexOf(s);
  return { confidence: 0.8, ...f, evidence: { start, end: start + s.length, text: s } };
}

export const qualified: Extraction = {
  doc: { id: 'qualifiers', text, sha256: createHash('sha256').update(text).digest('hex') },
  entities: [
    e('country/ukraine', 'Country', 'Ukraine'), e('country/finland', 'Country', 'Finland'),
    e('country/mongolia', 'Country', 'Mongolia'), e('country/united-kingdom', 'Country', 'United Kingdom'),
    e('country/mali', 'Country', 'Mali'), e('country/india', 'Country', 'India'),
    e('country/russia', 'Country', 'Russia'), e('country/pakistan', 'Country', 'Pakistan'),
    e('organization/nato', 'Organization', 'NATO'), e('organization/sco', 'Organization', 'SCO'),
    e('organization/european-union', 'Organization', 'European Union'), e('organization/ecowas', 'Organization', 'ECOWAS'),
    e('person/narendra-modi', 'Person', 'Narendra Modi'), e('person/vladimir-putin', 'Person', 'Vladimir Putin'),
    e('person/xi-jinping', 'Person', 'Xi Jinping'), e('person/nawaz-sharif', 'Person', 'Nawaz Sharif'),
    e('event/sco-summit', 'Event', 'SCO summit'),
  ],
  facts: [
    fact('invited', { subject: 'country/ukraine', predicate: 'memberOf', object: 'organization/nato', status: 'prospective' }),
    fact('member', { subject: 'country/finland', predicate: 'memberOf', object: 'organization/nato', status: 'current' }),
    fact('observer', { subject: 'country/mongolia', predicate: 'memberOf', object: 'organization/sco', status: 'observer' }),
    fact('left', { subject: 'country/united-kingdom', predicate: 'memberOf', object: 'organization/european-union', status: 'former', date: '2020' }),
    fact('suspended', { subject: 'country/mali', predicate: 'memberOf', object: 'organization/ecowas', status: 'suspended' }),
    fact('indiaObserver', { subject: 'country/india', predicate: 'memberOf', object: 'organization/sco', status: 'observer', date: '2005' }),
    fact('indiaMember', { subject: 'country/india', predicate: 'memberOf', object: 'organization/sco' }),
    fact('visits', { subject: 'person/narendra-modi', predicate: 'visited', object: 'country/russia', date: '2019' }),
    fact('visits', { subject: 'person/narendra-modi', predicate: 'visited', object: 'country/russia', date: '2024-07', planned: true }),
    fact('meeting', { subject: 'person/narendra-modi', predicate: 'met', object: 'person/vladimir-putin', planned: true }),
    fact('virtual', { subject: 'person/xi-jinping', predicate: 'participatedIn', object: 'event/sco-summit', mode: 'virtual' }),
    fact('formerPm', { subject: 'person/nawaz-sharif', predicate: 'holdsRole', object: 'country/pakistan', role: 'prime minister', status: 'former', date: '1999' }),
  ],
};

/** The same fact twice in one sentence, once planned: two claims, so two statements. */
export const plannedTwin: Extraction = {
  ...qualified,
  facts: [
    fact('meeting', { subject: 'person/narendra-modi', predicate: 'met', object: 'person/vladimir-putin' }),
    fact('meeting', { subject: 'person/narendra-modi', predicate: 'met', object: 'person/vladimir-putin', planned: true }),
  ],
};
