/**
 * The teacher console's Tencent family in a real Chromium: the page as `npm run build:console`
 * makes it, on stand-ins of @tencentcloud/chat (its own code where it runs offline) and
 * trtc-sdk-v5 (support/tencentConsolePage.ts), against the real school server over HTTP, whose IM
 * and TRTC calls go to the loopback stand-in of Tencent's REST APIs. Students act over HTTP, as
 * their apps do; what IM delivers to the groups reaches the console's chat instance.
 */
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { aSchoolOverHttp } from '../server/support/schoolOverHttp';
import { webChatMessageOf } from '../server/support/webChatMessage';
import { describeWithChromium } from '../support/browserTests';
import { launchBrowser } from './studioBrowser';

const { browserBundle } = require('../../devtools/preview/bundle') as { browserBundle(entry: string): Promise<string> };

const WAIT_MS = 15_000;

jest.setTimeout(90_000);

type School = Awaited<ReturnType<typeof aSchoolOverHttp>>;

/** What IM hands the console's chat instance: the messages the school server published, and chat others sent. */
function imFeed(school: School) {
  const delivered: unknown[] = [];
  let taken = 0;
  return {
    delivered,
    since(handed: number) {
      for (const message of school.standIn.messages.slice(taken)) delivered.push(webChatMessageOf(message, `rest-${taken++}`));
      return delivered.slice(handed);
    },
    chat(from: string, text: string) {
      delivered.push({
        ID: `chat-${delivered.length}`,
        type: 'TIMTextElem',
        to: 'math-101-chat',
        from,
        time: 0,
        conversationType: 'GROUP',
        payload: { text },
      });
    },
  };
}

