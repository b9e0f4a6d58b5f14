/**
 * The preview as a lesson studio, in a real Chromium: `npm start -- <script>` plays the script on
 * the real pages, the console acts as the teacher and the network, and what was recorded replays
 * through `runLessonScript` (what `npx lesson run` runs) to the view the preview showed.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import { runLessonScript } from '../../devtools/emulator/LessonEmulator';
import { storeDriver } from '../../devtools/lesson/storeDriver';
import { parseLessonScript } from '../../infrastructure/local/script/parseLessonScript';
import { ACTIONS } from '../../infrastructure/local/script/scriptActions';
import { describeWithChromium } from '../support/browserTests';
import { RunningPreview, startPreviewServer } from './previewServer';
import { actInConsole, copiedView, launchBrowser, savedScript } from './studioBrowser';

const WAIT_MS = 15_000;
const BUILD_MS = 60_000;

jest.setTimeout(90_000);

async function openLesson(server: RunningPreview, browser: Awaited<ReturnType<typeof launchBrowser>>, errors: string[]): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  await page.getByText('进入演示课堂', { exact: true }).click();
  return page;
}

const playedSteps = (page: Page) => page.locator('#timeline-steps li.played').count();
/** Waits until the timeline marks all `count` steps played. */
const allPlayed = (page: Page, count: number) =>
  page
    .locator('#timeline-steps li.played')
    .nth(count - 1)
    .waitFor({ state: 'attached', timeout: WAIT_MS });

