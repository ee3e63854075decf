// What reading keeps per word between documents (the taggers' feature rows and predictions, the words' keys, the last
// sentences' values) grows with every new word of a large folder. A host thread that reads no more (the CLI's calling
// thread once the worker threads have the rest, docs/speed.md) lets it go; reading again afterwards computes it again,
// with the same results.
import { forgetNerCaches } from './ner';
import { forgetPosCaches } from './pos';
import { forgetWordKeys } from '../text/wording';
import { forgetKeptValues } from './values/kept';
import { forgetKeptTags } from './mentions/tagging';

/** Forgets what reading computed per word on this thread. */
export function forgetWordCaches(): void {
  forgetPosCaches();
  forgetNerCaches();
  forgetWordKeys();
  forgetKeptValues();
  forgetKeptTags();
}
