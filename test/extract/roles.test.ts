// Who holds which role, read from sentences written for this test (invented people): the forms a
// domestic story uses once its dateline has named the country.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.ts';
import type { Extraction } from '../../src/model.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/genre/${name}.txt`, import.meta.url), 'utf8');

function facts(ex: Extraction) {
  const label = (k: string) => ex.entities.find((e) => e.key === k)?.label ?? k;
  return ex.facts.filter((f) => f.predicate === 'holdsRole').map((f) => `${label(f.subject)} holdsRole(${f.role}) ${label(f.object)}${f.status === 'former' ? ' (former)' : ''}`);
}

const read = (text: string) => facts(extract({ id: 'roles', text }));

describe('a cabinet story datelined in its country', () => {
  const got = read(fixture('cabinet'));
  it.each([
    'Ingrid Solberg holdsRole(prime minister) Norway',
    'Anders Holm holdsRole(finance minister) Norway',
    'Marit Dahl holdsRole(foreign minister) Norway',
    'Erik Lunde holdsRole(defence minister) Norway',
    'Kari Nygaard holdsRole(health minister) Norway',
    'Per Aas holdsRole(justice minister) Norway',
  ])('states %s', (fact) => expect(got).toContain(fact));

  it('gives a party in brackets no role of the person', () => {
    expect(got.some((f) => f.startsWith('Anders Holm holdsRole(finance minister) Labour'))).toBe(false);
  });
});

describe('a title said after the name', () => {
  it('keeps "chair" as the text says it, apart from "chairman"', () => {
    const got = read('Lena Ortiz, chair of the Pacific Islands Forum, spoke first. Tomas Varga, chairman of the Lima Ports Authority, agreed.');
    expect(got.some((f) => /^Lena Ortiz holdsRole\(chair\) /.test(f))).toBe(true);
    expect(got.some((f) => /^Tomas Varga holdsRole\(chairman\) /.test(f))).toBe(true);
  });

  it('gives a spokesperson without a country the government the words said name ("said Lima had")', () => {
    const got = read('QUITO, May 2 - Ecuador hosted the talks. Later, spokesperson Lena Ortiz said Lima had made its position clear.');
    expect(got).toContain('Lena Ortiz holdsRole(spokesperson) Peru');
  });

  it('reads "X served as" as a post held before', () => {
    expect(read('Lena Ortiz served as Peru\'s foreign minister from 2015.')).toContain('Lena Ortiz holdsRole(foreign minister) Peru (former)');
  });

  it('reads the second verb of a relative clause as said of its subject ("who founded X and served as")', () => {
    expect(read('LIMA, May 3 - Lena Ortiz, 71, who founded the Andean Party in 1990 and served twice as prime minister, holds no post in Peru.'))
      .toContain('Lena Ortiz holdsRole(prime minister) Peru (former)');
  });

  it('does not give a title to the person who met its holder', () => {
    const got = read('Lena Ortiz met the Peruvian foreign minister in Lima.');
    expect(got.some((f) => f.startsWith('Lena Ortiz'))).toBe(false);
  });

  it('reads no country of a demonym of ancestry', () => {
    const got = read('BERLIN, May 2 - Jonas Weber becomes labour minister, the first minister of Greek descent.');
    expect(got).toContain('Jonas Weber holdsRole(labour minister) Germany');
    expect(got.some((f) => f.endsWith('Greece'))).toBe(false);
  });
});

describe('a title without its country', () => {
  it('is not of a country someone named after him holds a title of', () => {
    const got = read('WASHINGTON, June 1 - President Mark Dale, Canadian Prime Minister Paul Roy and Mexican Foreign Minister Luis Vega met at the White House.');
    expect(got).toContain('Paul Roy holdsRole(prime minister) Canada');
    expect(got.some((f) => f.startsWith('Mark Dale holdsRole(president) Canada'))).toBe(false);
  });

  it('takes the country nearest to the name in its sentence', () => {
    const text = 'Sweden and Norway held talks. Sweden hosted them. Sweden, which chaired the talks, sent a minister, and Norway was represented by President Lars Moe.';
    expect(read(text)).toContain('Lars Moe holdsRole(president) Norway');
  });
});

