// The relation frames of data/frames/: each way of saying a relation, on sentences written for
// this test (invented people and groupings of real countries), with the qualifiers the clause carries.
import { describe, expect, it } from 'vitest';
import { compileFrames } from '../../src/extract/frames/index.ts';
import { read } from './facts.ts';
import { extract } from '../../src/pipeline.ts';

describe('membership frames', () => {
  it('reads a list of member states set off by dashes after the grouping', () => {
    const got = read('The bloc met in Jakarta. The Association of Southeast Asian Nations\' member states — Laos, Cambodia and Vietnam — agreed on a plan.');
    for (const c of ['Laos', 'Cambodia', 'Vietnam']) expect(got).toContain(`${c} memberOf ASEAN`);
  });

  it('reads founders after "founded ... by", across a place and a year', () => {
    const got = read('The Shanghai Cooperation Organisation was founded in Shanghai in 2001 by China, Russia and Kazakhstan.');
    for (const c of ['China', 'Russia', 'Kazakhstan']) expect(got).toContain(`${c} memberOf Shanghai Cooperation Organisation`);
  });

  it('resolves "its founding members" and "the bloc" to the grouping named before', () => {
    const got = read('Mercosur was set up three decades ago. Its founding members were Brazil, Argentina, Uruguay and Paraguay. Bolivia, another member of the bloc, joined later.');
    for (const c of ['Brazil', 'Argentina', 'Uruguay', 'Paraguay', 'Bolivia']) expect(got).toContain(`${c} memberOf Mercosur`);
  });

  it('fills the grouping a clause leaves unsaid with the one named last', () => {
    const got = read('The Shanghai Cooperation Organisation grew in 2017. India and Pakistan joined in 2017.');
    expect(got).toContain('India memberOf Shanghai Cooperation Organisation');
    expect(got).toContain('Pakistan memberOf Shanghai Cooperation Organisation');
  });

  it('fills an unsaid grouping with one named before the clause, not one named after it in the sentence', () => {
    const got = read('The Shanghai Cooperation Organisation met in Astana. India and Pakistan joined in 2017, before the European Union spoke.');
    expect(got).toContain('India memberOf Shanghai Cooperation Organisation');
    expect(got).not.toContain('India memberOf European Union');
  });

  it('reads an invitation as a prospective membership and an observer as an observer', () => {
    const got = read('NATO invited Georgia to join. Mongolia, an observer at the Shanghai Cooperation Organisation, sent a delegation.');
    expect(got).toContain('Georgia memberOf[prospective] NATO');
    expect(got).not.toContain('Georgia memberOf NATO');
    expect(got).toContain('Mongolia memberOf[observer] Shanghai Cooperation Organisation');
  });

  it('reads "is set to join" as prospective, never as a membership that holds', () => {
    const got = read('Indonesia is set to join BRICS next year.');
    expect(got).toContain('Indonesia memberOf[prospective] BRICS');
    expect(got).not.toContain('Indonesia memberOf BRICS');
  });

  it('states nothing the clause denies or hedges', () => {
    const got = read('Ukraine, which is not a member of NATO, asked for weapons. Serbia could join the European Union.');
    expect(got.some((f) => f.startsWith('Ukraine memberOf'))).toBe(false);
    expect(got.some((f) => f.startsWith('Serbia memberOf'))).toBe(false);
  });

  it('gives no person a membership: the contract\'s ag:memberOf is a country\'s or an organization\'s', () => {
    const got = read('Finance Minister Ana Ruiz (Labour Party) met Tomas Varga of the Liberal Party.');
    expect(got.some((f) => /^(Ana Ruiz|Tomas Varga) memberOf/.test(f))).toBe(false);
  });

  it('reads "a NATO member" in apposition', () => {
    expect(read('Latvia, a NATO member, closed its border.')).toContain('Latvia memberOf NATO');
  });
});

