// The stories of one workspace folder for the client's Stories view: each story's articles with their finding counts.
import type { CrosscheckService } from '../analysis/service';
import type { StoryInfo } from '../protocol';

export function stories(service: CrosscheckService, folder?: string): StoryInfo[] {
  return service.stories().map((story) => {
    const articles = story.uris
      .map((uri) => ({ uri, name: service.documentName(uri), source: service.sourceName(uri), findings: service.findings(uri).length }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const info: StoryInfo = { id: story.id, title: story.title, articles, findings: articles.reduce((sum, a) => sum + a.findings, 0) };
    if (folder) info.folder = folder;
    return info;
  });
}
