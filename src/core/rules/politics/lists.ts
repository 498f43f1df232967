/** The politics word lists (src/core/data/politics/), how each is compiled, and what kind of finding it makes. */
import { entriesOf } from '../../data/lists';
import adjectiveCamps from '../../data/politics/adjective-camps.json';
import benign from '../../data/politics/benign.json';
import casedParties from '../../data/politics/cased-parties.json';
import casedSurnames from '../../data/politics/cased-surnames.json';
import chants from '../../data/politics/chants.json';
import civic from '../../data/politics/civic.json';
import civicAnchors from '../../data/politics/civic-anchors.json';
import civicSignals from '../../data/politics/civic-signals.json';
import conflictAnchors from '../../data/politics/conflict-anchors.json';
import conflictSignals from '../../data/politics/conflict-signals.json';
import conflictSolidarity from '../../data/politics/conflict-solidarity.json';
import epithets from '../../data/politics/epithets.json';
import freeCauses from '../../data/politics/free-causes.json';
import groupActions from '../../data/politics/group-actions.json';
import handles from '../../data/politics/handles.json';
import legislation from '../../data/politics/legislation.json';
import misdeeds from '../../data/politics/misdeeds.json';
import nameAnchors from '../../data/politics/name-anchors.json';
import nameSettings from '../../data/politics/name-settings.json';
import parties from '../../data/politics/parties.json';
import partyWords from '../../data/politics/party-words.json';
import people from '../../data/politics/people.json';
import policyObjects from '../../data/politics/policy-objects.json';
import rulers from '../../data/politics/rulers.json';
import stanceWords from '../../data/politics/stance-words.json';
import surnames from '../../data/politics/surnames.json';
import titles from '../../data/politics/titles.json';
import topics from '../../data/politics/topics.json';
import weakAnchors from '../../data/politics/weak-anchors.json';
import weakBenign from '../../data/politics/weak-benign.json';
import weakCamps from '../../data/politics/weak-camps.json';
import weakGroups from '../../data/politics/weak-groups.json';
import weakIssues from '../../data/politics/weak-issues.json';
import weakOffices from '../../data/politics/weak-offices.json';
import type { TermEntry } from '../../text/lexicon';

/**
 * Names also match in the possessive ("Modi's", which the tokenizer keeps as one word) and,
 * for bare surnames, with the apostrophe left out or as a family ("Obamas").
 */
function withPossessives(entries: TermEntry[], plural = false): TermEntry[] {
  const out = [...entries];
  for (const e of entries) {
    if (e.term.endsWith('*') || e.term.endsWith('s') || /^[#@]/.test(e.term)) continue;
    out.push({ ...e, term: `${e.term}'s` });
    if (plural) out.push({ ...e, term: `${e.term}s` });
  }
  return out;
}

export const LISTS = {
  people: withPossessives(entriesOf(people)),
  surnames: withPossessives(entriesOf(surnames), true),
  handles: entriesOf(handles),
  cased: withPossessives(entriesOf(casedSurnames)),
  casedParties: entriesOf(casedParties),
  titles: entriesOf(titles),
  parties: entriesOf(parties),
  topics: entriesOf(topics),
  civic: entriesOf(civic),
  legislation: entriesOf(legislation),
  civicAnchors: entriesOf(civicAnchors),
  civicSignals: entriesOf(civicSignals),
  conflictAnchors: entriesOf(conflictAnchors),
  conflictSignals: entriesOf(conflictSignals),
  conflictSolidarity: entriesOf(conflictSolidarity),
  benign: entriesOf(benign),
  nameAnchors: withPossessives(entriesOf(nameAnchors)),
  weakAnchors: entriesOf(weakAnchors),
  weakOffices: entriesOf(weakOffices),
  weakIssues: entriesOf(weakIssues),
  weakCamps: entriesOf(weakCamps),
  weakBenign: entriesOf(weakBenign),
  partyWords: entriesOf(partyWords),
  weakGroups: entriesOf(weakGroups),
  groupActions: entriesOf(groupActions),
  nameSettings: entriesOf(nameSettings),
  policyObjects: entriesOf(policyObjects),
  stanceWords: entriesOf(stanceWords),
  chants: entriesOf(chants),
  epithets: entriesOf(epithets),
  freeCauses: entriesOf(freeCauses),
  rulers: entriesOf(rulers),
  misdeeds: entriesOf(misdeeds),
  adjectiveCamps: entriesOf(adjectiveCamps),
} as const;
export type ListName = keyof typeof LISTS | 'terms';

export type Kind = 'person' | 'party' | 'topic' | 'civic' | 'legislation' | 'conflict' | 'policy' | 'stance';
export const KIND_OF: Partial<Record<ListName, Kind>> = {
  people: 'person',
  handles: 'person',
  surnames: 'person',
  cased: 'person',
  titles: 'person',
  parties: 'party',
  casedParties: 'party',
  partyWords: 'party',
  topics: 'topic',
  civic: 'civic',
  legislation: 'legislation',
  civicAnchors: 'civic',
  weakAnchors: 'civic',
  weakOffices: 'civic',
  weakIssues: 'civic',
  weakCamps: 'civic',
  weakGroups: 'topic',
  nameAnchors: 'person',
  conflictAnchors: 'conflict',
  terms: 'policy',
};

export const WEAK_LISTS = ['weakAnchors', 'weakOffices', 'weakIssues', 'weakCamps'] as const;
export type WeakList = (typeof WEAK_LISTS)[number];
/** Which weak lists confirm each other: an office with an issue, anything with a political camp. */
export const WEAK_PARTNERS: Record<WeakList, WeakList[]> = {
  weakAnchors: [],
  weakOffices: ['weakIssues', 'weakCamps'],
  weakIssues: ['weakOffices', 'weakCamps'],
  weakCamps: ['weakOffices', 'weakIssues', 'weakCamps'],
};
