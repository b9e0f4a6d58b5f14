/**
 * `npm run screenshots`: refreshes docs/screens/ from the browser preview in a real Chromium: one
 * PNG per key moment on a 375×667 phone, the densest moment (on stage) at every phone size, and
 * each class tool's card on the smallest phone too.
 * Exits non-zero, naming them, when parts of the page overlap or leave the phone, or the page
 * throws (review `git diff docs/screens` before committing). `npm run screenshots -- <folder>` writes elsewhere.
 */
import * as fs from 'fs';
import * as path from 'path';
import { findChromium, noChromiumMessage } from './findChromium';
import { launchChromium, MAIN_PHONE, MomentResult, PHONES, runMoments, screenLessonBundle } from './screenshots';
import { SCREEN_MOMENTS } from './screens/screenMoments';

// Required at run time, not bundled: the server finds the repository from its own file.
const { startPreview } = require(path.join(__dirname, 'server.js')) as {
  startPreview(options: { port: number }): Promise<{ url: string; close(): Promise<void> }>;
};

const REPO = path.resolve(__dirname, '../..');
/** The moment with the most on screen: it is photographed at every size. */
const EVERY_SIZE = 'on-stage';
/** The class tools' cards, photographed on the smallest phone as well. */
const SMALLEST_TOO = ['invited', 'answer-card', 'answer-results', 'check-in'];

async function main(): Promise<number> {
  const outDir = path.resolve(process.argv[2] ?? path.join(REPO, 'docs', 'screens'));
  const lookup = findChromium();
  if (!lookup.path) {
    console.error(noChromiumMessage(lookup));
    return 1;
  }
  fs.mkdirSync(outDir, { recursive: true });
  const preview = await startPreview({ port: 0 });
  const { browser, close } = await launchChromium(lookup.path);
  const pageErrors: string[] = [];
  try {
    const bundle = await screenLessonBundle();
    const results: MomentResult[] = await runMoments({ browser, url: preview.url, bundle, phone: MAIN_PHONE, outDir, pageErrors });
    const upTo = SCREEN_MOMENTS.slice(0, SCREEN_MOMENTS.findIndex((moment) => moment.name === EVERY_SIZE) + 1);
    for (const phone of PHONES.filter((other) => other !== MAIN_PHONE)) {
      const sized = await runMoments({ browser, url: preview.url, bundle, phone, outDir, sizeInName: true, moments: upTo, pageErrors });
      const kept = (moment: string) => moment === EVERY_SIZE || (phone === PHONES[0] && SMALLEST_TOO.includes(moment));
      results.push(...sized.filter((result) => kept(result.moment)));
      for (const result of sized) if (!kept(result.moment)) fs.rmSync(result.screenshot);
    }
    const problems = results.flatMap((result) =>
      result.problems.map((problem) => `${result.phone.width}x${result.phone.height} ${result.moment}: ${problem}`),
    );
    for (const result of results) console.log(path.relative(process.cwd(), result.screenshot));
    for (const problem of [...problems, ...pageErrors]) console.error(problem);
    return problems.length + pageErrors.length ? 1 : 0;
  } finally {
    await close();
    await preview.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  },
);
