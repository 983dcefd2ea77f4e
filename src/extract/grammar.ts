// Closed-class English: the function words, cue words and head nouns the rules read.
// Grammar, not knowledge of any article: no names of people or places here.

import { thingWords, type ThingKind } from '../lexicon/thing-words.ts';

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Capitalized at a sentence start or in titles, but never a name on their own. */
export const NON_NAMES = set(`
  a an the this that these those there here it its it's he she they we i you his her their our my your
  him them us me who whom whose which what when where why how
  and or but nor so yet for of in on at to from by with without about above below after before during since until
  as if than then though although while because unless whether also however meanwhile moreover furthermore
  not no yes all any both each every either neither some many much more most few other others such same
  is are was were be been being has have had do does did will would shall should can could may might must
  according ahead amid among between despite including inside outside over under upon via within across like unlike against
  mr mrs ms dr sir madam lady lord
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  today yesterday tomorrow tonight week month year
  new old last next first second third former late then now later earlier recently
  north south east west northern southern eastern western central
  president minister chancellor premier king queen prince princess emperor pope
  said says told added asked
  breaking update live watch read exclusive opinion analysis editorial
  covid coronavirus internet
`);

/** Honorifics that announce a person's name. */
export const HONORIFICS = set(`mr mrs ms miss dr sir dame lady lord sheikh sheik imam rabbi cardinal bishop ayatollah gen general col colonel lt maj major capt captain adm admiral sgt prof professor judge justice senator sen rep representative governor gov ambassador`);

/** Verbs of speech and stance that follow a person (or a government) as subject. */
export const SPEECH_VERBS = set(`
  said says say told tells added adds stated states announced announces declared declares warned warns
  urged urges insisted insists claimed claims denied denies stressed stresses noted notes argued argues
  called calls welcomed welcomes criticized criticised condemned condemns praised praises demanded demands
  accused accuses rejected rejects confirmed confirms acknowledged admitted admits explained wrote writes
  replied responded responds tweeted asserted assured assures reiterated reiterates emphasized emphasised
  promised promises vowed vows suggested suggests believes believed thinks thought hopes hoped wants wanted
`);

/** Last words of organization names ("... Party", "... Ministry"). */
export const ORG_HEADS = set(`
  ministry ministries department office agency council committee commission parliament assembly congress senate
  party union league alliance organization organisation federation association coalition front movement
  bank fund court tribunal authority authorities administration government cabinet secretariat bureau
  army navy forces force police guard military corps brigade militia group institute university college school
  company corporation corp inc ltd airlines airline agency foundation network channel times post news
  club team fc society chamber centre center board magazine newspaper institution foundation
  observatory academy museum trust forum network service services commissions exchange
  gallery clinic hospital library theatre theater orchestra firm daily project initiative
`);

// The heads of events, agreements and issues are data (data/things.json); these are their one-word
// forms, singular and plural, for the rules that only ask whether a word heads one.
const headsOf = (kind: ThingKind) => new Set([...thingWords().heads].filter(([w, k]) => k === kind && !/\s/.test(w)).flatMap(([w]) => [w, plural(w)]));
function plural(w: string): string {
  return /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|ch|sh|x)$/.test(w) ? `${w}es` : `${w}s`;
}

/** Words that make a capitalized phrase an event name. */
export const EVENT_HEADS = headsOf('event');

/** Words that make a phrase an agreement. */
export const AGREEMENT_HEADS = headsOf('agreement');

/** Words that make a phrase an issue between countries. */
export const ISSUE_HEADS = headsOf('issue');

/** Pronouns that refer back to a person. */
export const PERSON_PRONOUNS = new Map<string, 'm' | 'f'>([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'],
]);

/** Modifiers before a role title that mark it as held in the past. */
export const FORMER_MARKERS = set(`former formerly ex then late erstwhile outgoing ousted deposed previous`);

/** Words that qualify a title, capitalized or not, without changing whose it is: "International President", "senior editor". */
export const TITLE_MODIFIERS = set(`international executive general senior managing honorary founding associate regional national global political`);

/** Modifiers that make a different (subordinate) role of the title that follows. */
export const ROLE_PREFIXES = set(`deputy vice assistant junior acting interim`);

/** Words that negate or hedge the statement of a fact in their clause. */
export const NEGATIONS = set(`not no none never neither nor n't cannot denied denies deny refused refuses rejected without`);
// "would" is left out: in reported speech it states a plan ("Putin would attend the summit")
export const HEDGES = set(`could might may if unless whether possible possibly perhaps reportedly allegedly rumoured rumored`);
// "cancelled his visit", "called off the talks": a fact that was to be and is not
export const CANCELLED = set(`cancelled canceled cancels cancel postponed postpones scrapped aborted shelved`);

/** Does the word at i deny, doubt or call off what its clause says ("not", "could", "cancelled", "called off")? */
export function denies(words: readonly string[], i: number): boolean {
  const w = words[i];
  return NEGATIONS.has(w) || HEDGES.has(w) || CANCELLED.has(w) || w === "n't" || (w === 'off' && !!words[i - 1]?.startsWith('call'));
}

/** Last words of place names that are not countries or cities (regions, features, buildings). */
export const PLACE_HEADS = set(`
  strip bank sea ocean gulf bay river valley island islands peninsula mountains mountain hills desert
  province state states region territory territories county district square street avenue road airport
  palace hall stadium arena bridge canal lake coast border corridor
`);

/** Nouns for the bodies of a state ("the Russian foreign ministry"). */
export const BODY_HEADS = set(`ministry embassy consulate parliament`);

/** Words that can stand between a country and a role without changing the holder: "the German government spokesman". */
export const TRANSPARENT = set(`government administration cabinet military army state federal national regime leadership`);

/** Words that end a modifier sequence walking left from a head noun. */
export const LEFT_BOUNDARIES = set(`
  the a an this that these those its his her their our of for in at on under to with by from between into
  during after before about against as via through within without amid among over 's
`);

/** Job titles (beyond the role lexicon) that stand before a name: "Captain Benedikt Höwedes". */
export const TITLE_WORDS = set(`
  captain coach manager striker goalkeeper defender midfielder forward filmmaker director writer author poet novelist
  artist singer actor actress witness father brother sister pastor frau herr doctor chairman founder editor
  correspondent reporter journalist analyst economist historian lawyer attorney activist spokesman spokeswoman
  commander officer chief president minister chancellor leader
`);

/** Works, not organizations: "the director of the film X" leads no organization. */
export const WORK_NOUNS = set(`film films movie movies documentary documentaries play plays opera novel book books album song show series exhibition study report survey campaign production`);

/** Lowercase nouns after a capitalized name that make it an organization: "the IG Metall union". */
export const ORG_NOUNS = set(`party union group company firm newspaper daily magazine bank movement network agency foundation alliance coalition militia organization organisation institute club`);
