/**
 * The lesson page's key moments in a real Chromium, through the browser preview: at each phone
 * size the page is driven through one lesson (devtools/preview/screens/), each moment is
 * photographed, and the boxes of the page's controls, chat input, my preview and the stage's
 * buttons are checked against each other and the phone. The test (test/preview/screens.test.ts)
 * writes into a temporary folder; `npm run screenshots` refreshes docs/screens/.
 */
import * as path from 'path';
import { type BrowserContext, type Page } from 'playwright-core';
import { SCREEN_MOMENTS, ScreenAction, ScreenMoment } from './screens/screenMoments';
import { Box, overlapProblems, Placed } from './screens/overlaps';

// The preview's own bundler is plain JS: npm start runs it without TypeScript.
const { browserBundle } = require('./bundle') as { browserBundle(entry: string): Promise<string> };

export interface Phone {
  readonly width: number;
  readonly height: number;
}

/** Common phone screens, smallest first (CSS pixels). */
export const PHONES: readonly Phone[] = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
  { width: 390, height: 844 },
  { width: 414, height: 896 },
];

/** The phone the moments are photographed on. */
export const MAIN_PHONE: Phone = PHONES[1];

/** What must never cover each other on the lesson page, by selector in the preview's DOM. */
export const CHECKED_PARTS: Readonly<Record<string, string>> = {
  controls: 'control-bar .control-bar--bar',
  'chat input': 'chat-panel .chat-panel--input-row',
  'my preview': '.main--preview',
  'stage buttons': 'main-stage .main-stage--full-button',
  'class tool': 'class-tool .class-tool--card',
};

export interface MomentResult {
  readonly phone: Phone;
  readonly moment: string;
  readonly screenshot: string;
  /** The parts found on screen (a hidden part is left out). */
  readonly parts: readonly Placed[];
  /** Parts that overlap or stick out of the phone; empty when the page is laid out well. */
  readonly problems: readonly string[];
}

const phoneName = (phone: Phone) => `${phone.width}x${phone.height}`;

/** The lesson the run controls, bundled for the browser (nothing is written to disk). */
export function screenLessonBundle(): Promise<string> {
  return browserBundle(path.join(__dirname, 'screens', 'screenLesson.ts'));
}

export { launchChromium } from './findChromium';

export interface ScreenRun {
  readonly browser: BrowserContext;
  readonly url: string;
  readonly bundle: string;
  readonly phone: Phone;
  /** Where the PNGs go, named `<moment>.png`, or `<moment>-<width>x<height>.png` with `sizeInName`. */
  readonly outDir: string;
  readonly sizeInName?: boolean;
  readonly moments?: readonly ScreenMoment[];
  /** Errors the page threw, collected for the caller. */
  readonly pageErrors?: string[];
}

/** A preview page on the phone, with the run's lesson open on the lesson page. */
export async function openScreenLesson(run: Pick<ScreenRun, 'browser' | 'url' | 'bundle' | 'phone' | 'pageErrors'>): Promise<Page> {
  const page = await run.browser.newPage();
  // Room for the phone upright and on its side (full screen turns the frame to landscape).
  await page.setViewportSize({ width: run.phone.height + 80, height: run.phone.height + 120 });
  page.on('pageerror', (error) => run.pageErrors?.push(error.message));
  await page.goto(`${run.url}?phone=${phoneName(run.phone)}`);
  await page.waitForFunction(() => (globalThis as unknown as { __preview?: { ready: boolean } }).__preview?.ready === true);
  await page.addScriptTag({ content: run.bundle });
  await page.evaluate(() => (globalThis as unknown as { __screenLesson: { open(): Promise<void> } }).__screenLesson.open());
  return page;
}

/** Plays the moments on one phone; resolves with what each moment showed. */
export async function runMoments(run: ScreenRun): Promise<MomentResult[]> {
  const page = await openScreenLesson(run);
  try {
    const results: MomentResult[] = [];
    for (const moment of run.moments ?? SCREEN_MOMENTS) {
      for (const action of moment.actions) await act(page, action);
      const file = path.join(run.outDir, `${moment.name}${run.sizeInName ? `-${phoneName(run.phone)}` : ''}.png`);
      await page.locator('#frame').screenshot({ path: file, animations: 'disabled' });
      const parts = moment.checkOverlap ? await placedParts(page) : [];
      results.push({ phone: run.phone, moment: moment.name, screenshot: file, parts, problems: overlapProblems(parts.slice(1), parts[0]) });
    }
    return results;
  } finally {
    await page.close();
  }
}

/** A tap on the page or a step of the lesson, then the simulated time the page needs to show it. */
export async function act(page: Page, action: ScreenAction): Promise<void> {
  if ('tap' in action) await page.locator(action.tap).click();
  const step = 'lesson' in action ? action.lesson : null;
  await page.evaluate(
    (lessonStep) =>
      (globalThis as unknown as { __screenLesson: { step(step: string | null): Promise<void> } }).__screenLesson.step(lessonStep),
    step,
  );
}

/** The phone's page area first, then each checked part on screen, by its box in CSS pixels. */
async function placedParts(page: Page): Promise<Placed[]> {
  const phone = await page.locator('#phone').boundingBox();
  if (!phone) throw new Error('the preview shows no phone');
  const placed: Placed[] = [{ name: 'phone', box: phone }];
  for (const [name, selector] of Object.entries(CHECKED_PARTS)) {
    const found = page.locator(selector);
    if ((await found.count()) === 0 || !(await found.first().isVisible())) continue;
    const box: Box | null = await found.first().boundingBox();
    if (box) placed.push({ name, box });
  }
  return placed;
}
