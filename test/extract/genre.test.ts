// Sentences of the genre actorgraph is for, written for this test (no dataset article): each
// asserts a fact a user relies on, or a fact the text denies.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.ts';
import type { Extraction } from '../../src/model.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/genre/${name}.txt`, import.meta.url), 'utf8');

/** One test per fact a user relies on, each read as "Subject predicate(role) Object". */
function itStates(got: string[], expected: string[]) {
  it.each(expected)('states %s', (fact) => expect(got).toContain(fact));
}

const text = fixture('diplomacy');
const x = extract({ id: 'diplomacy', text });

function facts(ex: Extraction) {
  const label = (k: string) => ex.entities.find((e) => e.key === k)?.label ?? k;
  // a membership that does not (or not yet) hold says so: "Niger memberOf[suspended] African Union"
  const status = (f: Extraction['facts'][number]) => (f.predicate === 'memberOf' && f.status && f.status !== 'current' ? `[${f.status}]` : '');
  return ex.facts.map((f) => `${label(f.subject)} ${f.predicate}${f.role ? `(${f.role})` : ''}${status(f)} ${label(f.object)}`);
}

const all = facts(x);

describe('diplomatic news', () => {
  itStates(all, [
    'Wang Yi holdsRole(foreign minister) China',
    'Sergey Lavrov holdsRole(foreign minister) Russia',
    'Wang Yi met Sergey Lavrov',
    'Narendra Modi holdsRole(prime minister) India',
    'Narendra Modi visited Japan',
    'Narendra Modi participatedIn Quad summit in Tokyo',
    'Antony Blinken holdsRole(secretary of state) United States',
    'Antony Blinken met Mohammed bin Salman',
    'Dmitry Peskov holdsRole(spokesperson) Russia',
    'Vladimir Putin participatedIn G20 summit in New Delhi',
    'Jens Stoltenberg holdsRole(secretary-general) NATO',
    'S. Jaishankar visited United States',
    'China involvedIn Sino-Indian border dispute',
    'India involvedIn Sino-Indian border dispute',
    'Pakistan partyTo Indus Waters Treaty',
    'Volodymyr Zelensky visited Poland',
    'Rafael Grossi holdsRole(head) International Atomic Energy Agency',
    'Rafael Grossi visited Iran',
    'Paulo Ribeiro holdsRole(foreign minister) Brazil',
    'Keiko Tanaka holdsRole(foreign minister) Japan',
    'Lars Berg holdsRole(defence minister) Norway',
  ]);

  it('reads memberships from an apposed list, "became X\'s member" and "joined the alliance"', () => {
    for (const c of ['Brazil', 'Russia', 'India', 'China', 'South Africa']) expect(all).toContain(`${c} memberOf BRICS`);
    expect(all).toContain('Finland memberOf NATO');
    expect(all).toContain('Sweden memberOf NATO');
  });

  it('keeps what the text denies out of the graph', () => {
    expect(all).not.toContain('Turkey memberOf European Union');
    expect(all.some((f) => f.startsWith('Angela Merkel participatedIn'))).toBe(false);
  });

  it('names no event after a pronoun ("her election campaign")', () => {
    expect(x.entities.filter((e) => e.type === 'Event').map((e) => e.label).filter((l) => /^(her|his|their|its)\b/i.test(l))).toEqual([]);
  });

  it('marks a former office as former', () => {
    expect(x.facts.find((f) => f.role === 'chancellor')?.status).toBe('former');
  });

  it('does not count a leader travelling in the country he leads as a visit', () => {
    expect(all).not.toContain('Volodymyr Zelensky visited Ukraine');
  });

  it('does not take a given name for a town of the same name ("Antony Blinken")', () => {
    expect(x.entities.some((e) => e.type === 'City' && e.label === 'Antony')).toBe(false);
  });

  it('dates what the sentence dates', () => {
    expect(x.facts.find((f) => f.predicate === 'partyTo')?.date).toBe('1960');
    const finland = x.entities.find((e) => e.label === 'Finland')!.key;
    expect(x.facts.find((f) => f.subject === finland && f.predicate === 'memberOf')?.date).toBe('2023-04');
  });
});

