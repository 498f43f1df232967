/**
 * Hostile remarks: insults and name-calling aimed at people or companies, threats, rude
 * dismissals, and trashing one's (former) employer.
 *
 * An insult word is hostile only when it is aimed at someone (./hostile/aim.ts decides who a
 * remark is said of). Said of the author ("I was an idiot to miss this talk") or of a thing
 * ("this update is useless") it is not hostile; inside a compound ("idiot-proof", "scope creep",
 * "dummy data") it is not an insult at all.
 */
import { checkEmployerTrash, checkMistreatment, checkWorstEver } from './hostile/employer';
import { checkFiring } from './hostile/firing';
import { checkGroup } from './hostile/groups';
import { checkConsequence, checkHarmVerb, checkIllWish } from './hostile/harm';
import {
  checkComplaintMockery,
  checkDepravity,
  checkDoubtedAbility,
  checkTaunt,
  checkVeiledThreat,
} from './hostile/insinuation';
import { checkAdjective, checkInsult, checkMockVocative } from './hostile/insults';
import { LISTS } from './hostile/lists';
import {
  checkBackhanded,
  checkCondescension,
  checkFaculty,
  checkIncapacity,
  checkSarcasticOpener,
  checkSarcasticVerdict,
  checkVermin,
} from './hostile/mockery';
import {
  checkAccusation,
  checkClosingDismissal,
  checkDismissal,
  checkIndifference,
  checkSlur,
  checkThreat,
} from './hostile/phrases';
import { withoutReportedSpeech } from './hostile/quotes';
import { checkBackhandedCompliment, checkRidicule, checkStereotype, checkSuperlative } from './hostile/ridicule';
import { HostileText, uniqueByToken } from './hostile/text';
import { checkValence } from './hostile/valence';
import { defineRule } from './types';

export default defineRule<object>({
  id: 'hostile',
  meta: {
    title: 'Hostile remarks',
    description:
      'Flags insults and name-calling aimed at people or companies, threats, rude dismissals and trashing an employer.',
    checksQuoted: true,
  },
  defaults: { severity: 'warn' },
  options: {},
  lists() {
    return [...LISTS];
  },
  check(ctx) {
    const h = new HostileText(ctx);
    // Order matters: a span reported by an earlier check is not reported again by a later one.
    for (const match of uniqueByToken(h.matches('slurs'))) checkSlur(h, match);
    for (const match of h.matches('threats')) checkThreat(h, match);
    for (const match of uniqueByToken(h.matches('accusations'))) checkAccusation(h, match);
    for (const match of h.matches('dismissals')) checkDismissal(h, match);
    for (const match of h.matches('closingDismissals')) checkClosingDismissal(h, match);
    for (const match of uniqueByToken(h.matches('insults'))) checkInsult(h, match);
    for (const match of uniqueByToken(h.matches('adjectives'))) checkAdjective(h, match, false);
    for (const match of uniqueByToken(h.matches('putDowns'))) checkAdjective(h, match, true);
    for (const match of uniqueByToken(h.matches('ridicule'))) checkRidicule(h, match, 'ridicule');
    for (const match of uniqueByToken(h.matches('looks'))) checkRidicule(h, match, 'looks');
    for (const match of uniqueByToken(h.matches('speech'))) checkRidicule(h, match, 'speech');
    for (const match of h.matches('stereotypes')) checkStereotype(h, match);
    for (const match of uniqueByToken(h.matches('backhandedCompliments'))) checkBackhandedCompliment(h, match);
    for (const match of uniqueByToken(h.matches('superlativeClosers'))) checkSuperlative(h, match);
    for (const match of h.matches('employerTrash')) checkEmployerTrash(h, match);
    for (const match of h.matches('mistreatment')) checkMistreatment(h, match);
    for (const match of uniqueByToken(h.matches('harmVerbs'))) checkHarmVerb(h, match);
    for (const match of uniqueByToken(h.matches('illWishes'))) checkIllWish(h, match);
    for (const match of h.matches('targets')) checkWorstEver(h, match);
    for (const match of uniqueByToken(h.matches('consequences'))) checkConsequence(h, match);
    for (const match of uniqueByToken(h.matches('mockVocatives'))) checkMockVocative(h, match);
    for (const match of uniqueByToken(h.matches('groups'))) checkGroup(h, match);
    for (const match of h.matches('indifference')) checkIndifference(h, match);
    for (const match of uniqueByToken(h.matches('firing'))) checkFiring(h, match);
    for (const match of uniqueByToken(h.matches('condescension'))) checkCondescension(h, match);
    for (const match of uniqueByToken(h.matches('faculties'))) checkFaculty(h, match);
    for (const match of uniqueByToken(h.matches('incapacity'))) checkIncapacity(h, match);
    for (const match of uniqueByToken(h.matches('vermin'))) checkVermin(h, match);
    for (const match of uniqueByToken(h.matches('backhanded'))) checkBackhanded(h, match);
    const openers = uniqueByToken(h.matches('sarcasticOpeners'));
    for (const match of openers) checkSarcasticOpener(h, match);
    for (const match of uniqueByToken(h.matches('sarcasticVerdicts'))) checkSarcasticVerdict(h, match, openers);
    for (const match of h.matches('veiledThreats')) checkVeiledThreat(h, match);
    for (const match of uniqueByToken(h.matches('depravity'))) checkDepravity(h, match);
    for (const match of uniqueByToken(h.matches('taunts'))) checkTaunt(h, match);
    for (const match of uniqueByToken(h.matches('complaintMockery'))) checkComplaintMockery(h, match);
    const groupAt = new Set(h.matches('groups').map((m) => m.lastToken));
    for (const match of uniqueByToken(h.matches('doubtFrames'))) checkDoubtedAbility(h, match, groupAt);
    // Last: the general valence signal only speaks where no listed word already did.
    for (const match of uniqueByToken(h.matches('valence'))) checkValence(h, match);
    return withoutReportedSpeech(h, h.findings);
  },
});
