// The analysis library's public API: what hosts and tests may use.
export { createService, fallbackName } from './service';
export type { CrosscheckService, ArticleSymbol, DocumentOptions, FindingFilter, SymbolKind } from './service';
export { defaultConfig, parseConfig, isArticlePath, isExcludedPath, globMatcher, CONFIG_FILE_NAMES } from './config';
export type { Config, ConfigProblem, SourceInfo, Tolerances } from './config';
export { decodeArticle } from './input';
export { readArticle } from './read/readArticle';
export { wordDiff, diffPlain } from './text/wordDiff';
export { formatValue, listSources } from './text/format';
export { DEFAULT_SEVERITY, severityFor } from './checks/finding';
export type * from './types';
export { describeAgreement } from './corpus/agreement';
export type { Agreement } from './corpus/agreement';
export type { NameSpan } from './service';
