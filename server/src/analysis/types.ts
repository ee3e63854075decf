// The model shared by the analysis and its hosts. Offsets are UTF-16 code units into the
// document text (what JavaScript strings and LSP positions count); hosts convert to lines.

export interface Span {
  start: number;
  end: number;
}

/** A span in one document of the workspace; `uri` is the document key the host chose. */
export interface SourceSpan extends Span {
  uri: string;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** `furniture`: other stories, comment prompts (nothing is read); `caption`: photo captions and credits (names only). */
export type ParagraphKind = 'headline' | 'heading' | 'body' | 'caption' | 'furniture' | 'repeat';

export interface Paragraph extends Span {
  kind: ParagraphKind;
}

export interface Sentence extends Span {
  paragraph: number;
  /** Site furniture (lists of other stories, credits, comment prompts): never a source of claims. */
  furniture: boolean;
}

/** A name or a description of a real-world referent, as written in one document. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** `name`: a proper name; `description`: "the Ukrainian president"; `handle`: "@POTUS". */
  kind: 'name' | 'description' | 'handle';
  /** The title or role written with the name: "Defense Secretary", "Kremlin spokesperson". */
  role?: string;
  /** Normalised nationality or organisation of the role ("ukraine", "russia", "united-states"). */
  roleOf?: string;
  /** A sentence-initial word that may be a name: kept only if another mention shows it is one. */
  tentative?: boolean;
  sentence: number;
}

export interface Speaker extends Span {
  /** Index into `Reading.mentions` of the mention that names the speaker; the span is where the attribution names
   * it, which for "he said" is the pronoun, its antecedent's mention giving the entity. */
  mention: number;
}

/** A personal pronoun of the narration ("He was serving a life sentence") and who it may stand for. */
export interface Pronoun extends Span {
  text: string;
  sentence: number;
  /** Indices into `Reading.mentions` of the names it may stand for, likeliest first; the corpus, which knows who is a
   * person and whether a man or a woman, takes the first that agrees. */
  antecedents: number[];
}

export interface Quotation extends Span {
  /** The quoted words without the quotation marks. */
  text: string;
  textStart: number;
  textEnd: number;
  /** Normalised words used to match the same quotation across sources. */
  words: string[];
  speaker: Speaker | null;
  sentence: number;
  /**
   * Who speaks when no named mention does: a description or group as the subject of the speech verb ("the New
   * York businessman said", "Police say") or a transcript turn ("PENCE: …"). It names no entity, so checks that
   * compare speakers across sources ignore it.
   */
  speakerPhrase?: Span & { text: string };
}

/**
 * The kinds of value, one file each in read/values/ (read/values/index.ts lists them). Each says what its numbers mean:
 * `duration` minutes; `length` metres (lengths, heights, depths, distances); `count` a number of the unit's noun;
 * `money` a sum in the unit's currency; `percent`; `magnitude` of a quake; `rank` an ordinal place; `age` years;
 * `date` days since 1970-01-01 (unit `day`) or, without a year, a day (`date`: month × 31 + day) or month (`month of
 * year`); `day` a weekday, 0 = Sunday; `time` minutes after midnight in the unit's zone; `direction` a compass angle
 * from the place the unit names; `category` the index of a word's set in the lexicon's sets of mutually exclusive
 * words for the attribute the unit names (colour, vessel class, charge …); `residence` where a person lives (a place
 * name as unit, value 0).
 */
export type QuantityKind = 'duration' | 'length' | 'measure' | 'count' | 'money' | 'percent' | 'magnitude' | 'rank' | 'age' | 'date' | 'day' | 'time' | 'direction' | 'category' | 'residence' | 'score';

/** A value as an interval; `null` bounds are open-ended ("more than an hour" has no high). */
export interface Quantity extends Span {
  text: string;
  kind: QuantityKind;
  low: number | null;
  high: number | null;
  /** The unit of low/high after normalisation: minute for durations, a currency code for money. */
  unit: string;
  /** The word that made the value an interval ("about", "more than", "nearly", "hour-long"). */
  hedge?: string;
  sentence: number;
  /** For a bare value: the place value of its last written digit, in `unit` ("2.5 million" → 100,000). */
  precision?: number;
  /** For a count of things that fell or landed somewhere: the head noun of that place ("camp"). */
  where?: string;
  /** What the value's own words say it is of: the thing a colour or a class is given to ("toyota camry"), a relative ("sister"). */
  about?: string;
  /** A part of the value the text leaves out and the reader filled in: the year of "June 24" from the article's date. */
  supplied?: 'year';
  /** The day (YYYY-MM-DD) the value holds on, when it changes with time: an age is the age on its article's date. */
  asOf?: string;
  /**
   * A time in UTC in a story whose local time no source gives beside a UTC time and whose sources name no place on
   * UTC (corpus/localTime.ts): the same clock time given as local time is another time.
   */
  notLocal?: boolean;
  /** A clock time without its half of the day ("a quarter past nine"): `low`–`high` or the same twelve hours later. */
  halfDay?: boolean;
}

