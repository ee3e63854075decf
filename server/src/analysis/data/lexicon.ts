// The word lists as ready-to-use sets and maps, built once on first use.
import raw from './lexicon.json';
import gazetteer from './gazetteer.json';
import values from './values.json';
import identityData from './identity.json';

/** The words of the value kinds (read/values/), as data/values.json writes them. */
export type ValueWords = typeof values;

export interface Lexicon {
  titles: Set<string>;
  /** Titles of more than one word, longest first, as word arrays. */
  multiWordTitles: string[][];
  titleModifiers: Set<string>;
  headTitles: Set<string>;
  demonyms: Map<string, string>;
  placeAliases: Map<string, string>;
  places: Set<string>;
  /** Countries (also in `places`): a part of one is a wide area (read/values/direction.ts). */
  countries: Set<string>;
  organizations: Set<string>;
  orgWords: Set<string>;
  placeWords: Set<string>;
  firstNames: Set<string>;
  knownPersons: Set<string>;
  commonCapitalized: Set<string>;
  speechVerbs: Set<string>;
  attributionNouns: Set<string>;
  /** Nouns of a person's kin or role that a name follows in apposition, no comma between: "a 3-year-old daughter Ava". */
  apposedPersonNouns: Set<string>;
  /** Nouns that name a person: kin and role words of apposition, words of a man's or a woman's role, one-word titles
   *  and the nouns an age describes ("teacher", "champion"). */
  personNouns: Set<string>;
  /** Words that take a part of what follows "of" ("none of the $8.6 billion"): no noun of a value after them. */
  partitives: Set<string>;
  determiners: Set<string>;
  /** "including", "such as" … followed by punctuation or a verb: an empty list item. */
  emptyListItem: RegExp;
  nicknameGroup: Map<string, number>;
  eventTrigger: Map<string, string>;
  temporalPrepositions: Set<string>;
  probableWords: Set<string>;
  hedges: Array<{ phrase: string; kind: HedgeKind }>;
  furnitureHeadings: Set<string>;
  furnitureLines: RegExp[];
  abbreviations: Set<string>;
  weekdays: string[];
  months: string[];
  /** Weekday and month names, also abbreviated with a period: never part of a name. */
  dateWords: Set<string>;
  nameConnectors: Set<string>;
  gapBlockers: Set<string>;
  institutions: Set<string>;
  definiteDeterminers: Set<string>;
  eventModifiers: Set<string>;
  attributionAdverbs: Set<string>;
  verbTriggers: Set<string>;
  notCountUnits: Set<string>;
  neverSentenceFinal: Set<string>;
  /** "the other two bombs", "two extra life sentences": a count of part of a set, not of the set. */
  subsetWords: Set<string>;
  /** Verbs of asking for a thing ("seeking a 10-year contract"): what is asked is not what is given. */
  wishVerbs: Set<string>;
  /** Words that end a role named with "as" ("three terms as a Democrat and one as an independent"): another phrase begins. */
  roleEnders: Set<string>;
  /** "a total of 14 rifles", "so far": a running tally, not the count of one event. */
  cumulativeMarkers: string[];
  /** Counted nouns too general (or units) to say which set is counted: "seven people", "five miles". */
  uncomparedCountNouns: Set<string>;
  /** British → American spellings, so that "jewellery" and "jewelry" are one subject. */
  spellingVariants: Map<string, string>;
  /** Words that name a kind of incident, one or two words: "bombing" → attack. Used to tell events apart. */
  incidentEvent: Map<string, string>;
  /** "said Tuesday": a weekday after these is the day of the report, not of the event. */
  reportVerbs: Set<string>;
  /** Colour words, synonyms in one list ("gray", "grey"); the list's index is the colour's value. */
  colors: Map<string, number>;
  colorNames: string[];
  /** Counted nouns of a toll (singular as claims.ts makes them): a later, larger toll is news, not an error. */
  tollNouns: Set<string>;
  /** "poll", "surveyed": words that name an opinion poll, whose figures are its own (corpus/polls.ts). */
  surveyWords: Set<string>;
  /** Words of pollsters' names (besides orgWords) that do not tell one pollster from another: "research", "center". */
  pollsterGenericWords: Set<string>;
  /** Words of a toll and the toll they count ("dead", "died" → killed; "wounded" → injured). */
  tollWords: Map<string, string>;
  /** The tolls `tollWords` counts ("killed", "injured"): the classes a statement's predicate may name. */
  tollClasses: Set<string>;
  /** Nouns that may count any kind of people or thing ("people", values.json align.general). */
  generalNouns: Set<string>;
  /** "a 6.1 earthquake": a decimal number before these nouns is a magnitude, not a count. */
  magnitudeNouns: Set<string>;
  /** "a Category 1 hurricane", "Level 3": a grade of a scale named by its number, no numbered name (corpus/numberedNames.ts). */
  scaleGrades: Set<string>;
  /** Types from the hand-written lists (not the CoNLL gazetteer): "Kyiv" is a place whatever a tagger thinks. */
  curatedTypes: Map<string, 'place' | 'organization'>;
  /** "Jr", "III": after a surname, not the surname. */
  nameSuffixes: Set<string>;
  /** Units of distance and their size in kilometres: a fixed ratio, so miles and kilometres compare. */
  distanceUnits: Map<string, number>;
  /** "lived half a mile away": words that make a distance "away" the distance to someone's home. */
  residenceWords: Set<string>;
  /**
   * "eight days on the run": states whose length is a claim about the person in them, each phrase with the first of
   * its set ("behind bars" → "in prison").
   */
  durationStates: Array<[phrase: string, state: string]>;
  /** "In April last year an 8.6-magnitude quake struck": phrases that put a clause in the past, not in this story. */
  historyMarkers: string[];
  /** "older sister", "younger brother": age ranks of a relative, synonyms in one list; the list's index is the value. */
  kinRank: Map<string, number>;
  kinRankNames: string[];
  /** Relatives an age rank can describe, by kind ("sister" → sibling): ranks are compared per kind and anchor person. */
  kinNoun: Map<string, string>;
  /** Homicide charges by grade (manslaughter and negligent homicide, then murder); the grade is the value. */
  homicideCharge: Map<string, number>;
  homicideChargeNames: string[];
  /** Words that make a homicide word a charge ("charged with", "indicted on", "faces … charges"). */
  chargeCues: Set<string>;
  /**
   * Words that make a clause something other than the charge as filed: a later stage (a verdict, a plea, a changed
   * charge), a negation or a possibility ("could face murder charges").
   */
  chargeBlockers: Set<string>;
  /** "attempted murder", "conspiracy to commit murder": a lesser charge about a death that did not happen. */
  lesserChargeMarkers: string[];
  /** "Macomb County": words that make a place a region holding towns, so a home there agrees with a town in it. */
  regionWords: Set<string>;
  /** "Two of the bombs fell within the camp": verbs that put what is counted in a place. */
  landingVerbs: string[];
  /** "frigate INS Sukanya", "patrol vessel INS Sukanya": classes of a named ship, synonyms in one list; the list's index is the value. */
  vesselClass: Map<string, number>;
  vesselClassNames: string[];
  /** What happened to a counted group of people, by kind (rescued as victims, or captured as suspects); the kind is the value. */
  groupFate: Map<string, number>;
  groupFateNames: string[];
  /** "Your budget reflects …" vs "his budget reflects …": a quotation addressed to someone, or one speaking of a third person. */
  secondPersonWords: Set<string>;
  thirdPersonWords: Set<string>;
  /** Words of a closed class by the tag they always take ("themselves": PRP), over the tagger's guess. */
  closedClassTags: Record<string, string[]>;
  /** Verbs that date the start of an incident ("the fighting began in July"), as "since" does. */
  startingVerbs: Set<string>;
  /** "South", "Northern": before one capitalised word they name a region ("South Kordofan"), not a first name. */
  compassWords: Set<string>;
  /** Verbs that give a quotation its speaker ("accused X of “…”", "chanted “…”") but are not attributions of claims. */
  quotationVerbs: Set<string>;
  /** "Trump's claim that … “…”": nouns after a possessive whose owner speaks the quotation. */
  speechNouns: Set<string>;
  /** Words before a noun phrase that make it an object, not the subject of the verb after it ("through the streets chanted"). */
  notSubjectBefore: Set<string>;
  /** Words that open a noun phrase that may be a speaker ("the New York businessman", "its spokesman"). */
  phraseDeterminers: Set<string>;
  /** Pronouns that are a subject by themselves: a speaker phrase never runs through them. */
  subjectPronouns: Set<string>;
  /** Auxiliaries and adverbs between a subject and its speech verb ("has also said", "later told"). */
  subjectVerbGap: Set<string>;
  /** A photo credit that ends a caption scraped onto the same line as the story ("… at the Capitol.CreditJoshua Roberts/Reuters The …"). */
  fusedCaptionCredits: RegExp[];
  /** The words of each value kind (read/values/<kind>.ts): units, cues, sets of mutually exclusive words. */
  values: ValueWords;
}

