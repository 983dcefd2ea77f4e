// A mention: a phrase of one sentence that names (or points back to) an actor, an event, an
// agreement, an issue or a title. Every finder of src/extract/mentions/ makes them and the
// entities stage resolves them; the type stands alone so that no finder imports its caller.
import type { Span } from '../../model.ts';
import type { RoleRecord } from '../../lexicon/index.ts';

export type MentionKind =
  | 'country' | 'demonym' | 'metonym' | 'city' | 'org' | 'body' | 'region'
  | 'person' | 'role' | 'event' | 'agreement' | 'issue' | 'pronoun' | 'pair' | 'personPair' | 'countryRef' | 'orgRef';

export interface Mention extends Span {
  kind: MentionKind;
  text: string;
  /** Index of the sentence, and the mention's tokens [first, last) within it. */
  sentence: number;
  first: number;
  last: number;
  /** country/demonym/metonym: the country id; org: the org id; city: the city name. */
  ref?: string;
  /** city and body: the country id it belongs to. */
  country?: string;
  /** role: the role title. */
  role?: RoleRecord;
  /** person/event/agreement/issue/body: the name as written (without titles). */
  name?: string;
  /** event/agreement: shorter names the same thing goes by. */
  alternates?: string[];
  /** pronoun: m or f. */
  gender?: 'm' | 'f';
  /** person: a lone word that is a person only if it names one met in full elsewhere. */
  tentative?: boolean;
  /** pair: how many countries it points back at ("the three neighbours"); two when unsaid. */
  count?: number;
  /** event: "the annual summit", a definite description of an event named before. */
  anaphoric?: boolean;
}