describe('participation, meeting, visit and agreement frames', () => {
  it('reads attendance with a relative clause and a planned attendance', () => {
    const got = read('The G20 summit in New Delhi opened on Saturday. President Ana Ferreira of Brazil, who attended the summit, spoke of hunger. Prime Minister Tomas Varga will attend the summit.');
    expect(got).toContain('Ana Ferreira participatedIn G20 summit in New Delhi');
    expect(got).toContain('Tomas Varga participatedIn[planned] G20 summit in New Delhi');
  });

  it('reads a round-up\'s list and "also took part" as attendance of the article\'s summit', () => {
    const got = read([
      'The Mercosur summit in Montevideo closed on Friday, a day after an African Union summit in Addis Ababa.',
      'Here is who came:',
      '- Brazil: President Ana Ferreira',
      '- Tomas Varga, prime minister of Uruguay.',
      'Chile also took part.',
    ].join('\n'));
    expect(got).toContain('Ana Ferreira participatedIn Mercosur summit in Montevideo');
    expect(got).toContain('Brazil participatedIn Mercosur summit in Montevideo');
    expect(got).toContain('Tomas Varga participatedIn Mercosur summit in Montevideo');
    expect(got).toContain('Chile participatedIn Mercosur summit in Montevideo');
    expect(got.some((f) => f.includes('participatedIn African Union summit'))).toBe(false);
  });

  it('reads attendance of the article\'s summit abroad as a visit, never of one mentioned in passing', () => {
    const got = read([
      'The Mercosur summit in Montevideo closed on Friday.',
      'President Ana Ferreira of Brazil attended the Mercosur summit in Montevideo.',
      'Ferreira and Tomas Varga last met on the sidelines of a G20 summit in Bali.',
    ].join(' '));
    expect(got).toContain('Ana Ferreira visited Uruguay');
    expect(got).not.toContain('Ana Ferreira visited Indonesia');
  });

  it('gives a bulleted list the event its opening line names, and the place that line sends them to', () => {
    const got = read([
      'The Mercosur summit in Montevideo was the week\'s main event.',
      'Among the leaders who travelled to Lima for the Pacific Alliance summit were:',
      '- Tomas Varga, president of Chile',
    ].join('\n'));
    expect(got).toContain('Tomas Varga participatedIn Pacific Alliance summit');
    expect(got).toContain('Tomas Varga visited Peru');
    expect(got).not.toContain('Tomas Varga participatedIn Mercosur summit in Montevideo');
  });

  it('does not take the speaker for a participant ("X said delegations will attend")', () => {
    const got = read('Foreign ministry spokesperson Lin Hao said delegations from 51 countries will attend the Belt and Road Forum in Beijing.');
    expect(got.some((f) => f.startsWith('Lin Hao participatedIn'))).toBe(false);
  });

  it('marks attendance by video link as virtual', () => {
    const got = read('The G7 summit in Hiroshima began on Friday. Prime Minister Lena Holm joined the summit by video link.');
    expect(got).toContain('Lena Holm participatedIn[virtual] G7 summit in Hiroshima');
  });

  it('reads a host receiving a guest as a meeting and the guest\'s visit', () => {
    const got = read('President Omar Haddad received Prime Minister Jana Novak in Rabat on Monday.');
    expect(got).toContain('Omar Haddad met Jana Novak');
    expect(got).toContain('Jana Novak visited Morocco');
  });

  it('reads foreign leaders joining a host as meetings, never one government\'s own delegation', () => {
    const got = read('President Omar Haddad of Morocco was joined by Prime Minister Jana Novak of Slovakia. Prime Minister Ana Ruiz of Chile was joined by Foreign Minister Tomas Varga of Chile.');
    expect(got).toContain('Omar Haddad met Jana Novak');
    expect(got.some((f) => /Ana Ruiz met Tomas Varga|Tomas Varga met Ana Ruiz/.test(f))).toBe(false);
  });

  it('reads a meeting after a participial "after talks with" and a second verb of one subject', () => {
    const got = read('After talks in Lima with President Ana Ruiz of Peru, Minister Tomas Varga of Chile left. Envoy Clara Stein, who arrived on Monday, flew to Accra and met both Kofi Mensah and Ama Owusu.');
    expect(got).toContain('Tomas Varga met Ana Ruiz');
    expect(got).toContain('Clara Stein met Kofi Mensah');
    expect(got).toContain('Clara Stein met Ama Owusu');
  });

  it('does not take a possessor for the one met', () => {
    const got = read('Minister Clara Stein welcomed Paul Adler\'s return to the cabinet.');
    expect(got.some((f) => f.includes(' met '))).toBe(false);
  });

  it('reads a noun form of a visit, and a future one as planned', () => {
    const got = read('Prime Minister Lukas Meyer\'s state visit to Japan ended on Friday. Meyer will arrive in Chile on Monday.');
    expect(got).toContain('Lukas Meyer visited Japan');
    expect(got).toContain('Lukas Meyer visited[planned] Chile');
  });

  it('reads over a clause set off by commas, whose negation is its own', () => {
    const got = read("Chad's president, Idriss Malloum, whose country is not a member of the bloc, flew to Niger on Sunday.");
    expect(got).toContain('Idriss Malloum visited Niger');
  });

  it('reads both ends of "flew from A to B" and a departure "for" a place', () => {
    const got = read('Envoy Carla Brenner flew from Kenya to Ethiopia on Monday. Minister Tomas Ek was leaving for Peru on Friday.');
    expect(got).toContain('Carla Brenner visited Ethiopia');
    expect(got).toContain('Carla Brenner visited Kenya');
    expect(got).toContain('Tomas Ek visited Peru');
  });

  it('makes the countries of the people who sign an agreement its parties, not the people', () => {
    const got = read('Prime Minister Ana Ruiz of Chile and Foreign Minister Tomas Varga of Peru signed the Pacific Fisheries Accord on Monday.');
    expect(got).toContain('Chile partyTo Pacific Fisheries Accord');
    expect(got).toContain('Peru partyTo Pacific Fisheries Accord');
    expect(got.some((f) => /^(Ana Ruiz|Tomas Varga) partyTo/.test(f))).toBe(false);
  });

  it('reads a possessive as the one who travels ("her arrival in Rome")', () => {
    expect(read('Prime Minister Ana Ruiz of Chile landed on Monday. Her arrival in Rome was delayed.')).toContain('Ana Ruiz visited Italy');
  });

  it('reads the countries that signed an agreement', () => {
    const got = read('Ghana and Togo signed the Lome Maritime Accord on Tuesday.');
    expect(got).toContain('Ghana partyTo Lome Maritime Accord');
    expect(got).toContain('Togo partyTo Lome Maritime Accord');
  });
});

