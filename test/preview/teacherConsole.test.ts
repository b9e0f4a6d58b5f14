/**
 * `npm start`: the teacher console beside the student preview, on the same in-memory lesson, in a
 * real Chromium with its fake camera and microphone. The teacher teaches from the console (grant,
 * invite, mute, a question and its results, the end) and the student's page shows each; the
 * console is reloaded in the middle and carries on from what the server stored.
 */
import type { Frame, Page } from 'playwright-core';
import { describeWithChromium } from '../support/browserTests';
import { RunningPreview, startPreviewServer } from './previewServer';
import { launchBrowser } from './studioBrowser';

const WAIT_MS = 15_000;
const BUILD_MS = 60_000;
const ME = 'demo-student';

jest.setTimeout(120_000);

interface StudentView {
  status: string;
  me: { onStage: boolean; mic: string; camera: string };
  invitation: unknown;
  question: { id: string; state: 'open' | 'closed'; counts: Record<string, number> | null; right: boolean | null } | null;
  chatMuted: boolean;
  chat: { from: string; text?: string; image?: true }[];
  rewards: number;
  checkIn: unknown;
}

/** A 1×1 PNG, as a picture the teacher sends. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** The student's view as the preview's studio reads it from the page's own store. */
const studentView = (page: Page) =>
  page.evaluate(() =>
    (globalThis as unknown as { __preview: { studio: { view(): unknown } } }).__preview.studio.view(),
  ) as Promise<StudentView>;

async function until(page: Page, check: (view: StudentView) => boolean, what: string): Promise<StudentView> {
  const end = Date.now() + WAIT_MS;
  for (;;) {
    const view = await studentView(page);
    if (check(view)) return view;
    if (Date.now() > end) throw new Error(`the student never saw ${what}: ${JSON.stringify(view)}`);
    await page.waitForTimeout(100);
  }
}

const teacher = (page: Page): Frame => {
  const frame = page.frame({ url: /\/teacher$/ });
  if (!frame) throw new Error('no teacher console beside the phone');
  return frame;
};

const studentRow = (page: Page) => teacher(page).locator(`#roster li[data-user="${ME}"]`);