describe('an honorific between a title and a name', () => {
  it.each([
    ['Bangladeshi Prime Minister Sheikh Amina Rahman arrived in Delhi.', 'Amina Rahman holdsRole(prime minister) Bangladesh'],
    ['Indian Finance Minister Dr. Ravi Kumar presented the budget.', 'Ravi Kumar holdsRole(finance minister) India'],
    ['The three rulers - Colonel Adama Keita of Mali, Captain Paul Sawadogo of Burkina Faso and General Issa Maiga of Niger - met in Bamako.', 'Paul Sawadogo holdsRole(ruler) Burkina Faso'],
  ])('reads %s', (text, fact) => expect(read(text)).toContain(fact));
});

describe('a bulleted list after a plural title', () => {
  const text = 'The heads of state at the summit included:\n\n- Ana Ferreira of Chile\n- Tomas Quispe of Bolivia\n\nThe talks ended late.\n\n- Lucia Gomez of Peru';
  const got = read(text);
  it.each(['Ana Ferreira holdsRole(head of state) Chile', 'Tomas Quispe holdsRole(head of state) Bolivia'])('states %s', (fact) => expect(got).toContain(fact));
  it('ends with the list', () => expect(got.some((f) => f.startsWith('Lucia Gomez'))).toBe(false));
});

describe('a portfolio in lowercase after a possessive', () => {
  it('names the minister by it', () => {
    expect(read("He was met by Oleg Sokolov, Russia's natural resources minister.")).toContain('Oleg Sokolov holdsRole(natural resources minister) Russia');
  });
  it('leaves a qualifier out of the title', () => {
    expect(read("Oleg Sokolov, Russia's new minister, spoke first.")).toContain('Oleg Sokolov holdsRole(minister) Russia');
  });
});


describe('a possessive instead of a holder', () => {
  it('reads "Its foreign minister" as the country the sentence before opened with', () => {
    const got = read('Austria, the last holdout, said it would not object. Its foreign minister, Karl Brandt, called the vote a formality.');
    expect(got).toContain('Karl Brandt holdsRole(foreign minister) Austria');
  });

  it('reads "his foreign minister" as the country of the title of the person before', () => {
    const got = read('President Omar Diallo of Senegal arrived in Accra. Diallo brought his foreign minister, Fatou Ndiaye, to the talks.');
    expect(got).toContain('Fatou Ndiaye holdsRole(foreign minister) Senegal');
  });

  it('gives a predecessor the owner\'s title, held before', () => {
    const got = read('President Rosa Lind of Estonia spoke. Lind brought two of her predecessors, Peeter Kask and Mart Saar, to the ceremony.');
    expect(got).toContain('Peeter Kask holdsRole(president) Estonia (former)');
    expect(got).toContain('Mart Saar holdsRole(president) Estonia (former)');
  });

  it('gives the subject no plural title of his own people', () => {
    const got = read('LIMA, May 2 - President Jorge Rivas of Peru appointed his ministers on Sunday.');
    expect(got.some((f) => f.startsWith('Jorge Rivas holdsRole(minister)'))).toBe(false);
  });
});

