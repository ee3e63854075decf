// UTF-8 text that was once decoded as Windows-1252 ("FranÃ§ois", "Â£2.5m", "â‚¬3m"): scraped and archived news
// carries it. Names and sums are compared through the repaired form; the user's text and offsets are left as written.
import windows1252 from '../data/windows1252.json';

const BYTE_OF = new Map<string, number>(Object.entries(windows1252.bytes).map(([hex, ch]) => [ch, parseInt(hex, 16)]));
const SPECIALS = Object.values(windows1252.bytes).join('');
/** Two or more characters that Windows-1252 gives to bytes 0x80-0xFF: a UTF-8 sequence's bytes, perhaps. */
const RUN = new RegExp(`[\\u0080-\\u00FF${SPECIALS}]{2,}`, 'g');
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Cheap test first: every mojibake of a letter or a currency sign starts with one of these. */
export const MOJIBAKE_LEAD = /[ÂÃÅâ]/;

function byteOf(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  return BYTE_OF.get(ch) ?? (code >= 0xa0 && code <= 0xff ? code : undefined);
}

/** The text with each run that is valid UTF-8 read as Windows-1252 decoded back; anything else unchanged. */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE_LEAD.test(text)) return text;
  return text.replace(RUN, (run) => {
    const bytes = [...run].map(byteOf);
    if (bytes.some((b) => b === undefined)) return run;
    try {
      return UTF8.decode(Uint8Array.from(bytes as number[]));
    } catch {
      return run;
    }
  });
}

const CHAR_OF = new Map<number, string>(Object.entries(windows1252.bytes).map(([hex, ch]) => [parseInt(hex, 16), ch]));

/** How `text` reads after its UTF-8 bytes are decoded as Windows-1252: "£" → "Â£", "€" → "â‚¬". */
export function mojibakeOf(text: string): string {
  return [...new TextEncoder().encode(text)].map((b) => CHAR_OF.get(b) ?? String.fromCharCode(b)).join('');
}
