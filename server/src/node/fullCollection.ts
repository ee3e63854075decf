// A full garbage collection, asked for by a host that has just let a lot go. V8 collects the old generation only as it
// grows; a check run's main thread, which holds every reading once the folder is read and then only takes findings,
// allocates too little to start one, so the readings it lets go (docs/speed.md: about 40 KB each) stayed in its heap
// to the end of the run. The collector is reached as `node --expose-gc` exposes it, for this process only.
import * as v8 from 'v8';
import * as vm from 'vm';

let collect: (() => void) | null | undefined;

/** Collects garbage now, old generation included; does nothing where the collector cannot be reached. */
export function fullCollection(): void {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
