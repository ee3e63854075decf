// A person's age, in years, in every common form: "the 31-year-old X", "X, 32,", "X, aged 32", "X (32)", "at age 32",
// "at the age of 32", "died at 91", "He was 75.", "49 years old", "in his early 40s", "who turns 29 in April". Whose age it is, is read with
// the statement (the name next to it). An age is a whole number of years, so "31" and "32" differ.
import { lexicon } from '../../data/lexicon';
import { lastWord } from '../../text/lastWord';
import type { Quantity } from '../../types';
import { showInterval, type Sentence, type ValueKind } from './kind';
import { NUMBER, anyCase, parseNumber } from './numbers';
import { scan, type Pattern } from './scan';

/** A name or a capitalised word just before ", 32," or " (32)": not a month or a weekday ("Nov. 30, 2009"). */
const NAME_BEFORE = "(?<=\\p{Lu}[\\p{L}'’.-]*(?:,\\s|\\s\\())";

/** What would make "at 5" a time of day or a figure rather than an age. */
const NOT_A_TIME = "(?![.,:]\\d)(?!\\s*(?:%|percent|per cent|[ap]\\.?m\\b|o['’]clock|gmt|utc|local|years?\\b))";

let patterns: Pattern[] | undefined;

/** A near time after a coming birthday: "on April 11", "in April", "in the spring", "next month", "today". */
const NEAR_TIME = '\\s+(?:(?:on|in)\\s+(?:\\p{Lu}|the\\s+(?:spring|summer|fall|autumn|winter)\\b)|(?:this|next|later)\\s+[a-z]+|today\\b|tomorrow\\b)';

/** The age now of someone whose birthday to come makes them `n`: `n` − 1, or `n` on the day. */
const birthdayAge = (n: number) => (n > 1 && n < 120 ? { value: n, unit: 'year', low: n - 1, high: n } : null);

/** A number after an age word below this is an age as written, even a wrong one; above it is no one's age. */
const STATED_AGE_LIMIT = 200;