describeWithChromium("the teacher console's Tencent family, on the web SDKs' stand-ins and the real school server", (executablePath) => {
  let school: School;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let bundle: string;
  let pages: http.Server;
  let origin: string;

  beforeAll(async () => {
    bundle = await browserBundle(path.join(__dirname, 'support', 'tencentConsolePage.ts'));
    // The console's page from a local server of its own: another origin than the school server's, as a school's would be.
    const html = fs.readFileSync(path.join(__dirname, '../../console/index.html'));
    pages = http.createServer((request, response) => {
      const script = request.url === '/teacher.js';
      response.writeHead(200, { 'Content-Type': script ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8' });
      response.end(script ? bundle : html);
    });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
    browser = await launchBrowser(executablePath, { width: 900, height: 1000 }, true);
  });
  beforeEach(async () => {
    school = await aSchoolOverHttp();
  });
  afterEach(() => school.stop());
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => pages.close(resolve));
  });

  async function openConsole(feed: ReturnType<typeof imFeed>, sent: unknown[], logins: string[]): Promise<Page> {
    const page = await browser.context.newPage();
    await page.exposeFunction('__imSince', (handed: number) => feed.since(handed));
    await page.exposeFunction('__imSend', (message: unknown) => (sent.push(message), { ID: `mine-${sent.length}`, time: 1 }));
    await page.exposeFunction('__imLogin', (userId: string) => void logins.push(`login ${userId}`));
    await page.exposeFunction('__imJoin', (groupId: string) => void logins.push(`join ${groupId}`));
    await page.goto(`${origin}/index.html?base=${encodeURIComponent(school.url)}&classId=math-101&userId=t1`);
    await page.locator('#status').filter({ hasText: '上课中' }).waitFor({ timeout: WAIT_MS });
    return page;
  }

  const trtcCalls = (page: Page) =>
    page.evaluate(() => (globalThis as unknown as { __trtcCalls: { method: string; args: unknown }[] }).__trtcCalls);
  const state = async () => (await school.call('GET', '/classes/math-101/state', 's1')).body as Record<string, unknown>;

  it('logs in, enters the room as an anchor, and runs a class the students see on the server, through a reload', async () => {
    const feed = imFeed(school);
    const sent: unknown[] = [];
    const logins: string[] = [];
    const page = await openConsole(feed, sent, logins);
    expect(logins).toEqual(['login t1', 'join math-101-signal', 'join math-101-chat']);
    expect((await trtcCalls(page))[0]).toEqual({
      method: 'enterRoom',
      args: expect.objectContaining({ sdkAppId: 1400000001, userId: 't1', roomId: 1001, scene: 'live', role: 'anchor' }),
    });

    // The class list names the students before any of them came in.
    await page.locator('#roster li[data-user="s3"] .name').filter({ hasText: '小刚' }).waitFor({ timeout: WAIT_MS });

    // A hand comes in over IM; the teacher lets the student speak.
    await school.call('POST', '/classes/math-101/hand', 's1', { raised: true });
    await page.locator('#hands li[data-user="s1"]').waitFor({ timeout: WAIT_MS });
    await page.click('#hands li[data-user="s1"] [data-action="grant-mic"]');
    await page.locator('#status').filter({ hasText: '台上 1/6' }).waitFor({ timeout: WAIT_MS });
    expect((await state()).stage).toEqual([{ userId: 's1', mic: true, camera: false }]);

    // The teacher's camera and screen on TRTC; the student's video plays in the console.
    await page.click('#camera');
    await page.click('#screen');
    await page.locator('#screen[aria-pressed="true"]').waitFor({ timeout: WAIT_MS });
    await page.evaluate(() =>
      (globalThis as unknown as { __trtcEmit(e: string, p: unknown): void }).__trtcEmit('remote-video-available', {
        userId: 's1',
        streamType: 'main',
      }),
    );
    await page.locator('#remote-views [data-user="s1"]').waitFor({ timeout: WAIT_MS });
    expect((await trtcCalls(page)).map((call) => call.method)).toEqual([
      'enterRoom',
      'startLocalVideo',
      'startScreenShare',
      'startRemoteVideo',
    ]);

    // An invitation the student accepts: the console's kit grants it.
    await page.click('#roster li[data-user="s1"] [data-action="revoke"]');
    await school.call('POST', '/classes/math-101/hand', 's2', { raised: true });
    await page.locator('#roster li[data-user="s2"]').waitFor({ timeout: WAIT_MS });
    await page.click('#roster li[data-user="s2"] [data-action="invite"]');
    await page.locator('#roster li[data-user="s2"]').filter({ hasText: '已邀请' }).waitFor({ timeout: WAIT_MS });
    const invitation = ((await state()).invitations as { seq: number }[])[0];
    await school.call('POST', '/classes/math-101/invitation', 's2', { seq: invitation.seq, accepted: true });
    await page.locator('#roster li[data-user="s2"]').filter({ hasText: '台上' }).waitFor({ timeout: WAIT_MS });
    expect((await state()).stage).toEqual([{ userId: 's2', mic: true, camera: true }]);

    // A question: an answer comes in, the close carries the counts and the correct answer.
    await page.fill('#question-options', '甲\n乙\n丙');
    await page.fill('#question-correct', 'B');
    await page.click('#question-form button[type="submit"]');
    await page.locator('#question-status').filter({ hasText: '进行中' }).waitFor({ timeout: WAIT_MS });
    const asked = (await state()).question as { id: string };
    await school.call('POST', '/classes/math-101/answers', 's1', { questionId: asked.id, choices: ['B'] });
    await page.locator('#question-status').filter({ hasText: '已答 1 人' }).waitFor({ timeout: WAIT_MS });

    // The page reloads in the middle of the question: it logs in again, reads the class back, and closes it right.
    await page.reload();
    await page.locator('#status').filter({ hasText: '上课中 · 台上 1/6' }).waitFor({ timeout: WAIT_MS });
    await page.click('[data-action="close-question"]');
    await page.locator('#question-status').filter({ hasText: '正确答案 B' }).waitFor({ timeout: WAIT_MS });
    expect((await state()).question).toMatchObject({ results: { correct: ['B'], counts: [0, 1, 0] } });

    // The chat: a student's line is heard; the teacher's goes out as a text element to the chat group.
    feed.chat('s3', '老师好');
    await page.locator('#chat').filter({ hasText: '老师好' }).waitFor({ timeout: WAIT_MS });
    await page.fill('#chat-text', '请看黑板');
    await page.click('#chat-form button[type="submit"]');
    await page.locator('#chat').filter({ hasText: '请看黑板' }).waitFor({ timeout: WAIT_MS });
    expect(sent).toEqual([
      expect.objectContaining({ to: 'math-101-chat', type: 'TIMTextElem', payload: { text: '请看黑板' }, from: 't1' }),
    ]);

    // The end; after it the server refuses anything more, and the console says so without sending.
    await page.evaluate(() => void ((globalThis as unknown as { confirm: () => boolean }).confirm = () => true));
    await page.click('[data-action="end-class"]');
    await page.locator('#status').filter({ hasText: '课堂已结束' }).waitFor({ timeout: WAIT_MS });
    expect((await state()).ended).toBe(true);
    await page.close();
  });

  it('a staff member the class does not know is told so, and nothing is entered', async () => {
    const page = await browser.context.newPage();
    for (const name of ['__imSince', '__imSend', '__imLogin', '__imJoin']) await page.exposeFunction(name, () => []);
    await page.goto(`${origin}/index.html?base=${encodeURIComponent(school.url)}&classId=math-101&userId=s1`);
    await page.locator('#status').filter({ hasText: '你不是这节课的老师或助教' }).waitFor({ timeout: WAIT_MS });
    expect(await trtcCalls(page)).toEqual([]);
    await page.close();
  });
});