describe('frames as data', () => {
  it('compiles a new way of saying a relation from its pattern alone', () => {
    const set = compileFrames([{ name: 'extra.json', frames: [{ pattern: '{m:country+} ~ acceded to ?the {g:grouping}', fact: 'm memberOf g' }] }]);
    expect(set.size).toBe(1);
    expect(set.byTrigger.get('acceded')).toHaveLength(1);
  });

  it('says which frame of which file cannot be read', () => {
    expect(() => compileFrames([{ name: 'bad.json', frames: [{ pattern: '{m:country+} joined {g:nation}', fact: 'm memberOf g' }] }]))
      .toThrow('bad.json: frame 1: unknown slot type "nation"');
    expect(() => compileFrames([{ name: 'bad.json', frames: [{ pattern: '{m:country} {g:grouping}', fact: 'm memberOf g' }] }]))
      .toThrow('no required word');
    expect(() => compileFrames([{ name: 'bad.json', frames: [{ pattern: '{m:country} joined {g:grouping}', fact: 'm likes g' }] }]))
      .toThrow('unknown relation "likes"');
    expect(() => compileFrames([{ name: 'bad.json', frames: [{ pattern: '{m:country} joined ?the', fact: 'm memberOf g' }] }]))
      .toThrow('slot "g"');
  });
});

describe('what the frames write keeps to the contract', () => {
  it('conforms to the SHACL shapes on every genre fixture and frame fixture', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { extractionToQuads } = await import('../../src/rdf/quads.ts');
    const { validateGraph } = await import('../../src/rdf/validate.ts');
    const dirs = ['../fixtures/genre/', '../fixtures/frames/'].map((d) => new URL(d, import.meta.url));
    const texts = dirs.flatMap((d) => { try { return readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, d), 'utf8')); } catch { return []; } });
    expect(texts.length).toBeGreaterThan(3);
    for (const [i, text] of texts.entries()) {
      const report = await validateGraph(extractionToQuads(extract({ id: `f${i}`, text })));
      expect(report.results.filter((r) => r.severity === 'Violation').map((r) => `${r.focus}: ${r.message}`)).toEqual([]);
    }
  });
});
