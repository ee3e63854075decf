// Readings kept packed by a check run (`ServiceOptions.packReadings`): V8's serialization of the reading, deflated.
// At 10,000 generated articles a reading is about 40 KB of heap, 17 KB serialized and 5 KB deflated (level 1); packing
// and unpacking one costs about 0.3 ms. The readings a check run holds while their stories wait for a checking thread
// made the main thread's 400 MB (docs/speed.md, memory10k3).
import * as v8 from 'v8';
import * as zlib from 'zlib';
import type { CheckRequest, ReadingPacker } from '../analysis/reader';
import type { Reading } from '../analysis/types';

export const readingPacker: ReadingPacker = {
  // Copied out of zlib's output buffer, which is 16 KB whatever the size of what it holds.
  pack: (reading) => new Uint8Array(zlib.deflateRawSync(v8.serialize(reading), { level: 1 })),
  unpack: (packed) => v8.deserialize(zlib.inflateRawSync(packed)) as Reading,
};

/** A check request with its packed readings unpacked, as `checkStory` takes it. */
export function unpackedRequest(request: CheckRequest): CheckRequest {
  if (!request.packed?.length) return request;
  return { readings: [...request.readings, ...request.packed.map((packed) => readingPacker.unpack(packed))], config: request.config };
}
