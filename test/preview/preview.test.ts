/**
 * The browser preview (`npm start`) in a real Chromium: the demo lesson (lessons/demo.json) plays
 * in real time, the student raises a hand, is granted the stage by the script's reply rule, chats,
 * and full screen turns the phone frame to landscape. The browser is
 * found, not assumed (devtools/preview/findChromium.ts); without one this is skipped, except in CI.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { type BrowserContext, type Page } from 'playwright-core';
import { launchChromium } from '../../devtools/preview/findChromium';
import { describeWithChromium } from '../support/browserTests';
import { RunningPreview, startPreviewServer } from './previewServer';

/** Tests never write tracked files: the README's pictures come from `npm run screenshots` (docs/screens/). */
const SCREENSHOT = path.join(os.tmpdir(), `lesson-preview-${process.pid}.png`);
/** Generous, for slow CI machines; the demo's reply rule grants a raised hand after 2 s. */
const WAIT_MS = 15_000;

jest.setTimeout(60_000);

describeWithChromium('the browser preview', (executablePath) => {
  let server: RunningPreview | undefined;
  let browser: BrowserContext | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startPreviewServer(45_000);
    ({ browser, close: closeBrowser } = await launchChromium(executablePath, { width: 900, height: 740 }));
  });

  afterAll(async () => {
    await closeBrowser?.();
    fs.rmSync(SCREENSHOT, { force: true });
    await server?.stop('SIGKILL');
  });

  async function openPreview(): Promise<Page> {
    const page = await browser!.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server!.url);
    return page;
  }

  it('plays the demo lesson: a raised hand is granted, a chat line is sent, nothing throws', async () => {
    const page = await openPreview();
    await page.getByText('进入演示课堂', { exact: true }).click();
    const hand = page.locator('control-bar .control-bar--hand');
    await hand.waitFor({ state: 'visible', timeout: WAIT_MS });
    expect(await page.locator('control-bar .control-bar--device').first().textContent()).toBe('麦克风等待老师授权');
    expect(await page.getByText('我的画面（真机上显示）').count()).toBe(0);
    // The demo's class chatted before the student came: that chat sits above the divider.
    await page.getByText('以上为历史消息').waitFor({ state: 'visible', timeout: WAIT_MS });
    expect(await page.locator('#phone').getByText('上课前请准备好纸和笔').count()).toBe(1);

    // Full screen asks for landscape (<page-meta page-orientation>): the phone frame lies on its side, and back.
    const frame = page.locator('#frame');
    const portrait = (await frame.boundingBox())!;
    expect(portrait.width).toBeLessThan(portrait.height);
    await page.locator('main-stage .main-stage--full-button').click();
    await page.locator('#frame.landscape').waitFor({ timeout: WAIT_MS });
    const landscape = (await frame.boundingBox())!;
    expect(landscape.width).toBeGreaterThan(landscape.height);
    await page.locator('main-stage .main-stage--full-button').click();
    await page.locator('#frame:not(.landscape)').waitFor({ timeout: WAIT_MS });

    await hand.click();
    await page.getByText('我的画面（真机上显示）').waitFor({ state: 'visible', timeout: WAIT_MS });
    expect(await page.locator('control-bar .control-bar--device').first().textContent()).toBe('麦克风已开启');
    expect(await page.locator('control-bar .control-bar--on-stage').textContent()).toBe('你在台上');

    const input = page.locator('chat-panel input');
    await input.fill('老师，我在浏览器里上课');
    await page.locator('chat-panel .chat-panel--send').click();
    const mine = page.locator('chat-panel .chat-panel--line.chat-panel--mine.chat-panel--sent');
    await mine.waitFor({ state: 'visible', timeout: WAIT_MS });
    expect((await mine.textContent())!.trim()).toBe('我：老师，我在浏览器里上课');
    expect(await input.inputValue()).toBe('');

    // The timeline plays lessons/demo.json; the student's own taps were recorded as `me` steps.
    expect(await page.locator('#timeline-steps li').first().textContent()).toContain('demo-teacher chat text="上课前请准备好纸和笔"');
    await page.click('#save');
    const recorded = JSON.parse(await page.locator('#recording').inputValue()) as { steps: Record<string, unknown>[] };
    expect(recorded.steps.filter((step) => step.by === 'me').map((step) => step.do)).toEqual([
      'join',
      'fullscreen',
      'fullscreen',
      'raiseHand',
      'chat',
    ]);

    await page.locator('#frame').screenshot({ path: SCREENSHOT });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(1000);
    expect(pageErrors).toEqual([]);
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await server!.stop('SIGTERM')).toBe(0);
  });
});
