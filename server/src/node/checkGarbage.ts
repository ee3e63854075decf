// A thread that checks stories one after another collects its garbage before it piles up. Each check builds its
// story's corpus, which lives as long as the check and so reaches V8's old generation, where it stays as garbage once
// the findings are sent: V8 collects the old generation only when it has grown by a factor of the heap that survived
// the last collection. At 10,000 generated articles the checking threads' heaps grew from 120 to 430-460 MB over the
// last minute's small checks before V8 collected them, and that, beside the main thread's heap, made the run's peak
// RSS (docs/speed.md, big10k). A full collection once a thread holds CHECK_GARBAGE_MB more than survived the last
// one keeps each under about that much garbage, for a few collections more per run.
import { performance } from 'perf_hooks';
import * as v8 from 'v8';
import { fullCollection } from './fullCollection';

/** The heap a checking thread may hold above what survived its last collection before it collects. */
export const CHECK_GARBAGE_MB = 96;

const MB = 1048576;
/** The heap that survived this thread's last collection (ours or V8's), as far as it is known. */
let survived = 0;

/** Full collections this thread made after its checks, and their time (for the benchmark's thread sampler). */
export const collections = { count: 0, ms: 0 };

/** After a story's check on this thread: collects the old generation if the checks' garbage has grown past the bound. */
export function afterCheck(): void {
  const used = v8.getHeapStatistics().used_heap_size;
  // Lower than what survived: V8 has collected since (what is used now is at most what survived it, and more garbage).
  if (used < survived) survived = used;
  if (used - survived < CHECK_GARBAGE_MB * MB) return;
  const start = performance.now();
  fullCollection();
  collections.count++;
  collections.ms += performance.now() - start;
  survived = v8.getHeapStatistics().used_heap_size;
}
