// Hover: what stands at the cursor (entity, quantity, quotation) and what the other sources say.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { CrosscheckService } from '../analysis/service';
import type { DiffPart, Target } from '../analysis/types';
import { formatValue, listSources, writtenValue } from '../analysis/text/format';
import { wordDiff } from '../analysis/text/wordDiff';
import { indexFor, toRange } from './positions';

export function hover(service: CrosscheckService, uri: string, offset: number): Hover | null {
  const index = indexFor(service, uri);
  if (!index) return null;
  const target = service.at(uri, offset);
  const headline = headlineAt(service, uri, offset);
  const story = headline ? storyLine(service, uri) : undefined;
  const value = [target ? render(service, uri, target) : '', story ?? ''].filter(Boolean).join('\n\n---\n\n');
  if (!value) return null;
  const span = target ? (target.span.uri === uri ? target.span : undefined) : headline;
  return { contents: { kind: MarkupKind.Markdown, value }, range: span ? toRange(index, span) : undefined };
}

/** The article's headline, when the offset is in it. */
function headlineAt(service: CrosscheckService, uri: string, offset: number): { start: number; end: number } | undefined {
  const headline = service.reading(uri)?.paragraphs.find((p) => p.kind === 'headline');
  return headline && offset >= headline.start && offset <= headline.end ? headline : undefined;
}

/** On an article's headline: the story it is in, which its findings compare it within. */
function storyLine(service: CrosscheckService, uri: string): string | undefined {
  const id = service.storyOf(uri);
  const story = id === undefined ? undefined : service.stories().find((s) => s.id === id);
  if (!story) return undefined;
  const others = story.uris.filter((u) => u !== uri).map((u) => service.sourceName(u));
  const compared = others.length === 0 ? 'No other article reports this event.' : `Compared with ${others.length === 1 ? md(others[0]) : `${others.length} articles: ${others.slice(0, 6).map(md).join(', ')}${others.length > 6 ? ', …' : ''}`}.`;
  return `Story: **${md(story.title)}**\n\n${compared}`;
}

function render(service: CrosscheckService, uri: string, target: Target): string {
  switch (target.kind) {
    case 'entity':
      return entityHover(target.entity, target.spellings);
    case 'quantity':
      return quantityHover(service, uri, target);
    case 'quotation':
      return quotationHover(service, uri, target);
  }
}

function entityHover(entity: Extract<Target, { kind: 'entity' }>['entity'], written: Extract<Target, { kind: 'entity' }>['spellings']): string {
  const lines = [`**${md(entity.name)}** — ${entity.type}`];
  if (entity.roles.length > 0) lines.push(`Roles: ${entity.roles.map(md).join(', ')}`);
  if (written) lines.push(`Spelled ${written.map((s) => `“${md(s.text)}” by ${md(listSources(s.sources))}`).join('; ')}`);
  const spellings = entity.aliases.filter((alias) => alias !== entity.name);
  if (spellings.length > 0) lines.push(`Also written: ${spellings.map((a) => `“${md(a)}”`).join(', ')}`);
  lines.push(`Named in ${entity.sources} ${entity.sources === 1 ? 'source' : 'sources'}`);
  return lines.join('\n\n');
}

function quantityHover(service: CrosscheckService, uri: string, target: Extract<Target, { kind: 'quantity' }>): string {
  const { quantity, group, claim, about } = target;
  const lines = [`**${formatValue(quantity)}** — “${md(quantity.text)}”`];
  const facts: string[] = [];
  if (quantity.hedge) facts.push(`hedge: *${md(quantity.hedge)}*`);
  if (claim) {
    facts.push(md(about ?? claim.claim.attribute));
    if (claim.claim.certainty !== 'certain') facts.push(claim.claim.certainty);
    if (claim.claim.attribution) facts.push(`attributed to ${md(claim.claim.attribution)}`);
  } else {
    facts.push(quantity.kind);
  }
  lines.push(facts.join(' · '));
  if (group) {
    const participants = group.participants.map((id) => service.entity(id, uri)?.name ?? id);
    if (participants.length > 0) lines.push(`Event: ${md(group.event)} (${participants.map(md).join(', ')})`);
    const others = group.claims.filter((ref) => ref.uri !== uri);
    if (others.length > 0) {
      lines.push(
        'Other sources:\n' +
          others.map((ref) => `- **${md(ref.source)}**: ${md(writtenValue(ref.quantity))}`).join('\n'),
      );
    } else {
      lines.push('No other source states this.');
    }
  }
  return lines.join('\n\n');
}

function quotationHover(service: CrosscheckService, uri: string, target: Extract<Target, { kind: 'quotation' }>): string {
  const { quotation, group } = target;
  const reading = service.reading(uri);
  const written = (quotation.speaker && reading ? reading.mentions[quotation.speaker.mention]?.text : undefined) ?? quotation.speakerPhrase?.text;
  const speaker = target.speaker?.name ?? written ?? 'unknown';
  const lines = [`**Quotation** — speaker: **${md(speaker)}**`];
  const elsewhere = group ? group.quotations.filter((ref) => ref.uri !== uri) : [];
  if (elsewhere.length === 0) {
    lines.push('No other source reports this quotation.');
  } else {
    const items = elsewhere.map((ref) => {
      // `ref.speaker` is the speaker's entity id; name it only when it differs from this one's.
      const other = ref.speaker ? (service.entity(ref.speaker, uri)?.name ?? ref.speaker) : undefined;
      const who = other && ref.speaker !== target.speaker?.id && other !== speaker ? ` (attributed to ${md(other)})` : '';
      const parts = wordDiff(quotation.text, ref.quotation.text);
      const same = parts.every((part) => part.op === 'same');
      return `- **${md(ref.source)}**${who}: ${same ? 'same wording' : renderDiff(parts)}`;
    });
    lines.push('Other sources (~~missing~~, **different**):\n' + items.join('\n'));
  }
  return lines.join('\n\n');
}

/** Removed words (in this source, not the other) struck through; added words (the other's) in bold. */
export function renderDiff(parts: DiffPart[]): string {
  return parts
    .map((part) => ({ op: part.op, text: md(part.text.trim()) }))
    .filter((part) => part.text.length > 0)
    .map((part) => (part.op === 'removed' ? `~~${part.text}~~` : part.op === 'added' ? `**${part.text}**` : part.text))
    .join(' ');
}

/** Escapes the Markdown characters that would change how article text renders. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>~|#]/g, '\\$&');
}