describe('a title said after a name and more', () => {
  it('reads over a rank before the title', () => {
    expect(read("Clara Moss was sworn in as Ireland's first woman prime minister.")).toContain('Clara Moss holdsRole(prime minister) Ireland');
  });

  it('reads over a relative clause set off by commas', () => {
    const got = read('MADRID, May 2 - Pablo Ruiz, whose party took 9 percent, becomes deputy prime minister.');
    expect(got).toContain('Pablo Ruiz holdsRole(deputy prime minister) Spain');
  });

  it('takes the dateline\'s country over a capital named in passing', () => {
    const got = read('MADRID, May 2 - The cabinet was read in Brussels as a signal. Pablo Ruiz becomes defence minister.');
    expect(got).toContain('Pablo Ruiz holdsRole(defence minister) Spain');
  });

  it('keeps the spoken form of a title', () => {
    expect(read('Chinese Vice Premier Liu Wen met the Treasury Secretary.')).toContain('Liu Wen holdsRole(vice premier) China');
  });
});

describe('a monarch named without a country', () => {
  it('takes the dateline\'s country', () => {
    expect(read('OSLO, May 2 - The new cabinet was received by King Harald Berg at the palace.')).toContain('Harald Berg holdsRole(king) Norway');
  });

  it('takes the country its sentence opens with', () => {
    expect(read('Oman followed a week later, after the envoy spoke with Sultan Karim Nasser.')).toContain('Karim Nasser holdsRole(sultan) Oman');
  });

  it('is not given a country named in passing in its sentence', () => {
    const got = read('The author compared Empress Maria Holt to a philosopher from France.');
    expect(got.some((f) => f.startsWith('Maria Holt'))).toBe(false);
  });
});

describe('a name that opens its sentence', () => {
  it('is the person named in full before it', () => {
    const got = read('The guests included:\n- Ana Sol Vidal, president of Chile\n- King Tomas Berg of Sweden\nSol Vidal brought two of her predecessors, Rita Mora and Luis Peña.');
    expect(got).toContain('Rita Mora holdsRole(president) Chile (former)');
    expect(got.some((f) => f.startsWith('Rita Mora holdsRole(king)'))).toBe(false);
  });
});

describe('people listed in someone\'s company', () => {
  it('hold their titles for that person\'s country', () => {
    const got = read('President Anna Berg of Finland arrived in Tokyo. Berg was joined by Treasury Secretary Olli Vaara and national security adviser Mika Salo.');
    expect(got).toContain('Olli Vaara holdsRole(treasury secretary) Finland');
    expect(got).toContain('Mika Salo holdsRole(national security adviser) Finland');
  });
});

describe('an apposition between a name and its title', () => {
  it.each([
    ['ROME, May 2 - Luca Ferri, 45, becomes defence minister.', 'Luca Ferri holdsRole(defence minister) Italy'],
    ['ROME, May 2 - Luca Ferri, a former mayor of Milan, becomes defence minister.', 'Luca Ferri holdsRole(defence minister) Italy'],
    ["ROME, May 2 - Luca Ferri, the party's treasurer, is the other deputy prime minister.", 'Luca Ferri holdsRole(deputy prime minister) Italy'],
  ])('reads %s', (text, fact) => expect(read(text)).toContain(fact));

  it('is not read over when it is a clause of its own', () => {
    const got = read('ROME, May 2 - Luca Ferri, the minister said, was wrong. Paolo Conti, a reporter, is ambitious.');
    expect(got.some((f) => f.startsWith('Paolo Conti holdsRole'))).toBe(false);
  });
});

describe('an officer named without the organization', () => {
  it('belongs to the organization of its kind named just before', () => {
    const got = read('The Arab League met in Cairo. Delegates argued for hours. They agreed, joined by Secretary-General Omar Fathi, on a statement.');
    expect(got).toContain('Omar Fathi holdsRole(secretary-general) Arab League');
  });

  it('is not given a company for a title of state', () => {
    const got = read('Siemens opened a plant. Secretary-General Omar Fathi was there.');
    expect(got.some((f) => f.includes('Siemens'))).toBe(false);
  });
});

