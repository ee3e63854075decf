// Forecasts: a value a verb of forecasting gives is what someone expected, not what happened, and forecasters differ
// (two data providers' consensus, a company's guidance for the next quarter). Such a value makes no statement; only a
// plan's day or time is kept, as when.ts marks it.
import type { Quantity } from '../../types';
import type { Site } from './site';

/** Days, dates and times: a forecast's is the plan's, kept (when.ts). */
const TIMES = new Set<Quantity['kind']>(['date', 'day', 'time']);

let FORECAST: Set<string> | undefined;

/**
 * "Analysts had expected revenue of $13.8 billion", "it expects third-quarter sales of $15 billion": a verb of
 * forecasting (`statement.forecast`) whose object the value is, with no other verb between, makes it a forecast, not
 * what happened. "is expected to offer legal status to the 11 million immigrants" forecasts the offer, not the count.
 */
export function forecastValue(site: Site): boolean {
  if (TIMES.has(site.q.kind)) return false;
  const { tokens } = site;
  FORECAST ??= new Set(site.lex.values.statement.forecast as string[]);
  const tags = site.tags();
  for (let k = site.first - 1; k >= 0 && tokens[k].start >= site.clause.start; k--) {
    if (FORECAST.has(tokens[k].lower)) return true;
    if (/^(?:VB|MD|TO)/.test(tags[k]) || tokens[k].lower === 'to') return false;
  }
  return false;
}
