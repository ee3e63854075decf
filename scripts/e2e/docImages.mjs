// The documentation's images, refreshed by every passing browser end-to-end run (npm run test:e2e): the editor on
// the seeds (an article, a hover, the Problems panel), the source matrix, and the HTML report of the seeds as
// Chromium shows it. Written to docs/images/; run alone with `node scripts/e2e/docImages.mjs` after a run.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { E2E_DIR, log, ROOT, SHOTS_DIR } from './lib.mjs';

export const DOC_IMAGES = join(ROOT, 'docs', 'images');
/** Screenshot of the workbench test → image of the documentation. */
const FROM_SHOTS = { 'editor.png': 'editor.png', 'matrix.png': 'matrix.png', 'problems.png': 'problems.png', 'hover.png': 'hover.png' };

export async function saveDocImages() {
  mkdirSync(DOC_IMAGES, { recursive: true });
  for (const [shot, image] of Object.entries(FROM_SHOTS)) {
    const from = join(SHOTS_DIR, shot);
    if (!existsSync(from)) throw new Error(`${from} is missing: the workbench test did not take it`);
    copyFileSync(from, join(DOC_IMAGES, image));
  }
  const report = join(E2E_DIR, 'seeds-report.html');
  const run = spawnSync(process.execPath, [join(ROOT, 'server', 'out', 'cli.js'), 'check', 'seeds', '--format', 'html', '--output', report], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 1) throw new Error(`check seeds --format html exited ${run.status}: ${run.stderr}`);
  const { context, page } = await launchBrowser('doc-images', { viewport: { width: 1280, height: 1000 } });
  try {
    await page.goto(pathToFileURL(report).href);
    await page.screenshot({ path: join(DOC_IMAGES, 'report.png'), fullPage: false });
  } finally {
    await context.close();
  }
  log(`documentation images in ${DOC_IMAGES}: ${[...Object.values(FROM_SHOTS), 'report.png'].join(', ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await saveDocImages();