export interface DateMention extends Span {
  text: string;
  /** 0 = Sunday … 6 = Saturday, when a weekday is named. */
  weekday?: number;
  /** ISO date (or year-month, year) when the text names one. */
  iso?: string;
  sentence: number;
}

/** A place where a name belongs but is missing: "U.S. President engaged", "including , is". */
export interface Gap extends Span {
  kind: 'title-without-name' | 'empty-list-item';
  /** The title or the list introducer that stands where the name should follow. */
  cue: string;
  roleOf?: string;
  sentence: number;
}

/**
 * What a statement is about, its dimension: the value's kind, and for a categorical value the attribute it names
 * ("colour", "charge"); `ago` is a time before the article ("6 months ago"), turned into dates in the corpus.
 */
export type Attribute = 'duration' | 'length' | 'measure' | 'count' | 'money' | 'percent' | 'magnitude' | 'rank' | 'age' | 'date' | 'day' | 'time' | 'direction' | 'category' | 'residence' | 'score' | 'ago';

export type Certainty = 'certain' | 'hedged' | 'probable';

/**
 * Which event and time a statement is about. Statements are compared only within one scope: a paragraph about an
 * earlier event ("In June 2012, a 3.0 quake …", "the 2004 tsunami killed …") is not the story's own event, and an
 * aftershock is not the main quake.
 */
export interface Scope {
  /** `story`: the story's own events; `background`: an earlier or other event the article names. */
  time: 'story' | 'background';
  /** What dates a background statement when it is written: a year ("2004"), a month ("2012-06"), or the marker ("last year"). */
  when?: string;
  /** The kind of incident the clause names, from the lexicon ("attack", "quake", "aftershock"). */
  incident?: string;
  /**
   * Another event of the story's kind that the clause names by its own defining value ("magnitude 3.8": an aftershock
   * beside the story's 6.1 quake). Its statements tell nothing of the story's event, apart or together.
   */
  otherEvent?: string;
  /** The weekday a measured value is given as of ("35 percent contained on Thursday"; read/statements/moments.ts). */
  asOf?: number;
  /** The value a day is the moment of ("contained" 35 percent on Thursday): days of two values are two moments. */
  measured?: { attribute: Attribute; low: number; high: number };
}

/**
 * One comparable statement of a document (the project calls it a claim in its older APIs): a value of one kind said of
 * a subject, through a predicate, in a scope, by a source.
 *   subject   — an entity mention (`entity`), or a head noun (`subject`) with its modifiers;
 *   predicate — the governing verb or noun (`predicate`: "killed", "fell", "lasted", "said"), and the dimension
 *               (`attribute`);
 *   value     — `quantity`: the interval, unit, hedge and rounding; `certainty`;
 *   scope     — story or background, the incident, and the places named near the value (`participants` for times,
 *               days, dates and directions);
 *   attribution and span.
 * `context` holds the content words around the value, from which the corpus tells whether two statements say the
 * same thing.
 */
