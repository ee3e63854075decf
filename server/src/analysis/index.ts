// The analysis library's public API: what hosts and tests may use.
export { createService, fallbackName } from './service';
export type { CrosscheckService, ArticleSymbol, ConfigFileState, FindingFilter, HostSettings, LoadOptions, LoadResult, RefreshResult, ServiceOptions, SymbolKind } from './service';
export { inProcessReader } from './reader';
export type { Reader, ReadingStore, ReadRequest } from './reader';
export { changeEmitter, isSkipped } from './workspace';
export type { ChangeEmitter, ConfigText, Disposable, SkippedDocument, Workspace, WorkspaceChange, WorkspaceDocument, WorkspaceEntry } from './workspace';
export type { Story, StoryChange, StoryIndex } from './corpus/stories';
export { defaultConfig, parseConfig, isArticlePath, globToRegExp, CONFIG_FILE_NAMES } from './config';
export type { Config, ConfigProblem, SourceInfo, Tolerances } from './config';
export { decodeArticle } from './input';
export { readArticle } from './read/readArticle';
export { wordDiff, diffPlain } from './text/wordDiff';
export { formatValue, listSources } from './text/format';
export { DEFAULT_SEVERITY, severityFor } from './checks/finding';
export type * from './types';
export { describeAgreement } from './answers/agreement';
export type { Agreement } from './answers/agreement';
export type { NameSpan } from './service';
