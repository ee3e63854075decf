// Paragraphs and site furniture. Furniture (lists of other stories, comment prompts) is read for
// nothing; captions and credits keep their names but never give claims or quotations, and neither does a
// paragraph that repeats an earlier one word for word (duplicated wire copy), so it is not counted twice.
import { lexicon } from '../data/lexicon';
import type { Paragraph } from '../types';

export function readParagraphs(text: string): Paragraph[] {
  const lex = lexicon();
  const paragraphs: Paragraph[] = [];
  let inFurnitureZone = false;
  const lineBreak = /\r\n|\n|\r|\u2028|\u2029/g;
  let lineStart = 0;
  const lines: Array<{ start: number; end: number }> = [];
  let match: RegExpExecArray | null;
  while ((match = lineBreak.exec(text)) !== null) {
    lines.push({ start: lineStart, end: match.index });
    lineStart = match.index + match[0].length;
  }
  lines.push({ start: lineStart, end: text.length });
  const bodies = new Set<string>();
  for (const line of splitFusedCaptions(text, lines)) {
    let { start, end } = line;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start === end) continue;
    const content = text.slice(start, end);
    const heading = content.replace(/(?<![:.\s])[:.\s]+$/, '').toLowerCase();
    let kind: Paragraph['kind'];
    if (inFurnitureZone) kind = 'furniture';
    else if (lex.furnitureHeadings.has(heading)) {
      inFurnitureZone = true;
      kind = 'furniture';
    } else if (lex.furnitureLines.some((re) => re.test(content))) kind = 'caption';
    else if (!/[.!?"”'’:;)]$/.test(content) && content.length < 200 && wordCount(content) <= 25) {
      kind = paragraphs.length === 0 ? 'headline' : 'heading';
    } else {
      const words = content.replace(/\s+/g, ' ');
      kind = words.length >= REPEAT_MIN_CHARS && bodies.has(words) ? 'repeat' : 'body';
      bodies.add(words);
    }
    paragraphs.push({ start, end, kind });
  }
  return paragraphs;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function isFurnitureKind(kind: Paragraph['kind']): boolean {
  return kind === 'furniture' || kind === 'caption' || kind === 'repeat';
}

/** Shorter paragraphs ("He declined to comment.") may well be said twice. */
const REPEAT_MIN_CHARS = 80;

/**
 * Scraped pages glue a photo caption and its credit to the story that follows ("… at the Capitol.CreditJoshua
 * Roberts/Reuters The congressman said …"): the line is cut after the credit, so the caption is read as a caption
 * and the story as a paragraph of its own.
 */
function splitFusedCaptions(text: string, lines: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const line of lines) {
    let start = line.start;
    const content = text.slice(line.start, line.end);
    for (const credit of lexicon().fusedCaptionCredits) {
      credit.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = credit.exec(content)) !== null) {
        const cut = line.start + m.index + m[0].length;
        // Only a credit with a story after it; a caption line ending in its credit is a caption already.
        if (cut > start && line.end - cut >= FUSED_STORY_MIN_CHARS) {
          out.push({ start, end: cut });
          start = cut;
        }
      }
    }
    out.push({ start, end: line.end });
  }
  return out;
}

const FUSED_STORY_MIN_CHARS = 40;
