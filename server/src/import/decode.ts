// A saved page's bytes → its text, in the encoding the page declares. The HTML standard's encoding sniffing (a
// byte-order mark, else a <meta charset> in the first 1024 bytes) decides, as in a browser; a page that declares
// nothing is UTF-8 when its bytes are, else windows-1252 (the standard's default for such pages). iconv-lite
// decodes: Node's TextDecoder reads windows-1252 as Latin-1, losing its curly quotes and dashes.
import sniffHTMLEncoding from 'html-encoding-sniffer';
import * as iconv from 'iconv-lite';

export type DecodedPage = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

export function decodePage(bytes: Uint8Array): DecodedPage {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  const start = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  if (/^MIME-Version:/im.test(start) && /multipart\/related/i.test(start)) {
    return { ok: false, reason: 'this is an MHTML web archive (.mhtml, "Webpage, single file"), which import does not read: save the page as "Webpage, HTML only" or "complete"' };
  }
  if (head.startsWith('%PDF')) return { ok: false, reason: 'this is a PDF, not a saved web page (save the page from the browser as "Web page, HTML only" or "complete")' };
  const utf8 = isUtf8(bytes);
  let encoding = sniffHTMLEncoding(bytes, { defaultEncoding: utf8 ? 'UTF-8' : 'windows-1252' });
  if (!encoding.startsWith('UTF-16') && bytes.subarray(0, 8192).includes(0)) {
    return { ok: false, reason: 'this is a binary file, not a saved web page (.html)' };
  }
  // A page re-saved as UTF-8 may keep its original declaration: valid multi-byte UTF-8 is not windows-1252 text.
  if (encoding !== 'UTF-8' && !encoding.startsWith('UTF-16') && utf8 && bytes.some((b) => b >= 0x80)) encoding = 'UTF-8';
  if (!iconv.encodingExists(encoding)) return { ok: false, reason: `the page is in an encoding this program cannot decode (${encoding})` };
  return { ok: true, text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
