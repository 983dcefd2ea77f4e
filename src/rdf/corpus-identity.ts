// Identity across documents for persons a document names by surname alone ("Assad", "Mr Modi").
// Such a name keeps a document-scoped key (identity.ts) because it says nothing about who it is
// — unless the corpus holds exactly one compatible full-name person with that surname: then the
// document meant that person, as a reader of the corpus would take it. Compatible means the
// offices both hold, where both hold one, are with the same country or organization; two full
// names with the surname ("Nawaz Sharif", "Shehbaz Sharif") leave the surname alone.
// The decision is made once the whole corpus is in, from sets only, so it is the same whatever the
// order documents arrive in and however they are scheduled.
import type { Extraction } from '../model.ts';
import { fold } from '../text/tokens.ts';
import { corpusKeys, isBarePersonName } from './identity.ts';

interface Person {
  /** Folded surnames the full name answers to ("al-assad" and "assad"). */
  surnames: Set<string>;
  /** Corpus keys of what the person holds an office in. */
  offices: Set<string>;
  /** With a surname-only person: the full names its own document told it apart from ("a different Khan"). */
  apart?: Set<string>;
}

// Arabic and Romance particles joined to a surname: "al-Assad" answers to "Assad".
const PARTICLE = /^(?:al|el|ash|as|ad|an|ar|at|az|d|de|di|da|du|del|della)[-']/;

/** The surnames a multi-word person name answers to: its last word, with and without a particle. */
export function surnames(label: string): string[] {
  const words = label.trim().split(/\s+/);
  if (words.length < 2) return [];
  const last = fold(words[words.length - 1].replace(/[.,]+$/, ''));
  const bare = last.replace(PARTICLE, '');
  return bare !== last && bare ? [last, bare] : [last];
}

export class PersonIdentity {
  private readonly full = new Map<string, Person>();
  private readonly scoped = new Map<string, Person>();

  /** Records one document's persons and the offices they hold, under their corpus keys. */
  add(x: Extraction, keys: Map<string, string> = corpusKeys(x)): void {
    const offices = new Map<string, Set<string>>();
    for (const f of x.facts) {
      if (f.predicate !== 'holdsRole') continue;
      const s = keys.get(f.subject) ?? f.subject;
      let set = offices.get(s);
      if (!set) offices.set(s, (set = new Set()));
      set.add(keys.get(f.object) ?? f.object);
    }
    const here: Array<{ key: string; names: string[]; bare: boolean }> = x.entities
      .filter((e) => e.type === 'Person')
      .map((e) => {
        const bare = isBarePersonName(e);
        return { key: keys.get(e.key) ?? e.key, bare, names: bare ? [fold(e.label.trim())] : [e.label, ...e.aliases].flatMap(surnames) };
      });
    for (const { key, names, bare } of here) {
      const table = bare ? this.scoped : this.full;
      let p = table.get(key);
      if (!p) table.set(key, (p = { surnames: new Set(), offices: new Set() }));
      for (const n of names) p.surnames.add(n);
      for (const o of offices.get(key) ?? []) p.offices.add(o);
      if (bare) {
        for (const other of here) if (!other.bare && other.names.includes(names[0])) (p.apart ??= new Set()).add(other.key);
      }
    }
  }

  /** Document-scoped key → the one compatible full-name person's key, for every scoped person that has one. */
  resolve(): Map<string, string> {
    const bySurname = new Map<string, string[]>();
    for (const [key, p] of this.full) {
      for (const s of p.surnames) {
        let list = bySurname.get(s);
        if (!list) bySurname.set(s, (list = []));
        list.push(key);
      }
    }
    const out = new Map<string, string>();
    for (const [key, p] of this.scoped) {
      const all = (bySurname.get([...p.surnames][0]) ?? []).filter((k) => !p.apart?.has(k));
      // the one namesake who holds office where this one does; else the only namesake, if nothing disagrees
      const sharing = all.filter((k) => shareOffice(p, this.full.get(k)!));
      const only = all.length === 1 && (p.offices.size === 0 || this.full.get(all[0])!.offices.size === 0);
      if (sharing.length === 1) out.set(key, sharing[0]);
      else if (sharing.length === 0 && only) out.set(key, all[0]);
    }
    return out;
  }
}

function shareOffice(a: Person, b: Person): boolean {
  for (const o of a.offices) if (b.offices.has(o)) return true;
  return false;
}
