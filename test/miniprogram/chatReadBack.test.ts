/**
 * @jest-environment jsdom
 */
import { aLessonIn, builtApp, installWx, joinedLessonPage, ME, openLessonPage, pass, shows, simulate, texts } from './support/lessonOnPage';
import { removeBuild } from './support/builtApp';
import { CHAT_WINDOW } from '../../application/view/ChatWindow';
import { BUDGETS } from '../../devtools/bench/budgets';

type App = Awaited<ReturnType<typeof builtApp>>;
let app: App;
let previews: ReturnType<typeof installWx>['previews'];
beforeAll(async () => {
  app = await builtApp('chat-read-back');
  previews = installWx().previews;
}, 60_000);
afterAll(() => removeBuild(app?.dist));

type Lesson = ReturnType<typeof aLessonIn>;
type Page = ReturnType<typeof openLessonPage>;

/** The chat lines on the rendered page, top to bottom, as the student sees them. */
const linesOn = (page: Page) => texts(page, '#chat >>> .line .text');

/** A class chatting at IM's group limit, 40 lines a second, from two classmates, for `seconds`. */
async function busyChat(lesson: Lesson, seconds: number, from = 0, each?: () => void): Promise<number> {
  const [red, gang] = [lesson.classmate('s2'), lesson.classmate('s3')];
  let n = from;
  for (let tick = 0; tick < seconds * 40; tick += 1) {
    (n % 2 ? red : gang).chat({ text: `第${(n += 1)}条` });
    await pass(lesson, 25);
    each?.();
  }
  return n;
}

/** The student scrolls the chat up, as WeChat reports it to the panel. */
async function scrollUp(page: Page): Promise<void> {
  const scroll = page.querySelector('#chat >>> .lines')!;
  // The finger on the chat (bindtouchstart), as WeChat calls it: jsdom's touches do not reach exparser.
  (page.querySelector('#chat')!.instance.onTouch as () => void)();
  scroll.dispatchEvent('scroll', { detail: { scrollTop: 900 } });
  scroll.dispatchEvent('scroll', { detail: { scrollTop: 600 } });
  await simulate.sleep(0);
}

const joinedPage = () => joinedLessonPage(app);

describe('reading the chat back in a class chatting at 40 lines a second', () => {
  it('keeps the line the student reads on the page for as long as they read, then 有新消息 takes them to the newest', async () => {
    const { lesson, page } = await joinedPage();
    const sent = await busyChat(lesson, 2);
    expect(linesOn(page)).toHaveLength(CHAT_WINDOW.lines);
    // Following: the newest line is at the bottom, and at most the window's lines are mounted.
    expect(linesOn(page).at(-1)).toBe(`第${sent}条`);
    await scrollUp(page);
    const reading = linesOn(page).at(-14)!;
    const seen = linesOn(page);
    let always = true;
    const last = await busyChat(lesson, 30, sent, () => (always &&= linesOn(page).includes(reading)));
    // 1,200 lines later, more than the 500 the app holds: the lines read are the same, in place.
    expect(always).toBe(true);
    expect(linesOn(page)).toEqual(seen);
    expect(shows(page, '#chat >>> #unread')).toBe(true);
    page.querySelector('#chat >>> #unread')!.dispatchEvent('tap');
    await pass(lesson, 0);
    expect(linesOn(page).at(-1)).toBe(`第${last}条`);
    expect(shows(page, '#chat >>> #unread')).toBe(false);
    expect(page.instance.data.chatAnchor).toMatch(/^c-m\d+$/);
  }, 60_000);

  it('brings in older lines when the reader reaches the top, keeping the top line where it was', async () => {
    const { lesson, page } = await joinedPage();
    await busyChat(lesson, 3);
    await scrollUp(page);
    const top = linesOn(page)[0];
    page.querySelector('#chat >>> .lines')!.dispatchEvent('scrolltoupper');
    await pass(lesson, 0);
    const lines = linesOn(page);
    expect(lines.indexOf(top)).toBe(CHAT_WINDOW.earlierLines);
    expect(lines.length).toBeLessThanOrEqual(BUDGETS.children);
    expect(page.instance.data.chatAnchor).toMatch(/^c-m\d+$/);
  }, 60_000);

  it('keeps what the student reads while their network drops and the missed chat arrives at once', async () => {
    const { lesson, page } = await joinedPage();
    const sent = await busyChat(lesson, 2);
    await scrollUp(page);
    const seen = linesOn(page);
    lesson.hub.im.setOnline(ME, false);
    const during = await busyChat(lesson, 3, sent);
    lesson.hub.im.setOnline(ME, true);
    await pass(lesson, 0);
    await busyChat(lesson, 2, during);
    expect(linesOn(page)).toEqual(seen);
    expect(shows(page, '#chat >>> #unread')).toBe(true);
  }, 60_000);

  it('shows a student who joins a chatting class the newest lines, then follows line by line', async () => {
    const lesson = aLessonIn(app.core);
    const [red] = [lesson.classmate('s2')];
    for (let n = 1; n <= 80; n += 1) red.chat({ text: `早到的第${n}条` });
    const page = openLessonPage(app.dist);
    await pass(lesson, 1000);
    const sent = await busyChat(lesson, 1);
    expect(linesOn(page).at(-1)).toBe(`第${sent}条`);
    expect(linesOn(page).length).toBeLessThanOrEqual(CHAT_WINDOW.lines);
  }, 60_000);
});

describe('pictures in the chat', () => {
  it("opens the large picture in WeChat's viewer when the student taps one, among the other pictures, and nothing for a text line", async () => {
    const { lesson, page } = await joinedPage();
    lesson.teacher.chat({ imageUrl: 'https://im.example.com/board-1.png' });
    lesson.classmate('s2').chat({ text: '看到了' });
    lesson.classmate('s3').chat({ imageUrl: 'https://im.example.com/homework.png' });
    await pass(lesson, 200);
    const lines = page.querySelectorAll('#chat >>> .line');
    lines[lines.length - 2].dispatchEvent('tap');
    lines[lines.length - 1].dispatchEvent('tap');
    await simulate.sleep(0);
    expect(previews).toEqual([
      {
        current: 'https://im.example.com/homework.png',
        urls: ['https://im.example.com/board-1.png', 'https://im.example.com/homework.png'],
      },
    ]);
  });
});