describe('briefings, summits and groupings', () => {
  const y = extract({ id: 'briefings', text: fixture('briefings') });
  const got = facts(y);
  itStates(got, [
    'Joko Widodo holdsRole(president) Indonesia',
    'Joko Widodo participatedIn 43rd ASEAN Summit',
    'Mao Ning holdsRole(spokesperson) Chinese foreign ministry',
    'Chinese foreign ministry partOf China',
    'Arindam Bagchi holdsRole(spokesperson) Ministry of External Affairs',
    'India participatedIn G20 leaders\' summit',
    'Egypt memberOf BRICS',
    'United Arab Emirates memberOf BRICS',
    'Emmanuel Macron met Olaf Scholz',
    'Japan memberOf Quad',
    'Nawaz Sharif holdsRole(prime minister) Pakistan',
    'William Ruto met Xi Jinping',
    'Xi Jinping participatedIn Belt and Road Forum in Beijing',
    'Hossein Amir-Abdollahian holdsRole(foreign minister) Iran',
    'Hossein Amir-Abdollahian visited Russia',
    'Israel partyTo Abraham Accords',
    'Jordi Vidal holdsRole(president) Government of Catalonia',
    'Klaus Werner holdsRole(minister-president) Government of Saxony',
    'Government of Catalonia partOf Spain',
    'Anton Huber holdsRole(mayor) Government of Munich',
    'Claire Martin holdsRole(mayor) Government of Lyon',
    'Lin Wei holdsRole(spokesperson) China',
    'Zhang Wei holdsRole(secretary-general) Shanghai Cooperation Organisation',
  ]);

  it('splits an organization from the name that follows its head word', () => {
    const labels = y.entities.map((e) => `${e.type} ${e.label}`);
    expect(labels).toContain('Person Ivan Petrov');
    expect(labels).toContain('Organization SCO Regional Anti-Terrorist Structure');
    expect(labels.some((l) => l.startsWith('Person') && /Structure|Committee/.test(l))).toBe(false);
  });

  it('reads leaving a grouping as a former membership, never as joining it', () => {
    expect(got).not.toContain('United Kingdom memberOf European Union');
    expect(got).toContain('United Kingdom memberOf[former] European Union');
  });

  it('gives a regional title to the region\'s government, never to its country', () => {
    expect(got).not.toContain('Jordi Vidal holdsRole(president) Spain');
    expect(got.some((f) => /^(Anton Huber|Claire Martin) holdsRole\(mayor\) (Germany|France|Munich|Lyon)$/.test(f))).toBe(false);
    expect(y.entities.find((e) => e.label === 'Government of Saxony')?.aliases).toContain('Saxony');
  });
});

describe('lists of ministers, bodies of states, who gathered where', () => {
  const z = extract({ id: 'groupings', text: fixture('groupings') });
  const got = facts(z);
  itStates(got, [
    'Antony Blinken holdsRole(foreign minister) United States',
    'Penny Wong holdsRole(foreign minister) Australia',
    'S. Jaishankar holdsRole(foreign minister) India',
    "Maria Zakharova holdsRole(spokesperson) Russia's Foreign Ministry",
    "Russia's Foreign Ministry partOf Russia",
    'Vladimir Putin holdsRole(president) Russia',
    'Canada participatedIn G7 summit in Hiroshima',
    'United States participatedIn G7 summit in Hiroshima',
    'Iran memberOf Shanghai Cooperation Organisation',
    'James Cleverly holdsRole(foreign secretary) United Kingdom',
    'James Cleverly visited China',
    'Antonio Guterres holdsRole(secretary-general) United Nations',
    'Luiz Inacio Lula da Silva participatedIn BRICS summit in Rio de Janeiro',
  ]);

  it('gives a plural title to each "Name of Country", not to the grouping before it', () => {
    expect(got).not.toContain('Antony Blinken holdsRole(foreign minister) Quad');
  });

  it('reads a suspension as a suspended membership, not a plain one', () => {
    expect(got).not.toContain('Niger memberOf African Union');
    expect(got).toContain('Niger memberOf[suspended] African Union');
  });
});

describe('more ways to say a visit or a membership', () => {
  const text = [
    'Indian Prime Minister Narendra Modi begins his two-day state visit to the United States on Wednesday.',
    'India, a founding member of the Non-Aligned Movement, hosted the meeting.',
    'ASEAN, which includes Indonesia, Malaysia, Singapore, Thailand and the Philippines, met in Jakarta.',
    'German Chancellor Olaf Scholz is on a three-day visit to Japan.',
    'Li is expected to meet Pakistani Prime Minister Shehbaz Sharif and President Arif Alvi during the trip.',
    'Pakistan and China are both members of the Shanghai Cooperation Organisation, which India joined in 2017.',
  ].join('\n');
  const got = facts(extract({ id: 'more', text }));
  itStates(got, [
    'Narendra Modi visited United States',
    'India memberOf Non-Aligned Movement',
    'Indonesia memberOf ASEAN',
    'Philippines memberOf ASEAN',
    'Olaf Scholz visited Japan',
    'Shehbaz Sharif holdsRole(prime minister) Pakistan',
    'India memberOf Shanghai Cooperation Organisation',
    'Pakistan memberOf Shanghai Cooperation Organisation',
  ]);
});

