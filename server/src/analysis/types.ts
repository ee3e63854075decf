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
 * `time`: minutes after midnight, the unit names the time zone; `day`: a weekday, 0 = Sunday; `color`: the index
 * of a colour in the lexicon ("gray" = "grey"), with the named thing it describes as unit ("toyota camry"); `date`:
 * months (unit `month`: year × 12 + month; `month of year`) or days (unit `date` or `date <year>`: month × 31 + day);
 * `direction`: a compass angle (north = 0, northeast = 45 …) from the place named by the unit ("houston");
 * `kinship`: the index of an age rank in the lexicon (0 = younger, 1 = older) of a relative, the kind of relative as
 * unit ("sibling"); `charge`: the grades of the homicide charges a clause names (index in the lexicon's
 * `homicideCharges`: 0 = manslaughter or negligent homicide, 1 = murder), as an interval when it names several;
 * `residence`: where a person lives, a place name (the unit, lower case; the value is always 0, names are compared);
 * `fate`: what happened to a counted group of one nationality (index in the lexicon's `groupFates`: 0 = rescued,
 * 1 = captured), the group as unit ("26 somalia"); `vessel`: the index of a ship's class in the lexicon's
 * `vesselClasses`, with the ship's name as unit ("ins sukanya").
 */
export type QuantityKind = 'duration' | 'count' | 'money' | 'percent' | 'other' | 'time' | 'day' | 'color' | 'date' | 'direction' | 'distance' | 'kinship' | 'charge' | 'residence' | 'fate' | 'vessel';

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

export type Attribute = 'duration' | 'count' | 'money' | 'percent' | 'time' | 'day' | 'color' | 'date' | 'direction' | 'distance' | 'kinship' | 'charge' | 'residence' | 'ago' | 'fate' | 'vessel';

export type Certainty = 'certain' | 'hedged' | 'probable';

/** One thing a document states about an event: its attribute and value, and who it involves. */
export interface Claim extends Span {
  attribute: Attribute;
  /** Event type from the trigger lexicon ("communication" for call, conversation, spoke …). */
  event: string;
  /** The word that names the event ("call", "spoke"). */
  trigger?: string;
  /**
   * Indices into `Reading.mentions` of the event's participants (attribution sources excluded); for times, days,
   * dates and directions, the places named near the value.
   */
  participants: number[];
  /** Index into `Reading.quantities`. */
  quantity: number;
  /** "according to the Kremlin", "Zelenskiy's office said". */
  attribution?: string;
  certainty: Certainty;
  sentence: number;
  /**
   * What is counted or valued, when the claim is about a thing rather than a call between people: the counted
   * noun ("refugee" in "24,000 refugees") or the thing a sum is worth ("jewelry"). Claims with the same event,
   * attribute and subject are compared.
   */
  subject?: string;
  /** Stated in the article's first body sentence, which reports the story's main event (time and day claims). */
  mainEvent?: boolean;
}

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

export type FindingCode = 'quantity-conflict' | 'quote-wording' | 'name-spelling' | 'missing-name' | 'bad-input' | 'config-error' | 'place-spelling' | 'quote-speaker' | 'time-conflict' | 'place-conflict' | 'description-conflict';

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
  | { kind: 'entity'; entity: Entity; mention: Mention; span: SourceSpan }
  // about: what the claim is about, named as the findings name it (“duration of the call between …”).
  | { kind: 'quantity'; quantity: Quantity; group?: ClaimGroup; claim?: ClaimRef; about?: string; span: SourceSpan }
  | { kind: 'quotation'; quotation: Quotation; group?: QuotationGroup; speaker?: Entity; span: SourceSpan };

export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}
