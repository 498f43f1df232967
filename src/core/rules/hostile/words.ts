/** Closed word classes the hostile rule's grammar checks rely on (not policy lists: those are JSON data). */
const words = (s: string) => new Set(s.split(' '));

/** Grammar the directedness check relies on (closed word classes, not policy lists). */
export const W = {
  SELF: words("i me my myself we us our ourselves im i'm i've i'd i'll we're we've"),
  SECOND_PERSON: words("you u ya ye yall y'all your ur youre you're you've you'd thou"),
  THIRD_PERSON: words('he she they him them these those'),
  DEMONSTRATIVES: words('this that these those such another some every'),
  /** After an insult that opens a sentence, these show it refers to someone ("Dickhead in the Tesla…"). */
  REFERRING_AFTER: words('in at on who from with that over'),
  COORDINATION: words('and or nor'),
  /** Object pronouns before a copula belong to a relative clause ("the consultants they sent us are…"). */
  OBJECT_PRONOUNS: words('us me'),
  /** "Hey idiots, read the docs". */
  VOCATIVE: words('hey hi hello dear yo oi listen'),
  NEGATIONS: words('not never no nobody nothing neither nor hardly'),
  /** Between a subject or "you" and the insult: articles, intensifiers, linking words. */
  FILLER: words(
    'a an the total complete completely absolute absolutely utter utterly real really bunch buncha pack band load ' +
      'couple group of fucking freaking effing bloody damn damned goddamn just truly literally honestly clearly ' +
      'obviously basically frankly so such big huge massive little lying all nothing but always still like ' +
      'too very extremely incredibly plain downright beyond kind sort bit of sack pile heap most least proper ' +
      'right walking certified grade room full herd gaggle crowd',
  ),
  LINKING_VERBS: words(
    'is are was were be been being am isnt arent wasnt werent seems seem seemed sound sounds sounded look looks ' +
      'looked act acts acted acting behave behaves behaving behaved become became becomes remain remains r',
  ),
  CONTRACTED_COPULAS: words('s re m'),
  /** "I work with idiots", "surrounded by clowns". */
  AMONG: words('with by among around amongst'),
  /** Words that may follow an insult used as a noun; any other word makes it a compound ("idiot proof"). */
  AFTER_INSULT: words(
    'who that and or but like you at in on for with of to from if when because as is are was were lol haha ' +
      "here there out again too already everywhere i i've he she they we ever all over around right still now " +
      'then this today yesterday anyway honestly tbh smh ffs omg',
  ),
  /** Put-downs that are verbs: the subject comes right before them ("my manager sucks"). */
  VERB_PUT_DOWNS: words('suck sucks'),
  /** Capitalised sentence starters that are not names ("This is stupid", "Life is a joke"). */
  NOT_A_NAME: words(
    'this that it there here what which who everything nothing something everyone everybody nobody anyone anybody ' +
      'someone somebody life today work monday tuesday wednesday thursday friday saturday sunday honestly ' +
      'seriously yes no well so and but or if when why how the a an our my your their his her its in on at for ' +
      'after before while with from to of as all some most many',
  ),
  /** Insult words that name a thing as often as a person ("the joke that…", "the hack that saved us"). */
  THING_INSULTS: words('joke scam trash garbage cult circus hack hacks failure disgrace fraud'),
  /** After "the idiot" these single out one person or group ("the idiot who…", "the clowns at Globex"). */
  ARTICLES: words('a an the'),
  INDEFINITE: words('a an'),
  /** Insult words that make an ordinary compound before a person word ("fraud team", "hack week crew"). */
  NOT_BEFORE_TARGET: words('fraud scam hack hacks joke cult failure'),
  SINGLING_OUT: words('who that at from running behind'),
  /** Before "treat…like…" these make it advice ("stop treating customers like …"). */
  ADVICE_BEFORE: words("stop don't dont never not how why if avoid"),
  /** "Stop being so stupid": an imperative before "being" addresses the reader. */
  STOP: words('stop quit'),
  SUBJECT_PREPOSITIONS: words('at from in on of'),
  /** "Globex is run by a bunch of frauds", "garbage made by idiots": a thing or an organisation said to be run or made by the insulted people. */
  RUN_BY: words(
    'run ran led managed staffed owned made built designed written coded developed created produced approved',
  ),
  /** A threat says the author will do it: "I'll", "gonna", "going to", "want to" right before the harm verb. */
  INTENT: words("i'll ill will gonna wanna shall i'd gon finna"),
  INTENT_BEFORE_TO: words('going want like need gotta about'),
  /** Who a threat or an ill wish can be about, besides pronouns, @handles and listed targets. */
  ANY_PERSON: words('whoever anyone anybody someone somebody everyone everybody'),
  /** Pronouns that can be the object of a harm verb ("kill you", "punch him"), not possessives ("kill your darlings"). */
  PERSON_OBJECTS: words("you u ya yall y'all him her them he she they"),
  /** Intent words that need the author as subject ("I will", "we're going to"), unlike "I'll" or "gonna". */
  NEEDS_SUBJECT: words('will shall going want like need about'),
  /** Nouns for acts and statements: an insult adjective before them judges the act ("the dumbest decision"). */
  ACT_NOUNS: words(
    'decision decisions idea ideas move moves mistake mistakes question questions plan plans policy policies take ' +
      'takes call choice choices comment comments tweet tweets post posts thing things law laws rule rules',
  ),
  /** After a dismissal these make it an ordinary phrasal verb ("get lost in", "shut it down"). */
  PARTICLES: words('in down off out up on over'),
  /** Opening ", all of them", ", every one of them", ", the lot of them". */
  QUANTIFIERS: words('all every each the both most'),
  /** After an insult noun these judge someone's conduct ("clown behaviour", "loser energy"). */
  CONDUCT: words('behaviour behavior behaviours behaviors energy move moves mentality logic antics'),
  /** Insult words that make ordinary compounds with those ("dummy logic" is placeholder code). */
  NOT_CONDUCT: words('dummy dummies'),
  /** Third-person people as objects ("doesn't care about them"). */
  PERSON_OBJECTS_3RD: words('him her them'),
  /** Determiners between a harm verb and the person ("punch the next person", "slap that guy"). */
  OBJECT_DETERMINERS: words('the that this next first whole every one of your his her their'),
  /** Words that open an ill wish: "hope your startup burns". */
  WISH: words('hope hoping hopefully wish wishing pray praying'),
  /** Right before an employer complaint these make it advice or recruiting copy. */
  GENERIC_BEFORE: words(
    'no not never without zero escape escaping avoid avoiding unlike instead prevent preventing spot spotting ' +
      'fix fixing signs sign how why stop if your any',
  ),
  /** Obligation before a harm verb ("someone needs to slap…", "somebody should punch him"): incitement. */
  OBLIGED: words('should must needs need has have ought gotta'),
  /** "<person> deserves a punch", "… deserves to be slapped", "… needs a slap". */
  DESERVE: words('deserves deserve deserved needs need'),
  /** Between "deserves a" and the harm: "a good slap", "a swift kick". */
  HARM_FILLER: words('good swift hard solid proper firm'),
  /** Right before a passive harm verb: "should be punched", "deserves to get slapped". */
  PASSIVE_AUX: words('be get got getting been'),
  /** Before a noun these make it a thing owned ("your inbox deserves a punch of colour"), not a person. */
  POSSESSIVES: words('your his her their its my our'),
  /** The author as the object of a threatened consequence ("you'll regret crossing me"). */
  AUTHOR_OBJECTS: words('me us'),
  /** Future or intent after "you" before a consequence ("you'll regret", "you're going to regret"). */
  FUTURE: words('will gonna going shall'),
  /** A sentence with these is warm, so "genius" in it is not sarcasm ("Happy birthday, genius!"). */
  WARM: words(
    'thanks thank thx ty congrats congratulations happy birthday welcome love proud bravo cheers appreciate grateful ' +
      'morning',
  ),
  /** Group words that are plural without an -s ("women", "Gen Z", "kids these days"). */
  GROUP_PLURALS: words('women men z days people'),
  /** Words after which a group still opens its clause ("because immigrants…", "tbh women…"). */
  CLAUSE_OPENERS: words(
    'the these those all most many some that because why and but so honestly frankly seriously tbh ngl imo imho lol ' +
      'literally basically',
  ),
  /** Of those, the ones that belong to the group's noun phrase ("all women", "these boomers"). */
  GROUP_DETERMINERS: words('the these those all most many some'),
  /** A sentence with these argues against a stereotype ("stop calling Gen Z lazy"). */
  GROUP_GUARDS: words(
    'stereotype stereotypes stereotyping myth myths bias biased biases discrimination discriminate racism sexism ' +
      'misogyny prejudice prejudiced calling assume assuming claim claims believe myth-busting untrue false wrong',
  ),
  /** Verbs of contempt whose object is the one despised ("I hate my manager", "everyone loathes you"). */
  CONTEMPT_VERBS: words('hate hates hated hating loathe loathes loathed loathing abhor abhors abhorred'),
  /** Objects of a verb of contempt that are people ("them" is as often a thing). */
  CONTEMPT_OBJECTS: words("you u ya yall y'all him her"),
  /** "you" as a word of its own, not the possessive ("you pathetic little nobodies", not "your app"). */
  YOU: words("you u ya ye yall y'all"),
  /** Subjects that name a person by themselves: "you're rude", "he is dishonest" ("they" is as often a thing). */
  PERSON_SUBJECTS: words("you u ya ye yall y'all he she"),
  /** Before an adjective and a person word these point at one particular person or group ("this greedy landlord"). */
  SPECIFIC: words('this that these those your his her their the another'),
  SELF_POSSESSIVES: words('my our'),
  /** Before "<noun> who" these make the noun one particular person ("the guy who…", "my boss who…"). */
  SPECIFIC_BEFORE: words('the this that my our your his her their'),
  /** A clause opened by these states a condition, not a verdict ("if you're rude to waiters…"). */
  CONDITIONS: words('if when unless whenever whether'),
  /** After a predicate adjective these end it ("rude to everyone", "terrible at the job"), unlike a noun ("a screaming buy"). */
  AFTER_PREDICATE: words("about af after toward towards than since so enough it it's its that's which"),
  /** Mocking words that also mock when they open a reply ("Sweetheart, I've been doing this for 20 years."). */
  ENDEARMENTS: words('sweetie sweetheart princess hun darling kiddo buddy pal champ'),
  /** Verbs of deceit, theft and abuse: "they cheat us", "he lied to me", "you stole my idea". */
  WRONGDOING: words(
    'lied cheat cheats cheated cheating steal steals stole stolen stealing rob robs betray betrays betrayed ' +
      'betraying deceive deceives deceived deceiving mislead misleads misleading scam scams swindle swindles ' +
      'defraud defrauds exploit exploits exploited exploiting bully bullied bullying harass harasses harassed ' +
      'harassing abuse abuses abused abusing belittle belittled mock mocks mocked mocking blackmail blackmails ' +
      'blackmailed threaten threatens threatened bribe bribed',
  ),
  /** The author or the reader as the one wronged: "cheat us", "lied to me", "stole my idea", "mocked you". */
  WRONGED: words("me us my our you your u ur y'all yall"),
  /** Between a verb of wrongdoing and the one wronged: "lied to us", "stole from me", "cheated the both of us". */
  WRONGED_LINKS: words('to from out of on at with'),
  /** "you make me sick", "they made us feel…". */
  MAKE: words('make makes made making'),
  /** Animal words that, after a verdict word, call people animals ("filthy animals", "greedy little rats"). */
  DEHUMANISING: words(
    'animals animal beasts beast creatures creature savages rats rat dogs cockroaches roaches insects',
  ),
  /** Collective person words that also name a practice after another noun ("risk management", "customer support"). */
  PRACTICES: words('management leadership support hr board team ops operations'),
  /** Outside a quotation these show the author reports what someone said ("Got this in my DMs: “…”. Reported."). */
  REPORTING: words(
    'reported report reporting blocked harassment harassing harassed abuse abusive troll trolls trolling dm dms ' +
      'inbox commented comments replied messaged messages screenshot stranger',
  ),
  /** Thanks and congratulations that a backhanded tail turns into sarcasm ("thanks … for nothing"). */
  THANKING: words('thanks thank thx ty shoutout shout kudos props congrats congratulations cheers'),
  /** "for nothing in return": generosity, not sarcasm. */
  IN_RETURN: words('in back'),
  /** Open a closing appositive that renames someone (", the arrogant old fool."). */
  APPOSITIVE_OPENERS: words('the that this what such'),
  /** Between a modal and "be": "should all be fired". */
  ALL_OF_THEM: words('all both each'),
  /** After a person these make them the one who should follow or understand ("so the sales team can follow"). */
  ABLE: words('can could will might'),
  /** "has the IQ of a…", "a guy with the charisma of a…". */
  HAVE: words('has have had with got gotten possesses'),
  /** Similes that praise: "the heart of a lion", "the memory of an elephant", "the patience of a saint". */
  /** Verbs of coping with difficult people, whom a report names without insulting ("deal with abusive patients"). */
  COPING_VERBS: words(
    'deal deals dealing dealt handle handles handling handled face faces facing faced protect protects protecting protected',
  ),
  COPING_PREPOSITIONS: words('with from against'),
  COMPLIMENT_SIMILES: words(
    'lion lions saint saints angel angels champion champions hero heroes elephant ox giant king queen',
  ),
  /** A negated ability before a hyperbole of incompetence ("couldn't find it with a map"). */
  NEGATED_ABILITY: words("couldn't cant can't cannot couldnt wouldn't wouldnt"),
  /** Modals before a separate "not" ("could not organise a bake sale"). */
  ABILITY: words('could can would'),
  /** Between "like" and the animal: "like a pack of hyenas", "like starving rats". */
  SIMILE_FILLER: words(
    'a an the pack herd bunch swarm flock horde load gang troop of hungry wild starving rabid feral',
  ),
  /** Words after a passive firing verb that make it something else ("fired up", "kicked out of the nest"). */
  NOT_FIRING_AFTER: words('up off'),
  /** Objects after an imperative "fire"/"sack" that make it advice or a thing ("fire your worst client", "fire up"). */
  NOT_FIRING_OBJECT: words('your our my up off away'),
} as const;

/** Endings of an adjective opening a two-word verdict ("Creepy weirdo.", "Spineless coward.", "Smug prick."). */
export const ADJECTIVE_ENDING = /(?:y|less|ous|ful|ive|ed|ing|ic|al|ish|ent|ant|ible|able|ile)$/;
