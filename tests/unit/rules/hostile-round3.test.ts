/**
 * Round 3 of the hostile rule: grammar patterns for incitement and deserved harm, threatened
 * consequences, mocking forms of address, contempt for whole groups, and opening verdicts.
 * Each case checks the text every finding points at.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from './hostile-support';

describe('hostile round 3: must fire', () => {
  const cases: [string, string[]][] = [
    // Incitement: an indefinite person urged to harm someone.
    ['Someone needs to slap the guy who came up with open plan offices.', ['needs to slap the guy']],
    ['Somebody should smack the product manager who approved this.', ['should smack the product manager']],
    // Deserved harm: a noun after "deserves a", a passive after "should be" / "deserves to be".
    ['The guy in seat 14C deserves a punch in the face.', ['deserves a punch']],
    ['That recruiter deserves a good kick in the teeth.', ['deserves a good kick']],
    ['Whoever wrote this regex deserves to be slapped.', ['deserves to be slapped']],
    ['He should be punched for that keynote, honestly.', ['should be punched']],
    // Threatened consequences with the author as object.
    ["You'll regret crossing me.", ["You'll regret crossing me"]],
    ["You're going to regret messing with us.", ["You're going to regret messing with us"]],
    // Mocking forms of address.
    ['Maybe read the manual before tweeting at us, genius 🙄', ['genius']],
    ['Nice try, Sherlock. Read the contract next time.', ['Sherlock']],
    ['Hey genius, the API key goes in the header.', ['genius']],
    // Contempt for a whole group.
    ["Indian devs write garbage code, that's why we moved back onshore.", ['Indian devs write garbage']],
    ['Women in sales only close deals because they flirt.', ['Women in sales only close deals because they']],
    ["Women don't belong in the boardroom.", ["Women don't belong"]],
    ['Immigrants are taking our jobs and nobody will admit it.', ['Immigrants are taking our jobs']],
    // An opening list of insult adjectives, then the person.
    ["Fat, lazy and useless - that's how I'd describe the contractor.", ['Fat, lazy and useless']],
    // Insults after "must be", quantities ("a room full of"), dehumanising and misspelt insults.
    ['Their devs must be monkeys.', ['monkeys']],
    ["Globex's marketing team must be a room full of chimps.", ['chimps']],
    ['Reply guys who explain my own product to me are the lowest form of life.', ['lowest form of life']],
    ['Ur an idoit if u think AI will replace devs', ['idoit']],
    ['Some people were raised by wolves.', ['raised by wolves']],
    // Slurs fire whoever they are said of.
    ['lmao this dude is so retarded', ['retarded']],
    // Indifference to the people in someone's charge.
    ["Management couldn't care less about their staff.", ["couldn't care less about their staff"]],
    ["Our CEO doesn't give a damn about the people who build the product.", ["doesn't give a damn about the people"]],
    // Challenges, slang dismissals, swindlers and body-shaming.
    ['Say that to my face at the next meetup.', ['Say that to my face']],
    ["Ok Karen, we'll get right on that 🙄", ['Ok Karen']],
    ["Globex's founder is a con man.", ['con man']],
    ['That candidate was ugly and fat.', ['ugly', 'fat']],
    ['The people who work at Initech are sheep.', ['sheep']],
    // Coordinated harm verbs share the intent; lying called out; verdicts on a whole group.
    ["One more call from this vendor and I'll lose it and throttle someone.", ["I'll lose it and throttle someone"]],
    ['Hey @globex_ceo, maybe stop lying to your investors?', ['stop lying']],
    ['this is why nobody respects marketing people. brainless, all of them', ['brainless']],
    ['Shut it, nobody wants your AI takes, Chad.', ['Shut it', 'nobody wants your']],
    ['our accountant is dumb as a brick', ['dumb as a']],
    // Dismissals that are a clause of their own; double insults; person nouns as subjects.
    ['NOBODY ASKED, DAVE. SIT DOWN.', ['NOBODY ASKED', 'SIT DOWN']],
    ['This is what happens when you let incompetent morons run a bank.', ['incompetent morons']],
    ['That barista is a moron, got my order wrong 3 times.', ['moron']],
    ['my cofounder is a lazy leech who never ships', ['lazy leech']],
    ["I'd love 5 minutes alone in a room with the guy who designed this tool.", ['minutes alone in a room with']],
    // An unlisted adjective before a plural insult; conduct verdicts; a new clause after the insult.
    ["Ignore the haters. They're just bitter failures who never built anything.", ['bitter failures']],
    ['Bro really thought he could negotiate with me lmao. clown behaviour', ['clown']],
    ["One more humblebrag from that narcissist I'm unfollowing.", ['narcissist']],
    ['Customers who skip the docs are the worst kind of people.', ['the worst kind of']],
    ['The new CEO is a puppet for the board and a liar to the staff.', ['puppet', 'liar']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });
});

describe('hostile round 3: must stay quiet', () => {
  it.each([
    'Our dashboard deserves a punch of colour, so we redesigned it.',
    'The team crushed the launch; they deserve a break and a big thank you.',
    'We punched above our weight at the awards night.',
    'We need to kill the legacy billing system by Q3.',
    "Someone should build a better calendar app. I'd pay for it.",
    'Kick off your week with our new automation recipes.',
    "You'll regret not starting your pension early. Here's why.",
    "You're going to regret skipping the warm-up.",
    'Happy birthday, genius! Thanks for everything this year.',
    'Our new hire is a genius with spreadsheets.',
    'Women in tech breakfast this Friday, all welcome.',
    'Immigrants founded over half of US billion-dollar startups.',
    'Stop calling Gen Z lazy. Our interns shipped more than anyone.',
    "The myth that older workers can't learn new tools is just wrong.",
    'Indian food for the team lunch today, thanks to our Pune office!',
    // The group as an object, with a contempt word after a comma.
    'Our new policy protects women, and lazy hiring habits had to go.',
    'Dear past me: stop being so hard on yourself. Every failure was a lesson.',
    'Chaos monkey found three failure modes in staging this week.',
    'Lazy loading, stupid simple pricing, and docs for developers.',
    'Thanks to the garbage men who come at 6am every Tuesday.',
    // Codes and a gerund opening the sentence are not names.
    'Traffic on the A1 is a joke today, crawling for an hour.',
    'Adulting is a scam.',
    'Flame retardant materials testing: our lab just got certified.',
    'Karen from finance just hit 10 years with us. Congratulations, Karen!',
    "Fat margins don't last forever. Plan for the downturn.",
    'Sheep Inc. was a great partner for our wool pilot.',
    "I don't care about haters, I care about customers.",
    "Customers don't care about you, they care about their problems.",
    'We never cared about vanity metrics.',
    'Entitled? No — our customers are demanding, and that makes us better.',
    'Holy moly, we hit 10k users this morning. I need to sit down.',
    'Nobody asked for another AI chatbot, so we built something useful instead.',
    'We were clueless idiots about pricing in year one.',
    'Our CEO is a puppet master of spreadsheets, and we love her for it.',
    'The dummy logic in staging returns fixed prices.',
    'The worst kind of bug is the silent one.',
    "Clown-themed party for my daughter's birthday this weekend.",
    'We are the proud failures of three startups, and it taught us everything.',
    'Shut it down before the weekend, the on-call team will thank you.',
    "I'll grab coffee and call you after the standup.",
    'Our CEO cares deeply about the people who build the product.',
    'Cutting the free tier was the dumbest decision we ever made. We brought it back.',
  ])('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});
