// Names in one document: runs of capitalised words, split into a role ("Russian President") and a
// name ("Vladimir Putin"), typed by titles, gazetteers and word shape; plus descriptions
// ("the Ukrainian president"), @handles, and the places where a name is missing after a title.
import { lexicon, type Lexicon } from '../data/lexicon';
import type { EntityType, Gap, Mention, Paragraph, Sentence } from '../types';
import { tokenize, type Token } from './tokens';
import { documentContext, nerModel, tagSpans, tagWords, wordPrior, type NerType } from './tagger';

const CONTRACTION = /'(ll|ve|re|d|m)$|n't$/;
const HYPHEN_ADJECTIVE = /^\p{Lu}[\p{L}]+-\p{Ll}/u;

export interface MentionReading {
  mentions: Mention[];
  gaps: Gap[];
  /** Tokens of each sentence, reused by the claim reader. */
  sentenceTokens: Token[][];
}

export function readMentions(text: string, paragraphs: Paragraph[], sentences: Sentence[]): MentionReading {
  const lex = lexicon();
  const mentions: Mention[] = [];
  const gaps: Gap[] = [];
  const sentenceTokens: Token[][] = [];
  const lowercaseWords = new Set<string>();
  /** Sentence-initial unknown words kept only if the document shows them to be names. */
  const tentative = new Set<number>();
  /** Names the tagger read, surely, as a place or an organisation. */
  const notPersonToTagger = new Set<Mention>();
  const allTokens = sentences.map((s) => tokenize(text, s.start, s.end));
  for (const tokens of allTokens) for (const t of tokens) if (t.kind === 'word' && !t.cap) lowercaseWords.add(t.lower);
  // Words the body capitalises mid-sentence ("Yida", "Refugee" in "Yida Refugee Camp"): in a title-case headline
  // they may be names, while a word the body only writes in lower case ("Bombs", "Killed", "In") is not.
  const bodyCapitalised = new Set<string>();
  allTokens.forEach((tokens, i) => {
    const kind = paragraphs[sentences[i].paragraph].kind;
    if (kind === 'headline' || kind === 'heading' || kind === 'furniture') return;
    tokens.forEach((t, j) => {
      if (t.kind === 'word' && t.cap && !t.upper && !isSentenceInitial(tokens, j)) bodyCapitalised.add(t.lower);
    });
  });
  // "Denies" in a headline over "denied" in the body: inflections share a stem.
  const stem = (w: string) => w.replace(/ie[sd]$/, 'y').replace(/(?:ing|ed|es|s)$/, '');
  const lowercaseStems = new Set([...lowercaseWords].map(stem));
  const headlineWord = (t: Token) => (lowercaseWords.has(t.lower) || lowercaseStems.has(stem(t.lower))) && !bodyCapitalised.has(t.lower);

  sentences.forEach((sentence, sentenceIndex) => {
    const tokens = allTokens[sentenceIndex];
    sentenceTokens.push(tokens);
    const kind = paragraphs[sentence.paragraph].kind;
    if (kind === 'furniture') return;
    const titled = kind === 'headline' || kind === 'heading';
    const consumed = new Set<number>();
    for (const run of capitalisedRuns(tokens, lex, lowercaseWords, titled && titleCaseLine(tokens) ? headlineWord : undefined)) {
      readRun(run, tokens, sentenceIndex, titled, consumed);
    }
    readDescriptions(tokens, sentenceIndex);
    tokens.forEach((t) => {
      if (t.kind === 'handle') mentions.push({ start: t.start, end: t.end, text: t.text, type: 'other', kind: 'handle', sentence: sentenceIndex });
    });
    if (!titled && !sentence.furniture) readListGaps(sentence, sentenceIndex);
  });

  applyTagger();
  typeBareSurnames();
  tentative.forEach((index) => {
    if (mentions[index].type === 'other') mentions[index].tentative = true;
  });
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, gaps, sentenceTokens };

  function readRun(run: number[], tokens: Token[], sentenceIndex: number, titled: boolean, consumed: Set<number>) {
    const next = tokens[run[run.length - 1] + 1];
    // "US Defence secretary Pete Hegseth", "Middle East envoy": the run is the start of a role.
    if (next && next.kind === 'word' && !next.cap && lex.titles.has(next.lower) && !tokens[run[run.length - 1]].possessive) {
      pushRoleNouns(run, tokens, sentenceIndex);
      return;
    }
    // "Ukraine NATO membership": two known names side by side are two mentions.
    if (run.length >= 2 && !knownType(tokensText(tokens, run), lex) && run.every((i) => knownType(tokens[i].text, lex) && !isAdjective(tokens[i].lower, lex))) {
      for (const i of run) pushMention([i], tokens, knownType(tokens[i].text, lex)!, sentenceIndex);
      return;
    }
    // "Ukrainian NATO": a leading adjective is not part of the name.
    while (run.length >= 2 && isAdjective(tokens[run[0]].lower, lex) && !knownType(tokensText(tokens, run), lex) && !run.some((i) => lex.titles.has(tokens[i].lower))) run = run.slice(1);
    const roleLength = roleSpan(tokens, run, lex);
    const nameIdx = run.slice(roleLength);
    const roleIdx = run.slice(0, roleLength);
    pushRoleNouns(roleIdx, tokens, sentenceIndex);
    if (nameIdx.length === 0) {
      if (roleLength > 0 && !titled) maybeTitleGap(roleIdx, tokens, sentenceIndex);
      return;
    }
    const role = roleText(tokens, nameIdx[0], roleIdx, lex);
    // "Trump-Putin call": a lone hyphenated run of capitalised parts names two referents.
    if (nameIdx.length === 1 && !role && /^\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)+$/u.test(tokens[nameIdx[0]].text)) {
      const t = tokens[nameIdx[0]];
      let offset = t.start;
      for (const part of t.text.split('-')) {
        const type = knownType(part, lex) ?? 'other';
        mentions.push({ start: offset, end: offset + part.length, text: part, type, kind: 'name', sentence: sentenceIndex });
        offset += part.length + 1;
      }
      return;
    }
    for (const i of nameIdx) consumed.add(i);
    const nameText = tokensText(tokens, nameIdx);
    const type = role?.person ? 'person' : typeName(nameIdx.map((i) => tokens[i]), nameText, lex);
    if (type === null) return;
    // Title-case headings ("New Peace Negotiations") and shouted or sentence-initial words are not
    // names unless the word lists know them.
    let isTentative = false;
    if (!role && type !== 'organization' && type !== 'place' && !knownType(nameText, lex)) {
      const first = tokens[nameIdx[0]];
      const bodyName = nameIdx.every((i) => bodyCapitalised.has(tokens[i].lower));
      if (titled && !bodyName && !(nameIdx.length >= 2 && lex.firstNames.has(first.lower))) return;
      isTentative = nameIdx.length === 1 && type === 'other' && isSentenceInitial(tokens, nameIdx[0]);
    }
    if (nameIdx.length === 1 && !role && tokens[nameIdx[0]].upper && tokens[nameIdx[0]].text.length >= 5 && !knownType(nameText, lex)) return;
    // Marked once pushed: an index taken before the return above pointed past the end ("A.A.A." threw).
    if (isTentative) tentative.add(mentions.length);
    pushMention(nameIdx, tokens, type, sentenceIndex, role);
  }

  /** Nouns inside a role that name a place or an organisation ("U.S.", "CIA", "Kremlin") are mentions too. */
  function pushRoleNouns(roleIdx: number[], tokens: Token[], sentenceIndex: number) {
    for (let k = 0; k < roleIdx.length; k++) {
      const i = roleIdx[k];
      const t = tokens[i];
      const pair = roleIdx[k + 1] === i + 1 ? `${t.text} ${tokens[i + 1].text}` : '';
      if (pair && knownType(pair, lex) === 'place') {
        pushMention([i, i + 1], tokens, 'place', sentenceIndex);
        k++;
        continue;
      }
      const type = knownType(t.text, lex);
      if (type && type !== 'person' && !isAdjective(t.lower, lex) && (t.upper || type === 'place' || lex.organizations.has(t.lower))) {
        if (type === 'organization' && !t.upper && !lex.institutions.has(t.lower)) continue;
        pushMention([i], tokens, type, sentenceIndex);
      }
    }
  }

  function pushMention(idx: number[], tokens: Token[], type: EntityType, sentenceIndex: number, role?: { text: string; of?: string }) {
    const first = tokens[idx[0]];
    const last = tokens[idx[idx.length - 1]];
    const end = last.end;
    mentions.push({
      start: first.start,
      end,
      text: text.slice(first.start, end),
      type,
      kind: 'name',
      role: role?.text,
      roleOf: role?.of,
      sentence: sentenceIndex,
    });
  }

  function maybeTitleGap(roleIdx: number[], tokens: Token[], sentenceIndex: number) {
    const first = roleIdx[0];
    const last = roleIdx[roleIdx.length - 1];
    const titleToken = tokens[last];
    if (!titleToken.cap || !lex.titles.has(titleToken.lower)) return;
    // The role must say whose title it is ("U.S. President"), or it is a plain noun ("the President").
    const modifiers = roleIdx.slice(0, -1).map((i) => tokens[i]);
    const of = modifiers.map((t) => lex.demonyms.get(t.lower)).find(Boolean) ?? demonymOfPair(modifiers, lex);
    if (!of) return;
    const before = tokens[first - 1];
    if (before && (before.possessive || lex.determiners.has(before.lower) || lex.gapBlockers.has(before.lower))) return;
    // "Susan Rice, U.S. Ambassador for the United Nations, said": the name came first.
    const named = tokens[first - 2];
    if (before && before.text === ',' && named && mentions.some((m) => m.end === named.end && m.type === 'person')) return;
    const after = tokens[last + 1];
    const afterNext = tokens[last + 2];
    // "United States President, Donald Trump," names the holder after a comma.
    if (after && after.text === ',' && afterNext && afterNext.cap) return;
    if (after && after.cap && after.kind === 'word') return;
    if (after && after.kind === 'punct' && after.text !== ',') return;
    const start = tokens[first].start;
    gaps.push({
      start,
      end: titleToken.end,
      kind: 'title-without-name',
      cue: text.slice(start, titleToken.end),
      roleOf: of,
      sentence: sentenceIndex,
    });
  }

  function readDescriptions(tokens: Token[], sentenceIndex: number) {
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (tokens[i].lower !== 'the') continue;
      const demonym = lex.demonyms.get(tokens[i + 1].lower);
      const title = tokens[i + 2].lower;
      if (!demonym || !lex.headTitles.has(title)) continue;
      const next = tokens[i + 3];
      if (next && next.cap && next.kind === 'word') continue;
      const end = tokens[i + 2].end;
      mentions.push({
        start: tokens[i].start,
        end,
        text: text.slice(tokens[i].start, end),
        type: 'person',
        kind: 'description',
        role: `${tokens[i + 1].text} ${tokens[i + 2].text}`,
        roleOf: demonym,
        sentence: sentenceIndex,
      });
    }
  }

  function readListGaps(sentence: Sentence, sentenceIndex: number) {
    const slice = text.slice(sentence.start, sentence.end);
    const pattern = lex.emptyListItem;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(slice)) !== null) {
      const start = sentence.start + match.index;
      const end = start + match[0].trimEnd().length;
      if (start === sentence.start) continue;
      gaps.push({ start, end, kind: 'empty-list-item', cue: text.slice(start, end), sentence: sentenceIndex });
    }
  }

  /**
   * The trained tagger finds and types the names the rules miss or mistype; the rules keep what they
   * know better: roles ("Defense Secretary Pete Hegseth"), descriptions, handles.
   */
  function applyTagger() {
    const model = nerModel();
    if (!model) return;
    const words: string[][] = [];
    /** For each word, its first and last token; a possessive ending is a word of its own (-1), as in the training data. */
    const wordTokens: Array<Array<[number, number]>> = [];
    for (const tokens of allTokens) {
      const w: string[] = [];
      const at: Array<[number, number]> = [];
      tokens.forEach((t, k) => {
        // "1996-08-30", "7:12" are one word in the training data, as are the dates and scores of real text.
        const last = at[at.length - 1];
        const joined = last && last[1] === k - 1 && !tokens[k - 1].possessive && tokens[k - 1].end === t.start && /^\d/.test(w[w.length - 1]);
        const numberPart = t.kind === 'number' || (/^[-/:.,]$/.test(t.text) && tokens[k + 1]?.kind === 'number' && tokens[k + 1].start === t.end);
        if (joined && numberPart) {
          w[w.length - 1] += t.text;
          last[1] = k;
        } else if (last && last[1] === k - 1 && spacedHyphen(tokens, k, lex)) {
          // "Strauss - Kahn" is the training data's one word "Strauss-Kahn": the hyphen and the next word join it.
          last[1] = k;
        } else if (last && last[1] === k - 1 && k >= 1 && spacedHyphen(tokens, k - 1, lex)) {
          w[w.length - 1] += `-${t.text}`;
          last[1] = k;
        } else {
          w.push(t.text);
          at.push([k, k]);
        }
        if (t.possessive) {
          w.push("'s");
          at.push([-1, -1]);
        }
      });
      words.push(w);
      wordTokens.push(at);
    }
    const context = documentContext(words);
    const bySentence = new Map<number, number[]>();
    mentions.forEach((m, k) => {
      const inSentence = bySentence.get(m.sentence);
      if (inSentence) inSentence.push(k);
      else bySentence.set(m.sentence, [k]);
    });
    const drop = new Set<number>();
    /** Rule mentions some tagged span overlaps. */
    const seen = new Set<number>();
    const added: Mention[] = [];
    sentences.forEach((sentence, sentenceIndex) => {
      const kind = paragraphs[sentence.paragraph].kind;
      if (kind === 'furniture' || words[sentenceIndex].length === 0) return;
      const tokens = allTokens[sentenceIndex];
      // Names are capitalised: a sentence whose only capital starts a word the document also writes in
      // lower case ("The", "After") has none, and tagging it would cost a keystroke's time for nothing.
      if (!words[sentenceIndex].some((w) => /^\p{Lu}/u.test(w) && !context.lowercase.has(w.toLowerCase()))) return;
      const shouted = !words[sentenceIndex].some((w) => /\p{Ll}/u.test(w));
      // Headings in title case ("Shifting U.S. Stance on Ukraine") look like names to a tagger trained
      // on body text; results tables ("Detroit 4 Kansas City 1") are headings too, but their names are names.
      const heading = (kind === 'headline' || kind === 'heading') && !shouted;
      const longWords = heading ? words[sentenceIndex].filter((w) => /^\p{L}{4}/u.test(w)) : [];
      // A line listing names ("Mike Hulbert , Brian Henninger , Tiger Woods ,") is no title.
      const list = heading && words[sentenceIndex].filter((w) => w === ',').length >= 2;
      const titleCaseHeading = heading && titleCaseLine(tokens);
      const titleCase = heading && !list && longWords.length >= 2 && longWords.every((w) => /^\p{Lu}/u.test(w)) && !words[sentenceIndex].some((w) => /\d/.test(w));
      const margins: number[] = [];
      // Only the stretch around capitalised words can hold a name (a sentence's first word only when the document
      // never writes it in lower case: "The", "So"); two words either side keep names that start with a common
      // word ("New York").
      const sentenceWords = words[sentenceIndex];
      const nameWordAt = (k: number) => /^\p{Lu}/u.test(sentenceWords[k]) && (k > 0 || !context.lowercase.has(sentenceWords[k].toLowerCase()));
      let first = 0;
      while (first < sentenceWords.length && !nameWordAt(first)) first++;
      let last = sentenceWords.length - 1;
      while (last > first && !nameWordAt(last)) last--;
      const tags = tagWords(model, sentenceWords, context, margins, { from: first - 2, to: last + 3 });
      for (const span of tagSpans(tags)) {
        let idx = wordTokens[sentenceIndex].slice(span.start, span.end).filter(([k]) => k >= 0);
        // Quotation marks, brackets, a sentence's leading "The" and lower-case words at either end are not part
        // of the name; a capitalised "The" inside a sentence is ("at The Oval", "in The Hague").
        // On a title-case headline, words the body writes only in lower case are headline case, not name.
        const headlineCase = (t: Token) => titleCaseHeading && t.kind === 'word' && headlineWord(t) && !lex.nameConnectors.has(t.lower);
        const loose = (t: Token) => t.kind === 'punct' || (t.kind === 'word' && !t.cap && !t.upper) || (t.lower === 'the' && isSentenceInitial(tokens, tokens.indexOf(t))) || headlineCase(t);
        while (idx.length > 0 && loose(tokens[idx[0][0]])) idx = idx.slice(1);
        while (idx.length > 0 && loose(tokens[idx[idx.length - 1][1]])) idx = idx.slice(0, -1);
        if (idx.length === 0) continue;
        if (idx.some(([a, b]) => tokens.slice(a, b + 1).some(headlineCase))) continue;
        const type = NER_TYPE[span.type];
        // Roles are the rules' business ("US Defence Secretary", "Treasury Secretary"); the organisation or
        // place that owns a role is the tagger's ("Federal Reserve governor", "Surrey captain").
        const after = tokens[idx[idx.length - 1][1] + 1];
        const owner = (type === 'organization' || type === 'place') && after !== undefined && !after.cap && lex.titles.has(after.lower);
        if (idx.some(([a, b]) => tokens.slice(a, b + 1).some((t) => lex.titles.has(t.lower))) || (after && lex.titles.has(after.lower) && !owner)) continue;
        const first = tokens[idx[0][0]];
        const last = tokens[idx[idx.length - 1][1]];
        const start = first.start;
        const end = last.end;
        const overlapping = (bySentence.get(sentenceIndex) ?? []).filter((k) => mentions[k].start < end && start < mentions[k].end && !drop.has(k));
        const margin = Math.min(...margins.slice(span.start, span.end));
        const sure = margin >= model.guessMargin;
        overlapping.forEach((k) => {
          seen.add(k);
          if (type !== 'person' && type !== 'other' && sure) notPersonToTagger.add(mentions[k]);
        });
        // On a shouted line case says nothing, so the rules' runs ("SRI LANKA BEAT AUSTRALIA") are no
        // evidence against the tagger, and a sure tagger overrules the word lists ("NEW YORK 74 59": a team).
        // A sure tagger also reads a longer name around the rules' pieces ("Organisation for Security and
        // Cooperation in Europe", "New York Mercantile Exchange"), whatever the lists say of a piece.
        const inside = (k: number) => mentions[k].start >= start && mentions[k].end <= end && mentions[k].end - mentions[k].start < end - start;
        // Sure over the pieces' own words: "New" may be a guess between "B-ORG" and "B-LOC" and the name still sure.
        const overPieces = margins.slice(span.start, span.end).filter((_, j) => {
          const [a, b] = wordTokens[sentenceIndex][span.start + j];
          return a >= 0 && overlapping.some((k) => tokens[a].start < mentions[k].end && mentions[k].start < tokens[b].end);
        });
        const absorbs = (sure || Math.min(...overPieces) >= model.guessMargin) && type !== 'other' && overlapping.length > 0 && overlapping.every((k) => inside(k) && mentions[k].kind === 'name' && !mentions[k].role);
        // ... and splits a run the rules read through a lower-case word ("Lynn Reaser of Barnett Banks Inc.").
        const splits = (k: number) =>
          sure && mentions[k].kind === 'name' && !mentions[k].role && mentions[k].start <= start && end <= mentions[k].end &&
          tokensIn(mentions[k]).some((t) => (t.end <= start || t.start >= end) && t.kind === 'word' && !t.cap && !t.upper);
        const overrules = (k: number) => (shouted && sure && mentions[k].kind === 'name' && !mentions[k].role) || absorbs || splits(k);
        if (overlapping.some((k) => !overrules(k) && (mentions[k].kind !== 'name' || mentions[k].role || ruledType(mentions[k])))) continue;
        if (!shouted && !absorbs && type !== 'person' && overlapping.some((k) => mentions[k].type === 'person' || mentions[k].type === 'other')) {
          // The tagger has not seen most of today's names: a person the rules found by shape ("Eva Cruz")
          // stays a person unless the tagger is sure, and a lone surname ("Walsh") stays untyped for the
          // corpus to link unless the tagger knows the word as that type.
          if (margin < model.guessMargin && overlapping.some((k) => mentions[k].type === 'person')) continue;
          const capitalised = words[sentenceIndex].slice(span.start, span.end).filter((w) => /^\p{Lu}/u.test(w));
          const exact = overlapping.some((k) => mentions[k].start === start && mentions[k].end === end);
          if (exact && !sure && capitalised.every((w) => wordPrior(model, w) !== span.type)) continue;
        }
        // "Sleepy Joe": capitalised words the tagger has never seen are no reason to cut a name the rules
        // read whole ("Shares of Volkswagen" is cut: "of" shows the run is two things).
        // A title among the words cut off marks where a role ends ("Boxing Association President Ramon Manzanares").
        const outside = overlapping.flatMap((k) => tokensIn(mentions[k]).filter((t) => t.start < start || t.end > end));
        const unknownOutside = outside.length > 0 && outside.every((t) => t.cap) && outside.some((t) => wordPrior(model, t.text) === undefined);
        if (!shouted && unknownOutside && !outside.some((t) => lex.titles.has(t.lower))) continue;
        const same = overlapping.find((k) => mentions[k].start === start && mentions[k].end === end);
        if (same !== undefined) {
          if (mentions[same].type === 'other' || (type !== 'other' && (!ruledType(mentions[same]) || overrules(same)))) mentions[same].type = type;
          continue;
        }
        if (type === 'other') continue;
        const bare = text.slice(start, end);
        if (overlapping.length === 0) {
          const spanWords = bare.toLowerCase().split(/\s+/);
          if (heading && !knownType(bare, lex) && spanWords.some((w) => context.lowercase.has(w))) continue;
          // A line that is one name the tagger is sure of is a byline ("Larisa Sayenko"), not a title.
          const byline = span.start === 0 && span.end === words[sentenceIndex].length && sure;
          if (titleCase && !byline && !knownType(bare, lex) && !spanWords.every((w) => context.capitalised.has(w))) continue;
          // "DEATH and DESTRUCTION" in a sentence of lower-case words is emphasis, not an acronym.
          // A dateline ("KHASAVYURT , Russia") opens its line with the shouted place and a comma.
          const dateline = span.start === 0 && words[sentenceIndex][1] === ',';
          if (idx.length === 1 && first.upper && first.text.length >= 5 && !shouted && !dateline && !knownType(bare, lex)) continue;
          if (lex.titles.has(last.lower) || lex.headTitles.has(last.lower)) continue;
        }
        overlapping.forEach((k) => drop.add(k));
        added.push({ start, end, text: bare, type, kind: 'name', sentence: sentenceIndex });
      }
    });
    // A name the rules typed by its shape alone, where the tagger sees no name at all, is left untyped.
    mentions.forEach((m, k) => {
      if (seen.has(k) || m.kind !== 'name' || paragraphs[sentences[m.sentence].paragraph].kind === 'furniture') return;
      if (!m.role && m.type !== 'person' && !ruledType(m)) m.type = 'other';
    });
    if (drop.size === 0 && added.length === 0) return;
    const wasTentative = new Set([...tentative].map((k) => mentions[k]));
    const kept = mentions.filter((_, k) => !drop.has(k));
    mentions.length = 0;
    mentions.push(...kept, ...added);
    tentative.clear();
    mentions.forEach((m, k) => {
      if (wasTentative.has(m)) tentative.add(k);
    });
  }

  function tokensIn(m: Mention): Token[] {
    return allTokens[m.sentence].filter((t) => t.start >= m.start && t.end <= m.end);
  }

  /** A type the hand-written lists, an organisation word ("... Contact Group") or a place word ("Richmond Hill") give, which the tagger does not overrule. */
  function ruledType(m: Mention): boolean {
    const folded = m.text.toLowerCase();
    if (lex.curatedTypes.get(folded) === m.type) return true;
    if (!m.text.includes(' ')) return false;
    const compass = folded.split(' ').length === 2 && lex.compassWords.has(folded.split(' ')[0]);
    return (m.type === 'organization' && lex.orgWords.has(lastWord(folded))) || (m.type === 'place' && (lex.placeWords.has(lastWord(folded)) || compass));
  }

  /**
   * A bare surname typed 'other' is a person when the document names that person in full, or when
   * the same single capitalised word recurs (news repeats surnames; "Trump" where the name was blanked).
   * The full name also overrules the tagger, which has never seen most of today's surnames.
   */
  function typeBareSurnames() {
    const surnames = new Set<string>();
    const counts = new Map<string, number>();
    for (const m of mentions) {
      if (m.type === 'person' && m.kind === 'name') surnames.add(lastWord(m.text));
      if (m.type === 'other' && m.kind === 'name' && !m.text.includes(' ')) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    }
    for (const m of mentions) {
      if (m.kind !== 'name' || m.type === 'person' || m.text.includes(' ') || !surnames.has(lastWord(m.text))) continue;
      const known = knownType(m.text, lex);
      if (!known || known === 'person') m.type = 'person';
    }
    for (const m of mentions) {
      if (m.type !== 'other' || m.kind !== 'name') continue;
      if (surnames.has(lastWord(m.text))) m.type = 'person';
      else if ((counts.get(m.text) ?? 0) >= 3 && /^\p{Lu}\p{Ll}+$/u.test(m.text) && !notPersonToTagger.has(m)) m.type = 'person';
    }
  }
}