describeWithChromium('the teacher console beside the student preview (npm start)', (executablePath) => {
  let server: RunningPreview;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startPreviewServer(BUILD_MS);
    browser = await launchBrowser(executablePath, { width: 1400, height: 900 }, true);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGKILL');
  });

  it('teaches the demo lesson from the console, through a reload of the console, and the student sees each step', async () => {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await teacher(page).locator('#status').filter({ hasText: '等待学生端进入演示课堂' }).waitFor({ timeout: WAIT_MS });
    await page.getByText('进入演示课堂', { exact: true }).click();
    await teacher(page).locator('#status').filter({ hasText: '上课中' }).waitFor({ timeout: WAIT_MS });
    await until(page, (view) => view.status === 'live', 'the lesson');

    // The teacher's own camera and microphone (Chromium's fake devices), shown in the console's preview.
    await teacher(page).click('#camera');
    await teacher(page).click('#mic');
    await teacher(page).locator('#camera[aria-pressed="true"]').waitFor({ timeout: WAIT_MS });
    await teacher(page).locator('#mic[aria-pressed="true"]').waitFor({ timeout: WAIT_MS });
    expect(
      await teacher(page).evaluate(
        () =>
          (globalThis as unknown as { document: { getElementById(id: string): { srcObject: unknown } } }).document.getElementById(
            'local-video',
          ).srcObject !== null,
      ),
    ).toBe(true);

    // A grant with the microphone: the student is on stage, speaking.
    await studentRow(page).locator('[data-action="grant-mic"]').click();
    await until(page, (view) => view.me.onStage && view.me.mic === 'on', 'the grant');
    await studentRow(page).filter({ hasText: '台上' }).waitFor({ timeout: WAIT_MS });

    // Mute all: the student stays on stage with the microphone off.
    await teacher(page).click('[data-action="mute-all"]');
    await until(page, (view) => view.me.onStage && view.me.mic === 'off', 'the mute');

    // The console reloads: it reads the class back from the server and shows the student on stage.
    await teacher(page).evaluate(() => (globalThis as unknown as { location: { reload(): void } }).location.reload());
    await teacher(page).locator('#status').filter({ hasText: '上课中 · 台上 1/' }).waitFor({ timeout: WAIT_MS });
    await studentRow(page).filter({ hasText: '台上' }).waitFor({ timeout: WAIT_MS });

    // Off the stage, then an invitation the student accepts on the phone: granted by the console's kit.
    await studentRow(page).locator('[data-action="revoke"]').click();
    await until(page, (view) => !view.me.onStage, 'the revoke');
    await studentRow(page).locator('[data-action="invite"]').click();
    await until(page, (view) => view.invitation !== null, 'the invitation');
    await page.locator('#phone class-tool .class-tool--accept').click();
    await until(page, (view) => view.me.onStage && view.me.camera === 'on', 'the stage after accepting');

    // A nine-option question is refused in the console before anything is sent.
    await teacher(page).fill('#question-options', '1\n2\n3\n4\n5\n6\n7\n8\n9');
    await teacher(page).click('#question-form button[type="submit"]');
    await teacher(page).locator('#notice').filter({ hasText: '没有发送' }).waitFor({ timeout: WAIT_MS });
    expect((await studentView(page)).question).toBeNull();

    // A question: the student answers B on the phone, the console's tally shows it, the close shows the results.
    await teacher(page).fill('#question-options', '1/2\n2/3\n3/4');
    await teacher(page).fill('#question-correct', 'B');
    await teacher(page).click('#question-form button[type="submit"]');
    await until(page, (view) => view.question?.state === 'open', 'the answer card');
    await page.locator('#phone class-tool .class-tool--opt-B').click();
    await page.locator('#phone class-tool .class-tool--submit').click();
    await teacher(page).locator('#question-status').filter({ hasText: '已答 1 人' }).waitFor({ timeout: WAIT_MS });
    await teacher(page).click('[data-action="close-question"]');
    const closed = await until(page, (view) => view.question?.state === 'closed', 'the results');
    expect(closed.question).toMatchObject({ counts: { A: 0, B: 1, C: 0 }, right: true });
    await teacher(page).locator('#question-status').filter({ hasText: '正确答案 B' }).waitFor({ timeout: WAIT_MS });

    // The chat: a line from the console reaches the student's chat.
    await teacher(page).fill('#chat-text', '大家做得很好');
    await teacher(page).click('#chat-form button[type="submit"]');
    await page.locator('#phone').getByText('大家做得很好').first().waitFor({ timeout: WAIT_MS });

    // A picture in the chat reaches the student as a picture.
    await teacher(page).setInputFiles('#chat-picture', { name: 'board.png', mimeType: 'image/png', buffer: PNG });
    await teacher(page).click('#chat-form button[type="submit"]');
    await until(page, (view) => view.chat.some((line) => line.from === 'demo-teacher' && line.image === true), 'the picture');

    // A reward and a check-in: the student sees the trophy, checks in on the phone, the console counts it.
    await studentRow(page).locator('[data-action="reward"]').click();
    await until(page, (view) => view.rewards === 1, 'the reward');
    await studentRow(page).filter({ hasText: '🏆 1' }).waitFor({ timeout: WAIT_MS });
    await teacher(page).click('#check-in-form button[type="submit"]');
    await until(page, (view) => view.checkIn !== null, 'the check-in');
    await page.locator('#phone class-tool .class-tool--check-in-tap').click();
    await teacher(page).locator('#check-in-status').filter({ hasText: '已签 1 人' }).waitFor({ timeout: WAIT_MS });

    // The end.
    // The teacher confirms 现在下课？
    await teacher(page).evaluate(() => void ((globalThis as unknown as { confirm: () => boolean }).confirm = () => true));
    await teacher(page).click('[data-action="end-class"]');
    await until(page, (view) => view.status === 'ended', 'the end of the class');
    await teacher(page).locator('#status').filter({ hasText: '课堂已结束' }).waitFor({ timeout: WAIT_MS });
    expect(await teacher(page).locator('#log li.failed').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