describe('a leader said by a verb', () => {
  it('reads "X has governed Country"', () => {
    expect(read('Rafael Soto has governed Ecuador for a decade.')).toContain('Rafael Soto holdsRole(leader) Ecuador');
  });
  it('reads "the deputy leader of the opposition Party" as the party\'s', () => {
    expect(read('Pavel Novak, the deputy leader of the opposition Civic Democratic Party, spoke.')).toContain('Pavel Novak holdsRole(deputy leader) Civic Democratic Party');
  });
});

describe('a vice president named without a country', () => {
  it('takes the country of the article', () => {
    const got = read('Kenya held talks on trade. Kenya wants more investment. Vice President Peter Otieno said the talks went well.');
    expect(got).toContain('Peter Otieno holdsRole(vice president) Kenya');
  });
});

describe('a ministry taken over', () => {
  it('makes its minister', () => {
    const got = read('The cabinet was named in Lima. Rosa Quispe, a former mayor of Cusco, takes over the finance ministry.');
    expect(got).toContain('Rosa Quispe holdsRole(finance minister) Peru');
  });
  it('is not the title of someone named before the verb', () => {
    const got = read('Rosa Quispe said that Pedro Rojas takes over the finance ministry in Peru.');
    expect(got.some((f) => f.startsWith('Rosa Quispe holdsRole(finance minister)'))).toBe(false);
  });
});

describe('the portfolio said after "minister of"', () => {
  it('stays in the title', () => {
    expect(read('ROME, May 2 - Luca Ferri becomes minister of infrastructure and transport.')).toContain('Luca Ferri holdsRole(minister of infrastructure and transport) Italy');
  });
});

describe('a counterpart or a name after an honorific', () => {
  it('reads "his Saudi counterpart, Prince X"', () => {
    const got = read('Syrian Foreign Minister Adel Haddad met his Saudi counterpart, Prince Nawaf bin Khalid, in Jeddah.');
    expect(got).toContain('Nawaf bin Khalid holdsRole(foreign minister) Saudi Arabia');
  });
  it('joins a family name said alone to the full name introduced first', () => {
    const got = read('North Korean leader Pak Chol Ho arrived. Pak brought his foreign minister, Ri Son Ok. Pak Yong Mi stayed home. Pak smiled.');
    expect(got).toContain('Ri Son Ok holdsRole(foreign minister) North Korea');
  });
  it('gives no one a plural title of several countries', () => {
    const got = read('Adel Haddad sat down in Amman with the foreign ministers of Jordan, Iraq and Egypt. Nawaf Amin said so.');
    expect(got.some((f) => f.includes('Jordan'))).toBe(false);
  });
});

describe('a surname that is also a common word', () => {
  it('is the person named in full before', () => {
    const got = read('LONDON, May 2 - Tom Reed became prime minister and called Alan Bell. Reed kept Bell, himself a former foreign secretary, as chancellor of the exchequer.');
    expect(got).toContain('Alan Bell holdsRole(chancellor of the exchequer) United Kingdom');
    expect(got).toContain('Alan Bell holdsRole(foreign secretary) United Kingdom (former)');
  });
  it('does not break a title it stands in', () => {
    expect(read('EU Migration Commissioner Nikos Pappas spoke in Brussels.')).toContain('Nikos Pappas holdsRole(migration commissioner) European Union');
  });
});

describe('a counterpart with no title before it in the sentence', () => {
  it('holds the title the article gives the person whose counterpart he is', () => {
    const got = read('Anna Vogel became foreign minister of Austria. Vogel flew to Rome to meet her Italian counterpart, Marco Gallo, and then the EU\'s foreign policy chief, Luis Borrego.');
    expect(got).toContain('Marco Gallo holdsRole(foreign minister) Italy');
  });

  it('gives "Title X of Country" that country, not one another person of the sentence is of', () => {
    const got = read('President Omar Haddad of Morocco met Prime Minister Jana Novak of Poland.');
    expect(got).toContain('Jana Novak holdsRole(prime minister) Poland');
    expect(got).not.toContain('Jana Novak holdsRole(prime minister) Morocco');
  });
});
