// Decoding a file's bytes into article text. Bad input becomes a clear message, never an exception.

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 (with or without BOM) and UTF-16 with BOM are read; binary and other encodings are refused. */
export function decodeArticle(bytes: Uint8Array, maxBytes: number): DecodeResult {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `skipped: ${bytes.length} bytes is over the size limit of ${maxBytes} bytes (setting maxFileBytes)` };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    try {
      const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes.subarray(2));
      return { ok: true, text };
    } catch {
      return { ok: false, reason: 'skipped: the file starts with a UTF-16 byte-order mark but is not valid UTF-16' };
    }
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return { ok: false, reason: 'skipped: the file looks binary (it contains NUL bytes), not an article' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'skipped: the file is not valid UTF-8 text; save it as UTF-8 to have it checked' };
  }
  return { ok: true, text: stripBom(text) };
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
