// What each finding code means, for the reports that explain their findings (SARIF rules, the HTML report's
// legend). Typed by FindingCode, so a new code does not build until it is explained here.
import type { FindingCode } from '../analysis/types';

export interface CodeHelp {
  /** PascalCase name (SARIF `rule.name`). */
  name: string;
  /** One sentence: what the finding says. */
  short: string;
  /** What it means and what to do, in Markdown. */
  help: string;
}

export const FINDING_CODES: Record<FindingCode, CodeHelp> = {
  'quantity-conflict': {
    name: 'QuantityConflict',
    short: 'Sources give values for the same quantity that cannot both be true.',
    help: 'How long, how many, how much or how far: the same attribute of the same event (a call\'s duration, a death toll, a sum for one thing, a distance to one place) is given values whose intervals do not overlap, after hedges ("about", "nearly", "more than") are read as intervals. It is reported on the side fewer sources take. Check the figure against the other sources listed as related locations.',
  },
  'time-conflict': {
    name: 'TimeConflict',
    short: 'Sources say the same incident happened at times, on days or on dates that exclude each other.',
    help: 'Times of day (per time zone), weekdays (resolved against the article\'s date) and dates of one incident that cannot all be true. Check which day or time is right; a weekday may have been counted from another publication date.',
  },
  'place-conflict': {
    name: 'PlaceConflict',
    short: 'Sources place the same incident, or the same person\'s home, in places that exclude each other.',
    help: 'Directions from one named place that exclude each other ("55 km west of Bireun" against "55 km south of Bireun"), or two neighbourhoods given as where one person lives.',
  },
  'description-conflict': {
    name: 'DescriptionConflict',
    short: 'Sources describe the same person or thing in ways that exclude each other.',
    help: 'The colour of a named thing, the age rank of one person\'s relative, the grade of a homicide charge, what happened to a counted group, or the class of a named ship, given two ways that cannot both be true.',
  },
  'weekday-date': {
    name: 'WeekdayDate',
    short: 'A weekday is written beside a date that fell on another day.',
    help: '"Monday, August 2, 2013": the calendar gives August 2, 2013 as a Friday. Either the weekday or the date is wrong. Other sources that date one of their weekdays to the same day are shown. The quick fix in the editor writes the calendar\'s weekday.',
  },
  'quote-wording': {
    name: 'QuoteWording',
    short: 'The same quotation is worded differently by another source.',
    help: 'A quotation matched across sources by its words is worded differently (case, punctuation, typography and transliterated names aside). The message shows a word diff: `[-removed-]` words are this source\'s, `{+added+}` the other\'s. Check the original statement.',
  },
  'name-spelling': {
    name: 'NameSpelling',
    short: 'A person\'s name is spelled differently from how the other sources spell it.',
    help: 'One source spells a name a letter or two away from a spelling two or more other sources agree on. Transliteration variants and nicknames are not reported. The quick fix in the editor uses the other sources\' spelling.',
  },
  'missing-name': {
    name: 'MissingName',
    short: 'A title stands where a name belongs, or a list item is empty.',
    help: '"U.S. President engaged …" or "including , is": a name is missing. When other sources give the title a holder, the message names them.',
  },
  'place-spelling': {
    name: 'PlaceSpelling',
    short: 'A place or organisation name is spelled differently from how the other sources spell it.',
    help: 'A capitalised name that is not a person\'s is spelled one way by few sources and a letter or two differently by more, or a numbered name ("Flight 370") is written with another number.',
  },
  'quote-speaker': {
    name: 'QuoteSpeaker',
    short: 'The same quotation is attributed to different people.',
    help: 'Sources give one quotation (matched by its words) to different speakers. Often one person quoting another; check who said it.',
  },
  'bad-input': {
    name: 'BadInput',
    short: 'A file could not be read as an article and was skipped.',
    help: 'The file is binary, not UTF-8 text, or larger than `maxFileBytes`. Save it as UTF-8 text (or raise the limit in crosscheck.yaml) to have it checked.',
  },
  'config-error': {
    name: 'ConfigError',
    short: 'crosscheck.yaml is invalid at this line; defaults were used for what could not be read.',
    help: 'Fix the setting at the reported line. The analysis went on with the default for it.',
  },
};
