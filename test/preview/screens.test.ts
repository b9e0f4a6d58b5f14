/**
 * The lesson page as a student sees it, in a real Chromium through the browser preview: at each
 * common phone size the page is driven through one lesson (devtools/preview/screens/), and the
 * controls, the chat input, my preview and the stage's buttons must neither overlap nor leave the
 * phone. Every key moment is photographed into a temporary folder (`npm run screenshots` refreshes
 * the committed ones in docs/screens/). Without a browser this is skipped, except in CI.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  act,
  launchChromium,
  MAIN_PHONE,
  MomentResult,
  openScreenLesson,
  PHONES,
  runMoments,
  screenLessonBundle,
} from '../../devtools/preview/screenshots';
import { SCREEN_MOMENTS } from '../../devtools/preview/screens/screenMoments';
import type { Locator } from 'playwright-core';
import { describeWithChromium } from '../support/browserTests';
import { RunningPreview, startPreviewServer } from './previewServer';

jest.setTimeout(180_000);

describeWithChromium('the lesson page in the browser preview', (executablePath) => {
  let server: RunningPreview | undefined;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let bundle = '';
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lesson-screens-'));
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [server, chromium, bundle] = await Promise.all([startPreviewServer(60_000), launchChromium(executablePath), screenLessonBundle()]);
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.stop('SIGKILL');
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  const play = (phone: (typeof PHONES)[number]) =>
    runMoments({ browser: chromium!.browser, url: server!.url, bundle, phone, outDir, sizeInName: true, pageErrors });

  it.each(PHONES.map((phone) => [`${phone.width}×${phone.height}`, phone] as const))(
    'lays the page out at %s: nothing the student taps or watches covers another, and all of it is on the phone',
    async (_name, phone) => {
      const results = await play(phone);
      const checked = results.filter((result) => SCREEN_MOMENTS.find((moment) => moment.name === result.moment)?.checkOverlap);
      // Each checked moment found the controls, the chat input and the stage's buttons (my preview once on stage).
      expect(checked.map((result) => [result.moment, result.parts.length > 3])).toEqual(checked.map((result) => [result.moment, true]));
      expect(partsOf(results, 'on-stage')).toEqual(['phone', 'controls', 'chat input', 'my preview', 'stage buttons']);
      expect(partsOf(results, 'fullscreen')).toEqual(['phone', 'chat input', 'my preview', 'stage buttons']);
      expect(results.flatMap((result) => result.problems.map((problem) => `${result.moment}: ${problem}`))).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
  );

  it('keeps the newest chat line in view, and offers 有新消息 while the student reads older lines', async () => {
    const page = await openScreenLesson({ browser: chromium!.browser, url: server!.url, bundle, phone: MAIN_PHONE, pageErrors });
    try {
      const lines = page.locator('chat-panel .chat-panel--lines');
      const newest = page.locator('chat-panel .chat-panel--line').last();
      const unread = page.locator('chat-panel .chat-panel--unread');
      await act(page, { lesson: 'teacher-live' });
      await act(page, { lesson: 'chat-burst' });
      await act(page, { lesson: 'chat-burst' });
      expect(await lines.evaluate((scroller) => scroller.scrollHeight > scroller.clientHeight + 100)).toBe(true);
      expect(await inView(newest, lines)).toBe(true);
      expect(await unread.count()).toBe(0);

      // The student puts a finger on the chat and scrolls up to its top (the page hears the scroll
      // before anything else happens); a scroll without a finger is the layout, not the student.
      await lines.dispatchEvent('touchstart', { touches: [] });
      await lines.evaluate(
        (scroller) =>
          new Promise<void>((resolve) => {
            scroller.addEventListener('scroll', () => resolve(), { once: true });
            scroller.scrollTop = 0;
          }),
      );
      await act(page, { lesson: 'chat-burst' });
      expect(await inView(newest, lines)).toBe(false);
      expect(await unread.textContent()).toBe('有新消息');

      await act(page, { tap: 'chat-panel .chat-panel--unread' });
      expect(await inView(newest, lines)).toBe(true);
      expect(await unread.count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it(`photographs every key moment at ${MAIN_PHONE.width}×${MAIN_PHONE.height}`, () => {
    const shots = fs.readdirSync(outDir).filter((file) => file.endsWith(`-${MAIN_PHONE.width}x${MAIN_PHONE.height}.png`));
    expect(shots.sort()).toEqual(SCREEN_MOMENTS.map((moment) => `${moment.name}-${MAIN_PHONE.width}x${MAIN_PHONE.height}.png`).sort());
    for (const shot of shots) expect(fs.statSync(path.join(outDir, shot)).size).toBeGreaterThan(5000);
  });
});

/** Whether the element's box lies within the scroller's visible box. */
async function inView(element: Locator, scroller: Locator): Promise<boolean> {
  const [box, frame] = await Promise.all([element.boundingBox(), scroller.boundingBox()]);
  return !!box && !!frame && box.y >= frame.y - 1 && box.y + box.height <= frame.y + frame.height + 1;
}

function partsOf(results: readonly MomentResult[], moment: string): string[] {
  return (results.find((result) => result.moment === moment)?.parts ?? []).map((part) => part.name);
}