const NER_TYPE: Record<NerType, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

/** "I", or "X." ending a sentence: a lone letter is a name only as an initial before a name ("J. Smith"). */
function isLoneLetter(t: Token, next: Token | undefined): boolean {
  if (!/^\p{Lu}\.?$/u.test(t.text)) return false;
  return !(t.text.endsWith('.') && next !== undefined && next.cap && next.kind === 'word');
}

function lastWord(text: string): string {
  const words = text.toLowerCase().split(/\s+/);
  return words[words.length - 1];
}

/** Indices of capitalised runs; leading sentence-initial common words and date words are dropped. */
/** A headline or heading in title case: every word of four letters or more is capitalised, and some are not shouted. */
function titleCaseLine(tokens: Token[]): boolean {
  const long = tokens.filter((t) => t.kind === 'word' && t.text.length >= 4);
  return long.length >= 3 && long.every((t) => t.cap) && long.some((t) => !t.upper);
}

/**
 * Runs of capitalised words that may be names. `breaks`, on a title-case headline, says which capitalised words
 * are headline case only: they end a run and are left out ("Sudan Bombs Yida Refugee Camp" → "Sudan", "Yida …").
 */
function capitalisedRuns(tokens: Token[], lex: Lexicon, lowercaseWords: Set<string>, breaks?: (t: Token) => boolean): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const flush = () => {
    while (run.length > 0 && lex.nameConnectors.has(tokens[run[run.length - 1]].lower)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const nameLike = t.kind === 'word' && (t.cap || t.upper) && !lex.dateWords.has(t.lower) && !CONTRACTION.test(t.lower) && !HYPHEN_ADJECTIVE.test(t.text) && !isLoneLetter(t, tokens[i + 1]) && !breaks?.(t);
    const connector = run.length > 0 && ((t.kind === 'word' && lex.nameConnectors.has(t.lower) && tokens[i + 1]?.cap === true) || spacedHyphen(tokens, i, lex));
    if (nameLike || connector) {
      // Sentence-initial common words ("The", "After", "Notably") do not start a name.
      if (run.length === 0 && nameLike && isSentenceInitial(tokens, i) && isCommonWord(t, lex, lowercaseWords)) continue;
      if (run.length === 0 && nameLike && lex.commonCapitalized.has(t.lower) && !t.upper && t.lower.length > 1) {
        // Mid-sentence capitalised function words are headline case; skip them too.
        continue;
      }
      run.push(i);
      if (t.possessive) flush();
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

/**
 * "Strauss - Kahn", "Saint - Jean - Cap - Ferrat": a hyphen spaced on both sides between two capitalised words joins a double name,
 * as scraped copy writes "Strauss-Kahn". Not between two names the word lists know ("Iran - Iraq war").
 */
function spacedHyphen(tokens: Token[], i: number, lex: Lexicon): boolean {
  const [before, hyphen, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (!before || !after || hyphen.kind !== 'punct' || !/^[-\u2010\u2011]$/.test(hyphen.text)) return false;
  if (hyphen.start === before.end || after.start === hyphen.end || !before.cap || !after.cap || after.upper || after.text.length < 2) return false;
  // The second part ends the name: before another capitalised word the hyphen more likely separates two things
  // ("Aoraki - Mount Cook", "Mid - South Canterbury Area Commander").
  const next = tokens[i + 2];
  if (next && next.kind === 'word' && next.cap) return false;
  return !(knownType(before.text, lex) && knownType(after.text, lex));
}

function isSentenceInitial(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j];
    if (t.kind === 'punct' && /[“‘]/.test(t.text)) return true;
    if (t.kind === 'punct' && t.text === '"') return tokens[j + 1]?.start === t.end && (j === 0 || tokens[j - 1].end < t.start);
    if (t.kind === 'punct' && /[(\[—–-]/.test(t.text)) continue;
    return t.kind === 'punct' && /[.:!?]/.test(t.text);
  }
  return true;
}

function isCommonWord(t: Token, lex: Lexicon, lowercaseWords: Set<string>): boolean {
  if (t.upper && t.text.length > 1) return false;
  return lex.commonCapitalized.has(t.lower) || (lowercaseWords.has(t.lower) && !lex.titles.has(t.lower) && !lex.demonyms.has(t.lower));
}

/** How many leading tokens of the run form a role that ends in a title ("Secretary of State"). */
function roleSpan(tokens: Token[], run: number[], lex: Lexicon): number {
  let end = 0;
  for (let k = 0; k < run.length; k++) {
    const t = tokens[run[k]];
    const multi = matchMultiWordTitle(tokens, run, k, lex);
    if (multi > 0) {
      end = k + multi;
      k += multi - 1;
      continue;
    }
    if (lex.titles.has(t.lower)) {
      end = k + 1;
      continue;
    }
    if (lex.titleModifiers.has(t.lower) || lex.demonyms.has(t.lower) || (t.upper && t.text.length <= 5) || lex.nameConnectors.has(t.lower) || isDemonymPairStart(tokens, run, k, lex)) continue;
    break;
  }
  return end;
}

function matchMultiWordTitle(tokens: Token[], run: number[], k: number, lex: Lexicon): number {
  for (const words of lex.multiWordTitles) {
    if (k + words.length > run.length) continue;
    if (words.every((w, j) => tokens[run[k + j]].lower === w)) return words.length;
  }
  return 0;
}

function isDemonymPairStart(tokens: Token[], run: number[], k: number, lex: Lexicon): boolean {
  const a = tokens[run[k]];
  const b = tokens[run[k + 1]];
  const prev = tokens[run[k - 1]];
  return (b !== undefined && lex.demonyms.has(`${a.lower} ${b.lower}`)) || (prev !== undefined && lex.demonyms.has(`${prev.lower} ${a.lower}`));
}

function demonymOfPair(modifiers: Token[], lex: Lexicon): string | undefined {
  for (let i = 0; i + 1 < modifiers.length; i++) {
    const of = lex.demonyms.get(`${modifiers[i].lower} ${modifiers[i + 1].lower}`);
    if (of) return of;
  }
  return undefined;
}

/** The role written before a name: inside its run, or just before it ("national security adviser", "spokesperson,"). */
function roleText(tokens: Token[], nameStart: number, roleIdx: number[], lex: Lexicon): { text: string; of?: string; person: boolean } | undefined {
  const idx = [...roleIdx];
  let j = (roleIdx.length > 0 ? roleIdx[0] : nameStart) - 1;
  // Appositive: "Kremlin spokesperson, Dmitry Peskov".
  if (roleIdx.length === 0 && tokens[j]?.text === ',' && tokens[j - 1] && lex.titles.has(tokens[j - 1].lower)) j--;
  let sawTitle = roleIdx.some((i) => lex.titles.has(tokens[i].lower)) || roleIdx.length > 0;
  const appositive = roleIdx.length === 0 && tokens[nameStart - 1]?.text === ',';
  while (j >= 0) {
    const t = tokens[j];
    if (t.kind !== 'word') break;
    if (appositive && lex.determiners.has(t.lower) && !t.possessive) return undefined;
    if (lex.titles.has(t.lower)) sawTitle = true;
    else if (!(lex.titleModifiers.has(t.lower) || lex.demonyms.has(t.lower) || t.upper || lex.demonyms.has(`${t.lower} ${tokens[j + 1]?.lower}`) || lex.demonyms.has(`${tokens[j - 1]?.lower} ${t.lower}`))) break;
    if (t.possessive) break;
    idx.unshift(j);
    j--;
  }
  const all = [...new Set(idx)].sort((a, b) => a - b).filter((i) => i < nameStart);
  if (!sawTitle || all.length === 0) return undefined;
  // Drop trailing modifiers that are not part of a title ("Trump's defense secretary" keeps both words).
  const words = all.map((i) => tokens[i]);
  while (words.length > 0 && !lex.titles.has(words[words.length - 1].lower) && !matchesTitleEnd(words, lex)) words.pop();
  if (words.length === 0) return undefined;
  const of = words.map((t) => lex.demonyms.get(t.lower)).find(Boolean) ?? demonymOfPair(words, lex);
  return { text: words.map((t) => t.text).join(' '), of, person: true };
}

function matchesTitleEnd(words: Token[], lex: Lexicon): boolean {
  const folded = words.map((w) => w.lower);
  return lex.multiWordTitles.some((title) => title.length <= folded.length && title.every((w, i) => folded[folded.length - title.length + i] === w));
}

function tokensText(tokens: Token[], idx: number[]): string {
  return idx.map((i) => tokens[i].text).join(' ');
}

function isAdjective(lower: string, lex: Lexicon): boolean {
  return lex.demonyms.has(lower) && !lex.places.has(lower) && !lex.organizations.has(lower) && !/^[a-z]\.?[a-z]\.?$/.test(lower);
}

/** A type from the word lists alone, or undefined when the lists do not know the name. */
function knownType(name: string, lex: Lexicon): EntityType | undefined {
  const folded = name.toLowerCase();
  if (lex.organizations.has(folded)) return 'organization';
  if (lex.places.has(folded) || lex.placeAliases.has(folded)) return 'place';
  if (lex.knownPersons.has(folded)) return 'person';
  return undefined;
}

/** The type of a name without a role; null when the run is not a name at all (a lone adjective). */
function typeName(tokens: Token[], name: string, lex: Lexicon): EntityType | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (tokens.length === 1 && isAdjective(first.lower, lex)) return null;
  if (tokens.length === 1 && lex.titles.has(first.lower)) return null;
  const known = knownType(name, lex);
  if (known) return known;
  if (tokens.length >= 2 && lex.firstNames.has(first.lower) && !lex.orgWords.has(last.lower)) return 'person';
  if (lex.orgWords.has(last.lower) && tokens.length >= 2) return 'organization';
  if ((lex.placeWords.has(last.lower) || lex.placeWords.has(first.lower)) && tokens.length >= 2) return 'place';
  if (tokens.length === 2 && lex.compassWords.has(first.lower) && !first.upper && !lex.demonyms.has(last.lower)) return 'place';
  if (tokens.length === 1 && first.upper && first.text.replace(/\./g, '').length <= 6) return 'organization';
  if (tokens.length >= 2 && tokens.length <= 3 && tokens.every((t) => t.cap && !t.upper && t.kind === 'word') && tokens.slice(1).every((t) => !lex.commonCapitalized.has(t.lower))) {
    // Two or three capitalised words with a first name-like shape: most such runs in news are people.
    if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(first.text) && /^\p{Lu}[\p{Ll}'’-]+$/u.test(last.text) && !lex.places.has(last.lower)) return 'person';
  }
  return 'other';
}
