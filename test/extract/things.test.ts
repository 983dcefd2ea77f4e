import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.ts';

function things(text: string, id = 't') {
  const x = extract({ id, text });
  return x.entities.filter((e) => e.type === 'Event' || e.type === 'Agreement');
}

const names = (e: { label: string; aliases: string[] }) => [e.label, ...e.aliases];

describe('events and agreements as entities', () => {
  it('names an event by its place and joins it to the same gathering named by its city', () => {
    const found = things('The leaders met at a summit in Lisbon on Monday. After the Lisbon meeting they flew home.');
    const events = found.filter((e) => e.type === 'Event');
    expect(events).toHaveLength(1);
    expect(names(events[0])).toEqual(expect.arrayContaining(['summit in Lisbon', 'Lisbon meeting']));
  });

  it('finds things described without a name: a ceremony, a joint statement, a memorandum of understanding', () => {
    const found = things('At a wreath-laying ceremony in Oslo the two ministers issued a joint statement. Norway and Portugal also signed a memorandum of understanding on fisheries.');
    const labels = found.flatMap(names);
    expect(labels).toEqual(expect.arrayContaining(['wreath-laying ceremony', 'joint statement', 'memorandum of understanding']));
  });

  it('points "the summit" and "the treaty" back at the ones named before', () => {
    const found = things('Delegates gathered for the Harbour Forum summit in Lisbon. Portugal and Norway signed the Treaty on Northern Fisheries there. The summit closed on Friday, and the treaty enters into force next year.');
    const summit = found.find((e) => e.type === 'Event')!;
    const treaty = found.find((e) => e.type === 'Agreement')!;
    expect(found).toHaveLength(2);
    expect(summit.mentions).toHaveLength(2);
    expect(treaty.label).toBe('Treaty on Northern Fisheries');
    expect(treaty.mentions).toHaveLength(2);
  });

  it('points "the summit" several sentences after a recalled summit back at the summit the lead reports', () => {
    const found = things('Leaders opened the Harbour Forum summit in Lisbon on Monday. Delegates spoke of the 2008 summit in Oslo, a reminder of older quarrels. Fishing quotas filled the first day. Trade came next. The summit closes on Friday.');
    const events = found.filter((e) => e.type === 'Event');
    const lead = events.find((e) => names(e).some((n) => /Lisbon/.test(n)))!;
    const recalled = events.find((e) => names(e).some((n) => /2008|Oslo/.test(n)))!;
    expect(lead.mentions).toHaveLength(2);
    expect(recalled.mentions).toHaveLength(1);
  });

  it('reads a description set off after a name as that thing again', () => {
    const found = things('Ghana and Togo signed the Volta Charter, a mutual-defence pact, in Accra.');
    expect(found.map((e) => e.label)).toEqual(['Volta Charter']);
    expect(found[0].mentions).toHaveLength(2);
  });

  it('keeps two years or two ordinals of one series apart', () => {
    const years = things('Ministers recalled the 2022 Oslo summit. The 2023 Oslo summit was larger.').filter((e) => e.type === 'Event');
    expect(years).toHaveLength(2);
    expect(years[0].key).not.toBe(years[1].key);
    const ordinals = things('Leaders met at a first emergency summit in Oslo in March and at a second emergency summit in Oslo in June.');
    expect(ordinals).toHaveLength(2);
  });

  it('reads a summit named by its series and one named by its city as one summit', () => {
    const events = things('Leaders of the Nordic Council met in Oslo. The Nordic Council summit opened with a minute of silence, and the Oslo summit ended a day early.').filter((e) => e.type === 'Event');
    expect(events).toHaveLength(1);
  });

  it('does not take "the next summit" for the summit in hand', () => {
    const [summit] = things('The Oslo summit ended on Sunday. The next summit will be held in Lisbon.');
    expect(summit.label).toBe('Oslo summit');
    expect(summit.mentions).toHaveLength(1);
  });

  it('scopes a described thing to its article, so two articles never share "the joint statement"', () => {
    const a = things('The ministers issued a joint statement.', 'a')[0];
    const b = things('The ministers issued a joint statement.', 'b')[0];
    expect(a.key).not.toBe(b.key);
    const [c, d] = ['c', 'd'].map((id) => things('Delegates recalled the 2022 summit.', id)[0]);
    expect(c.label).toBe('2022 summit');
    expect(c.key).not.toBe(d.key);
  });

  it('finds no event in a headline, a verb, a weak description or a share of the vote', () => {
    expect(things('PM MEETS ENVOY IN OSLO')).toEqual([]);
    expect(things('The prime minister meets the envoy on Tuesday.')).toEqual([]);
    expect(things('She held a bilateral meeting with him.')).toEqual([]);
    expect(things('The party won 40 percent of the valid votes.')).toEqual([]);
    expect(things('The war of words grew. It was a great deal for both.')).toEqual([]);
    expect(things('The war crimes prosecutor spoke about the 2024 election campaign.')).toEqual([]);
  });

  it('reads a word in -ing after an article as describing the head, not as a verb', () => {
    const [ceremony] = things('The treaty was signed at a signing ceremony in Oslo.').filter((e) => e.type === 'Event');
    expect(names(ceremony)).toEqual(expect.arrayContaining(['signing ceremony in Oslo', 'signing ceremony']));
  });

  it('takes a capitalized roadmap as an agreement, and neither a lowercase vision nor a kind of meeting as a thing', () => {
    const found = things('The two governments adopted the Chile-Norway Roadmap 2030 and spoke of a shared vision. Both attend all G20 meetings.');
    expect(found.map((e) => e.label)).toEqual(['Chile-Norway Roadmap 2030']);
  });
});
