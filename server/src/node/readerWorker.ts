// A reader thread of the pool (readerPool.ts): reads the documents it is sent, one at a time, and sends
// their readings back without the text, which the main thread already holds.
import { parentPort } from 'worker_threads';
import { defaultConfig } from '../analysis/config';
import { readArticle, type ReadOptions } from '../analysis/read/readArticle';

export interface ReadMessage {
  id: number;
  text: string;
  options: ReadOptions;
}

export type ReadReply = { id: number; reading: Record<string, unknown> } | { id: number; error: string };

// The models load on the first reading: do it now, while the main thread lists the folder.
readArticle('Ready.', { uri: 'warm-up', version: 0, source: 'warm-up', tolerances: defaultConfig().tolerances });

parentPort?.on('message', ({ id, text, options }: ReadMessage) => {
  let reply: ReadReply;
  try {
    const { text: _text, ...reading } = readArticle(text, options);
    reply = { id, reading };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