describeWithChromium('a lesson script in the preview (raise-and-grant)', (executablePath) => {
  let server: RunningPreview;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startPreviewServer(BUILD_MS, [path.join('lessons', 'raise-and-grant.json')]);
    browser = await launchBrowser(executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGKILL');
  });

  it('plays the script on the page, then the console grants, mutes the chat, drops IM and ends the class; the recording replays to the same view', async () => {
    const page = await openLesson(server, browser, errors);
    // Every step played, the student's own raised hand and camera through the page's store.
    await allPlayed(page, 13);
    await page.click('#pause');
    expect(await page.locator('#timeline-steps li').count()).toBe(13);

    await actInConsole(page, 't1', 'grant', { to: 's1', mic: true, camera: false });
    await page.locator('control-bar .control-bar--on-stage').waitFor({ state: 'visible', timeout: WAIT_MS });
    await actInConsole(page, 't1', 'muteChat', { on: true });
    // The console's action reaches the page on the next render; wait for it rather than race it.
    await page.locator('chat-panel input[placeholder="全员禁言中"]').waitFor({ state: 'attached', timeout: WAIT_MS });
    expect(await page.locator('chat-panel input').getAttribute('placeholder')).toBe('全员禁言中');
    await actInConsole(page, 'network', 'imDown');
    await page.getByText('正在重连…').waitFor({ state: 'visible', timeout: WAIT_MS });
    expect(await copiedView(page)).toMatchObject({ status: 'reconnecting', chatMuted: true });
    await actInConsole(page, 'network', 'imUp');
    await page.getByText('正在重连…').waitFor({ state: 'hidden', timeout: WAIT_MS });
    await actInConsole(page, 't1', 'endClass');
    await page.getByText('课堂已结束').waitFor({ state: 'visible', timeout: WAIT_MS });

    await page.click('#mark');
    const shown = await copiedView(page);
    expect(shown).toMatchObject({ status: 'ended' });
    const recording = await savedScript(page);
    const replayed = await runLessonScript(parseLessonScript(recording), storeDriver);
    const last = replayed[replayed.length - 1];
    expect(last.snapshot).toBe('by-hand-1');
    expect(last.view).toEqual(shown);
    expect(await page.locator('#studio-problem').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("offers every action of the script format's table to everyone who may take it", async () => {
    const page = await openLesson(server, browser, errors);
    await allPlayed(page, 13);
    const offered = async (who: string) => {
      await page.selectOption('#console-who', who);
      return page.locator('#console-do option').allTextContents();
    };
    expect(await offered('t1')).toEqual(Object.keys(ACTIONS.staff));
    expect(await offered('a1')).toEqual(Object.keys(ACTIONS.staff));
    expect(await offered('s2')).toEqual(Object.keys(ACTIONS.classmate));
    expect(await offered('network')).toEqual(Object.keys(ACTIONS.network));
    expect(await offered('me')).toEqual(Object.keys(ACTIONS.me));
    await page.selectOption('#console-who', 'network');
    await page.selectOption('#console-do', 'quality');
    expect(await page.locator('#console-fields [data-field="level"] option').allTextContents()).toEqual(['good', 'fair', 'poor', 'bad']);
  });

  it('refuses what the format refuses and records nothing of it; a classmate who joins later may act', async () => {
    const page = await openLesson(server, browser, errors);
    await allPlayed(page, 13);
    await page.click('#pause');
    const before = await savedScript(page);
    await page.selectOption('#console-who', '+');
    await page.fill('#console-new-id', 's9');
    await page.selectOption('#console-do', 'raiseHand');
    await page.click('#console-act');
    await page.locator('#studio-problem').waitFor({ state: 'visible', timeout: WAIT_MS });
    expect(await page.locator('#studio-problem').textContent()).toMatch(/unknown user "s9"/);
    expect(await savedScript(page)).toEqual(before);

    await actInConsole(page, '+', 'join', { userId: 's9' });
    await page.getByText('5 人在线').waitFor({ state: 'visible', timeout: WAIT_MS });
    await actInConsole(page, '+', 'chat', { userId: 's9', text: '我来晚了' });
    await page.getByText('我来晚了').waitFor({ state: 'visible', timeout: WAIT_MS });
    expect(await page.locator('#studio-problem').isHidden()).toBe(true);
  });
});

describeWithChromium('a student who joins late, and IM dropped from the console (late-join)', (executablePath) => {
  let server: RunningPreview;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startPreviewServer(BUILD_MS, [path.join('lessons', 'late-join.json')]);
    browser = await launchBrowser(executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGKILL');
  });

  it('waits on the demo page until the script lets the student in, stepping one step at a time', async () => {
    // Opened paused at its first moment: on a busy machine a tap on Pause could land past "me join" (1 s in).
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}#paused`);
    await page.getByText('正在进入演示课堂…').waitFor({ state: 'visible', timeout: WAIT_MS });
    expect(await playedSteps(page)).toBe(0);
    // The class goes on without the student: five steps before "me join".
    // One tap per step, each once the timeline shows it played: taps sent ahead of the rendering would step past "me join".
    for (let step = 1; step <= 5; step++) {
      await page.click('#step');
      await page
        .locator('#timeline-steps li.played')
        .nth(step - 1)
        .waitFor({ state: 'attached', timeout: WAIT_MS });
    }
    expect(await playedSteps(page)).toBe(5);
    expect(await page.getByText('正在进入演示课堂…').isVisible()).toBe(true);
    expect(await page.locator('#timeline-steps li.next').textContent()).toContain('me join');
    await page.click('#step');
    await page.click('#speed-4');
    await page.click('#play');
    await page.locator('chat-panel input[placeholder="全员禁言中"]').waitFor({ state: 'attached', timeout: WAIT_MS });

    await allPlayed(page, 15);
    await actInConsole(page, 'network', 'imDown');
    await page.getByText('正在重连…').waitFor({ state: 'visible', timeout: WAIT_MS });
    await actInConsole(page, 't1', 'muteChat', { on: false });
    await actInConsole(page, 'network', 'imUp');
    await page.getByText('正在重连…').waitFor({ state: 'hidden', timeout: WAIT_MS });
    // What the teacher did while the student's IM was down arrives once it is back.
    await page.locator('chat-panel input[placeholder="全员禁言中"]').waitFor({ state: 'detached', timeout: WAIT_MS });
    await page.click('#pause');
    await page.click('#mark');
    const shown = await copiedView(page);
    const replayed = await runLessonScript(parseLessonScript(await savedScript(page)), storeDriver);
    expect(replayed[replayed.length - 1].view).toEqual(shown);
    expect(shown).toMatchObject({ status: 'live', chatMuted: false });
    expect(errors).toEqual([]);
  });
});