export type HedgeKind = 'approximate' | 'nearly' | 'above' | 'atLeast' | 'below' | 'atMost' | 'justOver';

let built: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (built) return built;
  const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));
  const nicknameGroup = new Map<string, number>();
  raw.nicknames.forEach((group, index) => group.forEach((name) => nicknameGroup.set(name, index)));
  const eventTrigger = new Map<string, string>();
  for (const [event, words] of Object.entries(raw.eventTriggers)) for (const word of words) eventTrigger.set(word, event);
  const placeAliases = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(raw.placeAliases)) {
    placeAliases.set(canonical, canonical);
    for (const alias of aliases) placeAliases.set(alias, canonical);
  }
  const hedges: Lexicon['hedges'] = [];
  for (const [kind, phrases] of Object.entries(raw.hedges)) for (const phrase of phrases) hedges.push({ phrase, kind: kind as HedgeKind });
  hedges.sort((a, b) => b.phrase.length - a.phrase.length);
  built = {
    titles: lower(raw.titles),
    multiWordTitles: raw.titles.filter((t) => t.includes(' ')).map((t) => t.split(' ')).sort((a, b) => b.length - a.length),
    titleModifiers: lower(raw.titleModifiers),
    headTitles: lower(raw.headTitles),
    demonyms: new Map(Object.entries(raw.demonyms)),
    placeAliases,
    places: lower([...raw.countries, ...raw.places, ...gazetteer.places]),
    countries: lower(raw.countries),
    organizations: lower([...raw.organizations, ...gazetteer.organizations]),
    orgWords: lower(raw.orgWords),
    placeWords: lower(raw.placeWords),
    firstNames: lower(gazetteer.firstNames),
    knownPersons: lower(gazetteer.persons),
    commonCapitalized: lower(raw.commonCapitalized),
    speechVerbs: lower(raw.speechVerbs),
    attributionNouns: lower(raw.attributionNouns),
    apposedPersonNouns: lower(raw.apposedPersonNouns),
    personNouns: lower([...raw.apposedPersonNouns, ...Object.keys(identityData.roleGender), ...raw.titles.filter((t) => /^[a-z]+$/i.test(t)), ...values.age.describedNouns]),
    partitives: lower(raw.partitives),
    determiners: lower(raw.determiners),
    // A list introducer whose item was cut: a space left before the punctuation ("including , is"), punctuation then a
    // verb ("including, are"), a full stop not opening a decimal ("including. 358" is a split ".358"), or a verb at once.
    // "including, for a while, Ted Cruz" and "namely, Turkey" go on with the item after a comma, and are no gap.
    emptyListItem: new RegExp(`\\b(?:${raw.listIntroducers.map((i) => i.replace(/ /g, '\\s+')).join('|')})(?=\\s+[,;.]|\\s*[,;]\\s*(?:is|are|was|were|has|have|and)\\b|\\.(?!\\s*\\d)|\\s(?:is|are|was|were|and)\\b)`, 'gi'),
    nicknameGroup,
    eventTrigger,
    temporalPrepositions: lower(raw.temporalPrepositions),
    probableWords: lower(raw.certaintyWords.probable),
    hedges,
    furnitureHeadings: lower(raw.furnitureHeadings),
    furnitureLines: raw.furnitureLines.map((p) => new RegExp(p, 'i')),
    abbreviations: lower(raw.abbreviations),
    weekdays: raw.weekdays,
    months: raw.months,
    dateWords: new Set([...raw.weekdays, ...raw.months, ...raw.months.map((m) => `${m.slice(0, m === 'september' ? 4 : 3)}.`)]),
    nameConnectors: lower(raw.nameConnectors),
    gapBlockers: lower(raw.gapBlockers),
    institutions: lower(raw.institutions),
    definiteDeterminers: lower(raw.definiteDeterminers),
    eventModifiers: lower(raw.eventModifiers),
    attributionAdverbs: lower(raw.attributionAdverbs),
    verbTriggers: lower(raw.verbTriggers),
    notCountUnits: lower(raw.notCountUnits),
    neverSentenceFinal: lower(raw.neverSentenceFinal),
    subsetWords: lower(raw.subsetWords),
    wishVerbs: lower(raw.wishVerbs),
    roleEnders: lower(raw.roleEnders),
    cumulativeMarkers: raw.cumulativeMarkers,
    uncomparedCountNouns: lower(raw.uncomparedCountNouns),
    spellingVariants: new Map(Object.entries(raw.spellingVariants)),
    incidentEvent: new Map(Object.entries(raw.incidentEvents).flatMap(([event, words]) => words.map((w): [string, string] => [w, event]))),
    reportVerbs: lower(raw.reportVerbs),
    colors: new Map(raw.colors.flatMap((words, index) => words.map((w): [string, number] => [w, index]))),
    colorNames: raw.colors.map((words) => words[0]),
    tollNouns: lower(raw.tollNouns),
    surveyWords: lower(raw.surveyWords),
    pollsterGenericWords: lower(raw.pollsterGenericWords),
    tollWords: new Map(Object.entries(raw.tollWords)),
    tollClasses: new Set(Object.values(raw.tollWords)),
    generalNouns: new Set(values.align.general),
    magnitudeNouns: lower(raw.magnitudeNouns),
    scaleGrades: lower(raw.scaleGrades),
    curatedTypes: new Map<string, 'place' | 'organization'>([
      ...[...raw.places, ...placeAliases.keys()].map((p) => [p.toLowerCase(), 'place'] as const),
      ...raw.organizations.map((o) => [o.toLowerCase(), 'organization'] as const),
    ]),
    nameSuffixes: lower(raw.nameSuffixes),
    distanceUnits: new Map(Object.entries(raw.distanceUnits)),
    residenceWords: lower(raw.residenceWords),
    durationStates: (raw.durationStates as string[][]).flatMap((words) => words.map((w): [string, string] => [w, words[0]])),
    historyMarkers: raw.historyMarkers,
    kinRank: new Map(raw.kinRanks.flatMap((words, index) => words.map((w): [string, number] => [w, index]))),
    kinRankNames: raw.kinRanks.map((words) => words[0]),
    kinNoun: new Map(Object.entries(raw.kinNouns).flatMap(([kind, words]) => words.map((w): [string, string] => [w, kind]))),
    homicideCharge: new Map(raw.homicideCharges.flatMap((words, grade) => words.map((w): [string, number] => [w, grade]))),
    homicideChargeNames: raw.homicideCharges.map((words) => words[0]),
    chargeCues: lower(raw.chargeCues),
    chargeBlockers: lower(raw.chargeBlockers),
    lesserChargeMarkers: raw.lesserChargeMarkers,
    regionWords: lower(raw.regionWords),
    landingVerbs: raw.landingVerbs,
    vesselClass: new Map(raw.vesselClasses.flatMap((words, index) => words.map((w): [string, number] => [w, index]))),
    vesselClassNames: raw.vesselClasses.map((words) => words[0]),
    groupFate: new Map(raw.groupFates.flatMap((words, index) => words.map((w): [string, number] => [w, index]))),
    groupFateNames: raw.groupFates.map((words) => words[0]),
    secondPersonWords: lower(raw.secondPersonWords),
    thirdPersonWords: lower(raw.thirdPersonWords),
    closedClassTags: raw.closedClassTags,
    startingVerbs: lower(raw.startingVerbs),
    compassWords: lower(raw.compassWords),
    quotationVerbs: lower(raw.quotationVerbs),
    speechNouns: lower(raw.speechNouns),
    notSubjectBefore: lower(raw.notSubjectBefore),
    phraseDeterminers: lower(raw.phraseDeterminers),
    subjectPronouns: lower(raw.subjectPronouns),
    subjectVerbGap: lower(raw.subjectVerbGap),
    fusedCaptionCredits: raw.fusedCaptionCredits.map((p) => new RegExp(p, 'gi')),
    values,
  };
  return built;
}