function agePatterns(): Pattern[] {
  const words = lexicon().values.age;
  const decades = words.decades as Record<string, number>;
  const years = (n: number) => (n > 0 && n < 120 ? { value: n, unit: 'year', precision: 1 } : null);
  // After a word that says "age" ("aged 137", "at the age of 128", "died at 104") the number is an age whatever its
  // size: a wrong age is still an age to compare, never a count of "age". A bare "X, 130," or a "150-year-old church"
  // says nothing of a person, so those forms keep to a lifespan.
  const stated = (n: number) => (n > 0 && n < STATED_AGE_LIMIT ? { value: n, unit: 'year', precision: 1 } : null);
  return [
    { re: new RegExp(`\\b(${anyCase(NUMBER)})[-\\s]years?[-\\s]old\\b`, 'y'), value: (m) => years(parseNumber(m[1])) },
    { re: new RegExp(`(?<=\\b(?:${words.cues.join('|')})\\s)(\\d{1,3})\\b(?![.,]\\d)`, 'iy'), value: (m) => stated(+m[1]) },
    // "The children, aged 8 and 11,", "ages 19, 20 and 23": each age of a list after the age word is an age.
    { re: new RegExp(`(?<=\\b(?:${words.cues.join('|')})\\s\\d{1,3}(?:,\\s\\d{1,3}){0,8},?\\s(?:(?:and|or)\\s)?)(\\d{1,3})\\b(?![.,]\\d)(?!\\s+(?:others?|more|people)\\b)`, 'iy'), value: (m) => stated(+m[1]) },
    // "Esther Williams dies at 91", "died Thursday at 85": the age at death, not a time of day nor a toll.
    { re: new RegExp(`(?<=\\b(?:${words.atDeath.join('|')})(?:\\s+[A-Z][a-z]+day)?\\s+at\\s)(\\d{1,3})\\b${NOT_A_TIME}`, 'iy'), value: (m) => stated(+m[1]) },
    // "Teixeira, who turns 29 on April 11", "will be 29 in April": a birthday to come, so the age now is one less or,
    // on the day, that. A near time must follow ("by 2020 she will be 83" is an age then), or, in the present tense, the
    // clause end; "will be 29 percent" and "turning 40 votes" are no ages.
    { re: new RegExp(`(?<=\\b(?:${words.birthday.join('|')})\\s)(\\d{1,3})\\b${NOT_A_TIME}(?=${NEAR_TIME}|\\s*[,.;)](?:\\s|$))`, 'uy'), value: (m) => birthdayAge(+m[1]) },
    { re: new RegExp(`(?<=\\b(?:${words.birthdayAhead.join('|')})\\s)(\\d{1,3})\\b${NOT_A_TIME}(?=${NEAR_TIME})`, 'uy'), value: (m) => birthdayAge(+m[1]) },
    // "He was 75." standing alone as its sentence is how obituaries give the age of the person just named: an age as
    // written, as after "aged" (the number cannot be anything else there).
    { re: /(?<=(?:^|[.!?]["”’]?\s+|\n\s*)(?:He|She) (?:was|is) )(\d{1,3})(?=\.(?:\s|$))/y, value: (m) => stated(+m[1]) },
    // "Alicia Moreno was 24.", "Brandon Tate was 31 and Luis Ortega was 54.": a name of two or three words, all
    // capitalised, opening its sentence or after "and", then "was" and the number, ending the sentence or before "and"
    // and the next name.
    { re: /(?<=(?:^|[.!?]["”’]?\s+|\n\s*|\sand\s)\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2} (?:was|is) )(\d{1,3})(?=\.(?:\s|$)|\sand\s\p{Lu})/uy, value: (m) => stated(+m[1]) },
    {
      // "Katie Jenkin, 30." ends a sentence as "X, 32," goes on with it; "Robyn Mendes, 48 - an ex-girlfriend" goes
      // on after a dash (not "Leeds, 3 - 1", a score); "Linda Park, 54; Samuel Reyes, 67; and …" lists people.
      re: new RegExp(`${NAME_BEFORE}(\\d{1,3})(?=,|;|\\)|\\.(?:\\s|$)|\\s[-–—]\\s+(?!\\d))`, 'uy'),
      value: (m, s) => (isDateWordBefore(s, m.index) ? null : years(+m[1])),
    },
    {
      re: new RegExp(`(?<=\\bin (?:his|her|their) )(early |mid-|mid |late )?(${Object.keys(decades).join('|')})\\b`, 'iy'),
      value: (m) => {
        const decade = decades[m[2].toLowerCase()];
        const [from, to] = !m[1] ? [0, 9] : /early/i.test(m[1]) ? [0, 3] : /late/i.test(m[1]) ? [7, 9] : [3, 6];
        return { value: decade + from, unit: 'year', low: decade + from, high: decade + to };
      },
    },
  ];
}

function isDateWordBefore(s: Sentence, at: number): boolean {
  const word = lastWord(s.text.slice(Math.max(s.from, at - 16), at), /[\p{L}.]/u, /[\s,(]/u)?.text;
  return !!word && lexicon().dateWords.has(word.toLowerCase().replace(/\.$/, '')) || /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/.test(word ?? '');
}

export const age: ValueKind = {
  kind: 'age',
  priority: 8,
  find(s: Sentence): Quantity[] {
    patterns ??= agePatterns();
    const found = scan(s, 'age', patterns);
    return s.date && /^\d{4}-\d\d-\d\d/.test(s.date) ? found.map((q) => ({ ...q, asOf: s.date!.slice(0, 10) })) : found;
  },
  format: (q) => showInterval(q, 'years old'),
  // A person is 54 in December 2010 and 55 in August 2011: ages stated on two articles' dates differ unless the days
  // of birth they allow share a month or more (31 and 32 in articles a day apart fit only a birthday on that day).
  disjoint(a: Quantity, b: Quantity): boolean {
    if (a.low === null || a.high === null || b.low === null || b.high === null) return false;
    if (!a.asOf || !b.asOf || a.asOf === b.asOf) return a.high < b.low || b.high < a.low;
    const [aFirst, aLast] = birthDays(a);
    const [bFirst, bLast] = birthDays(b);
    return Math.min(aLast, bLast) - Math.max(aFirst, bFirst) < SHARED_BIRTH_DAYS;
  },
};

const YEAR_DAYS = 365.25;
const SHARED_BIRTH_DAYS = 30;

/** The days of birth (in days since 1970) an age on its day allows: aged n on day d, born after d − (n + 1) years and by d − n years. */
function birthDays(q: Quantity): [number, number] {
  const on = Date.parse(`${q.asOf}T00:00:00Z`) / 86400000;
  return [on - (q.high! + 1) * YEAR_DAYS + 1, on - q.low! * YEAR_DAYS];
}