export interface Claim extends Span {
  attribute: Attribute;
  /** The event: an incident kind ("attack"), an event class ("communication" for call, spoke …), or the predicate. */
  event: string;
  /** The word that names the event ("call", "spoke"). */
  trigger?: string;
  /**
   * Indices into `Reading.mentions`: the people taking part in the event (attribution sources excluded); for times,
   * days, dates and directions, the places named near the value; for an age, a home or a relative, the person.
   */
  participants: number[];
  /** Index into `Reading.quantities`. */
  quantity: number;
  /** "according to the Kremlin", "Zelenskiy's office said". */
  attribution?: string;
  /** Index into `Reading.mentions` of who the statement is attributed to, when a name says it. */
  attributedTo?: number;
  /** The party whose estimate the value is, as a stem ("Organisers put the crowd at 100,000": "organiser"). */
  estimatedBy?: string;
  certainty: Certainty;
  sentence: number;
  /** The head noun of what is counted, measured or described, singular and lower case ("refugee", "jewelry", "toyota camry"). */
  subject?: string;
  /** Index into `Reading.mentions` of the entity the value is said of: a person's age, the place a distance is from. */
  entity?: number;
  /** Words that narrow the subject: "career" in "1,101 career games", "other" in "five other states". */
  modifiers: string[];
  /** The governing verb or noun, as a lemma ("kill", "fall", "last", "say"). */
  predicate?: string;
  /** Verbs joined to the predicate by "and", of the same subject and time ("accused … on Tuesday … and approved"), as lemmas. */
  coordinated?: string[];
  /** For a length: what it measures (depth, height, distance, fall, length, width). */
  measure?: string;
  scope: Scope;
  /** Lower-case content words (lemmas) of the sentence around the value, nearest first; the value's own words left out. */
  context: string[];
  /** Stated in the article's first body sentence (or its headline), which reports the story's main event. */
  mainEvent?: boolean;
  /** A lede's day of speaking in an article that dates an act of its story on another day: the day of the report (statements/reportDay.ts). */
  reportDay?: boolean;
  /** Inside a quotation: the speaker's statement (two quotations worded differently are quote-wording's to report). */
  quoted?: boolean;
}

/** The same thing as a `Claim`: a statement read from one document. */
export type Statement = Claim;

export interface ArticleMeta {
  /** The outlet or source name shown in messages; the file name when unknown. */
  source: string;
  date?: string;
  title?: string;
}

/** Everything read from one document. Immutable; rebuilt when the document changes. */
export interface Reading {
  uri: string;
  text: string;
  version: number;
  meta: ArticleMeta;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  mentions: Mention[];
  quotations: Quotation[];
  quantities: Quantity[];
  dates: DateMention[];
  gaps: Gap[];
  claims: Claim[];
  /** Personal pronouns of the narration, with the names they may stand for. */
  pronouns?: Pronoun[];
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type FindingCode = 'quantity-conflict' | 'quote-wording' | 'name-spelling' | 'missing-name' | 'bad-input' | 'config-error' | 'place-spelling' | 'quote-speaker' | 'time-conflict' | 'place-conflict' | 'description-conflict' | 'weekday-date';

export interface RelatedSpan extends SourceSpan {
  message: string;
}

/** An edit the user may apply (a quick fix); never applied by the analysis itself. */
export interface Replacement extends SourceSpan {
  title: string;
  newText: string;
}

export interface Finding extends SourceSpan {
  code: FindingCode;
  severity: Severity;
  message: string;
  related: RelatedSpan[];
  /** Stable under edits elsewhere in the file: code + the finding's own words + the other side's words. */
  fingerprint: string;
  fixes?: Replacement[];
}

/** One real-world referent across all sources. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  roles: string[];
  /** Every distinct spelling seen, names and descriptions. */
  aliases: string[];
  mentions: SourceSpan[];
  /** Number of documents that mention it. */
  sources: number;
}

/** A claim placed in the corpus: the same event and attribute across sources share a group. */
export interface ClaimRef {
  uri: string;
  index: number;
  claim: Claim;
  quantity: Quantity;
  source: string;
  /** Entity ids of the places the claim names (time and day claims): incidents at different places differ. */
  places?: string[];
  /** A weekday resolved against the article's date (YYYY-MM-DD), when the article has one. */
  date?: string;
}

export interface ClaimGroup {
  id: string;
  event: string;
  attribute: Attribute;
  /** Entity ids of the event's participants. */
  participants: string[];
  claims: ClaimRef[];
}

export interface QuotationRef {
  uri: string;
  index: number;
  quotation: Quotation;
  source: string;
  /** Entity id of the speaker, when known. */
  speaker?: string;
}

/** The same quotation as reported by several sources. */
export interface QuotationGroup {
  id: string;
  quotations: QuotationRef[];
}

/** What stands at an offset, for hover, definition and references. */
export type Target =
  // spellings: the ways sources write a word of this name when they differ ("Volodymyr" / "Volodomyr"), each with its sources.
  | { kind: 'entity'; entity: Entity; mention: Mention; span: SourceSpan; spellings?: Array<{ text: string; sources: string[] }> }
  // about: what the claim is about, named as the findings name it (“duration of the call between …”).
  | { kind: 'quantity'; quantity: Quantity; group?: ClaimGroup; claim?: ClaimRef; about?: string; span: SourceSpan }
  | { kind: 'quotation'; quotation: Quotation; group?: QuotationGroup; speaker?: Entity; span: SourceSpan };

export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}