describe('dates of memberships', () => {
  it('dates a joining, not a membership a clause away', () => {
    const x = extract({ id: 'sco', text: 'Pakistan and China are both members of the Shanghai Cooperation Organisation, which India joined in 2017.' });
    const label = (k: string) => x.entities.find((e) => e.key === k)?.label;
    const dated = x.facts.filter((f) => f.predicate === 'memberOf').map((f) => `${label(f.subject)}:${f.date ?? '-'}`).sort();
    expect(dated).toEqual(['China:-', 'India:2017', 'Pakistan:-']);
  });

  it('gives each person of a list with titles the meeting', () => {
    const x = extract({ id: 'li', text: 'Chinese Premier Li Qiang met Pakistani Prime Minister Shehbaz Sharif and President Arif Alvi in Islamabad.' });
    const label = (k: string) => x.entities.find((e) => e.key === k)?.label;
    const met = x.facts.filter((f) => f.predicate === 'met').map((f) => label(f.object)).sort();
    expect(met).toEqual(['Arif Alvi', 'Shehbaz Sharif']);
  });
});

describe('heads of organizations the gazetteer does not know', () => {
  const ex = extract({ id: 'organizations', text: fixture('organizations') });
  const got = facts(ex);
  itStates(got, [
    'Fatou Ndiaye holdsRole(director) West African Health Watch',
    'Lars Eriksson holdsRole(president) Nordvik Marine Systems',
    'Lars Eriksson holdsRole(chief executive) Nordvik Marine Systems',
    'Helena Brandt holdsRole(president) Doctors Without Borders',
    'Tomas Varga holdsRole(director) Danube Policy Project',
    'Amadou Sow holdsRole(chairman) Sahel Futures',
    'Ilse Moreau holdsRole(editor) Le Courrier',
    'Kwame Boateng holdsRole(director) Accra Institute for Democratic Governance',
    'Sara Lindqvist holdsRole(chief executive) Baltic Rail',
    'Paulo Mendes holdsRole(spokesperson) World Food Programme',
    'Greta Holm holdsRole(deputy leader) Liberal Renewal party',
    'Viktor Szabo holdsRole(head) Pannonia Foundation',
    'Moussa Diallo holdsRole(prime minister) Senegal',
    'Elin Dahl holdsRole(head) Nordvik Marine Systems',
    'Ruth Okafor holdsRole(director) Lagos Business School',
    'Kofi Mensah holdsRole(president) West African Football Union',
    'Piotr Kowalski holdsRole(leader) Vistula Chamber of Commerce',
    "Ahmed Bello holdsRole(leader) Progressive People's Party",
    'Ingrid Larsen holdsRole(spokesperson) Norway',
    'Andris Ozols holdsRole(president) Baltic Football Federation',
    'Maja Berg holdsRole(chairman) Lindgren Foundation',
    'Ola Nordmann holdsRole(chief executive) Fjord Energy Systems',
    'Ewa Nowak holdsRole(leader) Civic Union party',
  ]);

  it('marks a post someone stepped down from, or held "at the time", as former', () => {
    const status = (person: string) => ex.facts.find((f) => f.predicate === 'holdsRole' && ex.entities.find((e) => e.key === f.subject)?.label === person)?.status;
    expect(status('Sara Lindqvist')).toBe('former');
    expect(status('Moussa Diallo')).toBe('former');
    expect(status('Kwame Boateng')).toBe('current');
  });

  it('keeps a quoted nickname inside the name, and the place out of an organization\'s name', () => {
    const labels = ex.entities.map((e) => e.label);
    expect(labels).toContain('Richard "Rick" Dalton');
    expect(labels).not.toContain('Richard');
    expect(labels).toContain('Sahel Futures');
    expect(got.some((f) => / holdsRole\(\w+\) (Senegal|Hamburg|Vienna|Brussels)$/.test(f) && !f.startsWith('Moussa Diallo'))).toBe(false);
    expect(got.some((f) => f.startsWith('Ana Duarte holdsRole'))).toBe(false); // a film's director leads no organization
    expect(got).not.toContain('Lena Vogt holdsRole(head) Austria'); // she heads a body of Austria, not Austria
  });
});
