/** The hostile rule's word lists, compiled into the engine's shared lexicon (one pass for all rules). */
import accusations from '../../data/hostile/accusations.json';
import aimCues from '../../data/hostile/aim-cues.json';
import backhanded from '../../data/hostile/backhanded.json';
import backhandedCompliments from '../../data/hostile/backhanded-compliments.json';
import closingDismissals from '../../data/hostile/closing-dismissals.json';
import complaintMockery from '../../data/hostile/complaint-mockery.json';
import condescension from '../../data/hostile/condescension.json';
import consequences from '../../data/hostile/consequences.json';
import depravity from '../../data/hostile/depravity.json';
import dismissals from '../../data/hostile/dismissals.json';
import doubtFrames from '../../data/hostile/doubt-frames.json';
import employerCues from '../../data/hostile/employer-cues.json';
import employerTrash from '../../data/hostile/employer-trash.json';
import faculties from '../../data/hostile/faculties.json';
import firing from '../../data/hostile/firing.json';
import groupClaims from '../../data/hostile/group-claims.json';
import groups from '../../data/hostile/groups.json';
import harmVerbs from '../../data/hostile/harm-verbs.json';
import illWishes from '../../data/hostile/ill-wishes.json';
import incapacity from '../../data/hostile/incapacity.json';
import indifference from '../../data/hostile/indifference.json';
import insultAdjectives from '../../data/hostile/insult-adjectives.json';
import insults from '../../data/hostile/insults.json';
import looks from '../../data/hostile/looks.json';
import mistreatment from '../../data/hostile/mistreatment.json';
import mockVocatives from '../../data/hostile/mock-vocatives.json';
import putDowns from '../../data/hostile/put-downs.json';
import ridicule from '../../data/hostile/ridicule.json';
import sarcasticOpeners from '../../data/hostile/sarcastic-openers.json';
import sarcasticVerdicts from '../../data/hostile/sarcastic-verdicts.json';
import slurs from '../../data/hostile/slurs.json';
import speech from '../../data/hostile/speech.json';
import stereotypes from '../../data/hostile/stereotypes.json';
import superlativeClosers from '../../data/hostile/superlative-closers.json';
import targets from '../../data/hostile/targets.json';
import taunts from '../../data/hostile/taunts.json';
import threats from '../../data/hostile/threats.json';
import veiledThreats from '../../data/hostile/veiled-threats.json';
import vermin from '../../data/hostile/vermin.json';
import { entriesOf } from '../../data/lists';
import type { ListInput } from '../../text/lexicon';
import { valenceList } from './valence';

export const LISTS: readonly ListInput[] = [
  { list: 'insults', entries: entriesOf(insults), obfuscatable: true, possessive: false },
  { list: 'adjectives', entries: entriesOf(insultAdjectives), obfuscatable: true, possessive: false },
  { list: 'putDowns', entries: entriesOf(putDowns) },
  { list: 'threats', entries: entriesOf(threats) },
  { list: 'accusations', entries: entriesOf(accusations) },
  { list: 'dismissals', entries: entriesOf(dismissals) },
  { list: 'employerTrash', entries: entriesOf(employerTrash) },
  { list: 'employerCues', entries: entriesOf(employerCues) },
  { list: 'targets', entries: entriesOf(targets) },
  { list: 'aimCues', entries: entriesOf(aimCues) },
  { list: 'mistreatment', entries: entriesOf(mistreatment) },
  { list: 'harmVerbs', entries: entriesOf(harmVerbs), possessive: false },
  { list: 'illWishes', entries: entriesOf(illWishes), possessive: false },
  { list: 'consequences', entries: entriesOf(consequences), possessive: false },
  { list: 'mockVocatives', entries: entriesOf(mockVocatives), possessive: false },
  { list: 'groups', entries: entriesOf(groups), possessive: false },
  { list: 'groupClaims', entries: entriesOf(groupClaims), possessive: false },
  { list: 'slurs', entries: entriesOf(slurs), obfuscatable: true, possessive: false },
  { list: 'closingDismissals', entries: entriesOf(closingDismissals), possessive: false },
  { list: 'indifference', entries: entriesOf(indifference), possessive: false },
  { list: 'condescension', entries: entriesOf(condescension), possessive: false },
  { list: 'backhanded', entries: entriesOf(backhanded), possessive: false },
  { list: 'sarcasticVerdicts', entries: entriesOf(sarcasticVerdicts), possessive: false },
  { list: 'sarcasticOpeners', entries: entriesOf(sarcasticOpeners), possessive: false },
  { list: 'faculties', entries: entriesOf(faculties), possessive: false },
  { list: 'incapacity', entries: entriesOf(incapacity), possessive: false },
  { list: 'firing', entries: entriesOf(firing), possessive: false },
  { list: 'vermin', entries: entriesOf(vermin), possessive: false },
  { list: 'ridicule', entries: entriesOf(ridicule), possessive: false },
  { list: 'looks', entries: entriesOf(looks), possessive: false },
  { list: 'speech', entries: entriesOf(speech), possessive: false },
  { list: 'stereotypes', entries: entriesOf(stereotypes), possessive: false },
  { list: 'backhandedCompliments', entries: entriesOf(backhandedCompliments), possessive: false },
  { list: 'superlativeClosers', entries: entriesOf(superlativeClosers), possessive: false },
  { list: 'depravity', entries: entriesOf(depravity), possessive: false },
  { list: 'veiledThreats', entries: entriesOf(veiledThreats), possessive: false },
  { list: 'taunts', entries: entriesOf(taunts), possessive: false },
  { list: 'complaintMockery', entries: entriesOf(complaintMockery), possessive: false },
  { list: 'doubtFrames', entries: entriesOf(doubtFrames), possessive: false },
  valenceList(),
];
