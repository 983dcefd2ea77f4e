import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.ts';

function entitiesOf(text: string) {
  const x = extract({ id: 'c', text });
  return { x, labels: x.entities.map((e) => `${e.type}:${e.label}`) };
}

describe('coreference', () => {
  it('joins a surname to the full name met before, and keeps the surname as an alias', () => {
    const { x } = entitiesOf('President Emmanuel Macron arrived. Macron said the talks went well.');
    const macron = x.entities.filter((e) => e.type === 'Person');
    expect(macron).toHaveLength(1);
    expect(macron[0].label).toBe('Emmanuel Macron');
    expect(macron[0].aliases).toContain('Macron');
    expect(macron[0].mentions).toHaveLength(2);
  });

  it('joins a full name to the same name without its middle names', () => {
    const { x } = entitiesOf('Ana Maria Ruiz won the vote. Ana Ruiz said she would form a government soon.');
    const people = x.entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.label)).toEqual(['Ana Maria Ruiz']);
    expect(people[0].aliases).toContain('Ana Ruiz');
  });

  it('gives one identity to a name written with and without its glued article ("al-", "el-")', () => {
    const key = (id: string, text: string) => extract({ id, text }).entities.find((e) => e.type === 'Person')!.key;
    expect(key('a', 'President Karim al-Mansour spoke in Cairo.')).toBe(key('b', 'President Karim Mansour spoke in Cairo.'));
    const { x } = entitiesOf('President Karim al-Mansour spoke. Karim Mansour said Mansour would stay.');
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual(['Karim al-Mansour']);
  });

  it('scopes a bare surname to its document, so articles never merge on it', () => {
    const a = extract({ id: 'a', text: 'PM Modi spoke.' }).entities.find((e) => e.type === 'Person')!;
    const b = extract({ id: 'b', text: 'PM Modi spoke.' }).entities.find((e) => e.type === 'Person')!;
    expect(a.key).not.toBe(b.key);
  });

  it("gives a dateline's capitals to no alias: the country and the city keep the city's own spelling", () => {
    const { x } = entitiesOf('NAIROBI, May 2 - Kenya said on Monday it would host the talks. Nairobi wants a deal.');
    const kenya = x.entities.find((e) => e.label === 'Kenya')!;
    const city = x.entities.find((e) => e.type === 'City' && e.label === 'Nairobi')!;
    expect([...kenya.aliases, ...city.aliases]).not.toContain('NAIROBI');
    expect(kenya.aliases).toContain('Nairobi');
  });

  it('resolves "both countries" to the pair the text coordinated', () => {
    const { x } = entitiesOf('Relations between India and Pakistan improved. Both countries are members of the SAARC grouping.');
    const label = (k: string) => x.entities.find((e) => e.key === k)?.label;
    const members = x.facts.filter((f) => f.predicate === 'memberOf').map((f) => label(f.subject)).sort();
    expect(members).toEqual(['India', 'Pakistan']);
  });

  it('gives a pronoun the person named last', () => {
    const { x } = entitiesOf('Japanese Prime Minister Fumio Kishida spoke first. He later visited India.');
    const label = (k: string) => x.entities.find((e) => e.key === k)?.label;
    expect(x.facts.filter((f) => f.predicate === 'visited').map((f) => `${label(f.subject)}>${label(f.object)}`)).toEqual(['Fumio Kishida>India']);
  });

  it('treats a capital that stands for its government as the country, and still knows the city', () => {
    const { labels, x } = entitiesOf('Moscow said it would respond. The minister flew to Moscow.');
    expect(labels).toContain('Country:Russia');
    expect(labels).toContain('City:Moscow');
    expect(x.entities.find((e) => e.label === 'Russia')?.aliases).toContain('Moscow');
  });
});
