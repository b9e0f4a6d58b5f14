/**
 * @jest-environment jsdom
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  aLessonIn,
  builtApp,
  installWx,
  joinedLessonPage,
  ME,
  openLessonPage,
  pass,
  shows,
  simulate,
  text,
  texts,
} from './support/lessonOnPage';
import { removeBuild } from './support/builtApp';

type App = Awaited<ReturnType<typeof builtApp>>;
let app: App;
beforeAll(async () => {
  // simulate renders <page-meta> without its attributes; this stand-in shows the orientation it is given.
  (simulate.load as unknown as (definition: object) => string)({
    id: 'page-meta',
    tagName: 'page-meta',
    template: '<view class="orientation">{{pageOrientation}}</view>',
    properties: { pageOrientation: { type: String, value: 'unset' } },
  });
  app = await builtApp('lesson-page');
}, 60_000);
afterAll(() => removeBuild(app?.dist));

/** The orientation the page asks WeChat for, as the page-meta stand-in shows it. */
function orientation(page: { dom: unknown }): string | undefined {
  return (page.dom as { querySelector(selector: string): { textContent: string } | null }).querySelector('page-meta')?.textContent.trim();
}

const joinedLesson = () => joinedLessonPage(app);

describe('离开 on the lesson page', () => {
  it.each([
    ['goes back to the page that opened the lesson', { pages: 2 }, 'back'],
    ['opened straight from a class link, with no page below, leads to the entry page', { pages: 1 }, 'relaunch:/pages/entry/index'],
    ['leads to the entry page when going back fails', { pages: 3, backFails: true }, 'relaunch:/pages/entry/index'],
  ])('%s', async (_, stack, expected) => {
    const { navigations } = installWx(stack);
    const { page } = await joinedLesson();
    page.querySelector('#leave')!.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(navigations).toEqual([expected]);
  });
});

describe('the lesson page', () => {
  it('has <live-pusher> on the page before the room is entered, so trtc-wx makes its context on a pusher that exists', async () => {
    const { page } = await joinedLesson();
    const instance = page.instance as unknown as { setData(data: object): void };
    instance.setData({ realVideo: true, pusher: {} });
    await simulate.sleep(0);
    expect(page.querySelector('#pusher')).toBeTruthy();
  });

  it('shows the teacher, then the board with the teacher small and tagged 主讲', async () => {
    const { lesson, page } = await joinedLesson();
    expect(text(page, '#stage >>> #no-video')).toBe('老师暂未开启摄像头');
    lesson.teacher.camera(true);
    await pass(lesson, 300);
    expect(text(page, '#stage >>> #teacher-video')).toContain('王老师');
    expect(shows(page, '#stage >>> #board')).toBe(false);
    lesson.teacher.board(true);
    await pass(lesson, 300);
    expect(shows(page, '#stage >>> #board')).toBe(true);
    expect(text(page, '#stage >>> #pip')).toContain('主讲');
    expect(shows(page, '#stage >>> #teacher-video')).toBe(false);
  });

  it('shows my place in the hand queue after I raise my hand', async () => {
    const { lesson, page } = await joinedLesson();
    lesson.classmate('s2').hand(true);
    await pass(lesson, 10);
    expect(text(page, '#controls >>> #hand')).toBe('举手');
    page.querySelector('#controls >>> #hand')!.dispatchEvent('tap');
    await pass(lesson, 300);
    expect(text(page, '#controls >>> #hand')).toBe('已举手，排第 2 位');
  });

  it('shows live device buttons once the teacher grants the stage, and my preview while my camera is on', async () => {
    const { lesson, page } = await joinedLesson();
    expect(shows(page, '#preview')).toBe(false);
    expect(text(page, '#controls >>> #mic')).toBe('麦克风等待老师授权');
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await pass(lesson, 300);
    expect(text(page, '#controls >>> #mic')).toBe('麦克风已开启');
    expect(text(page, '#controls >>> #camera')).toBe('摄像头等待老师授权');
    expect(text(page, '#notice')).toBe('老师邀请你上台发言');
    expect(shows(page, '#preview')).toBe(false);
    page.querySelector('#controls >>> #mic')!.dispatchEvent('tap');
    await pass(lesson, 300);
    expect(text(page, '#controls >>> #mic')).toBe('麦克风已关闭');
    page.querySelector('#controls >>> #camera')!.dispatchEvent('tap');
    await pass(lesson, 300);
    expect(text(page, '#error')).toBe('老师还没有允许你使用这个设备');
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
    await pass(lesson, 300);
    expect(text(page, '#controls >>> #camera')).toBe('摄像头已开启');
    expect(text(page, '#preview')).toContain('我的画面');
    page.querySelector('#controls >>> #camera')!.dispatchEvent('tap');
    await pass(lesson, 300);
    expect(shows(page, '#preview')).toBe(false);
  });

  it('marks the teacher and the classmates on stage while they speak', async () => {
    const { lesson, page } = await joinedLesson();
    lesson.teacher.camera(true).mic(true);
    lesson.teacher.command({ type: 'grant', to: 's2', mic: true, camera: false });
    lesson.classmate('s2').mic(true);
    await pass(lesson, 300);
    expect(text(page, '#stage >>> #teacher-tag')).toBe('主讲王老师');
    expect(shows(page, '#stage >>> #teacher-speaking')).toBe(false);
    expect(shows(page, '#co-hosts >>> #co-host-s2.speaking')).toBe(false);
    lesson.media.reportVolumes([
      { userId: 't1', volume: 50 },
      { userId: 's2', volume: 40 },
    ]);
    await pass(lesson, 300);
    expect(shows(page, '#stage >>> #teacher-speaking')).toBe(true);
    expect(shows(page, '#co-hosts >>> #co-host-s2.speaking')).toBe(true);
    lesson.media.reportVolumes([
      { userId: 't1', volume: 50 },
      { userId: 's2', volume: 2 },
    ]);
    await pass(lesson, 300);
    expect(shows(page, '#co-hosts >>> #co-host-s2.speaking')).toBe(false);
    expect(shows(page, '#stage >>> #teacher-speaking')).toBe(true);
  });

  it("puts the lesson's title in the navigation bar while in the lesson, and 课堂 once it is over", async () => {
    const { titles } = installWx();
    const { lesson } = await joinedLesson();
    expect(titles[titles.length - 1]).toBe('函数的单调性');
    // A drop in the middle keeps the lesson on screen, and its title with it.
    lesson.hub.im.setOnline(ME, false);
    await pass(lesson, 300);
    lesson.hub.im.setOnline(ME, true);
    await pass(lesson, 1000);
    expect(titles[titles.length - 1]).toBe('函数的单调性');
    lesson.teacher.command({ type: 'endClass' });
    await pass(lesson, 300);
    expect(titles[titles.length - 1]).toBe('课堂');
  });

  it('keeps a message written while offline as sending, and sends it when the connection is back', async () => {
    const { lesson, page } = await joinedLesson();
    lesson.hub.im.setOnline(ME, false);
    await pass(lesson, 300);
    expect(text(page, '#reconnecting')).toBe('正在重连…');
    const chat = page.querySelector('#chat')!;
    chat.querySelector('#chat-input')!.dispatchEvent('input', { detail: { value: '老师，我没听懂' } });
    await pass(lesson);
    chat.querySelector('#send')!.dispatchEvent('tap');
    await pass(lesson, 300);
    expect(text(page, '#chat >>> .line.sending .state')).toBe('发送中');
    expect(text(page, '#chat >>> .line.sending .text')).toBe('老师，我没听懂');

    lesson.hub.im.setOnline(ME, true);
    await pass(lesson, 300);
    expect(shows(page, '#reconnecting')).toBe(false);
    expect(shows(page, '#chat >>> .line.sending')).toBe(false);
    expect(text(page, '#chat >>> .line.mine.sent')).toBe('我：老师，我没听懂');
  });

  it('marks a message the network lost on the way as failed, and sends it again on tap', async () => {
    const { lesson, page } = await joinedLesson();
    lesson.hub.callDelayMs = 200;
    const chat = page.querySelector('#chat')!;
    chat.querySelector('#chat-input')!.dispatchEvent('input', { detail: { value: '老师，我没听懂' } });
    chat.querySelector('#send')!.dispatchEvent('tap');
    await pass(lesson, 100);
    lesson.hub.im.setOnline(ME, false);
    await pass(lesson, 300);
    expect(text(page, '#chat >>> .line.failed .state')).toBe('发送失败，点击重试');
    lesson.hub.im.setOnline(ME, true);
    await pass(lesson, 1000);
    expect(shows(page, '#reconnecting')).toBe(false);
    page.querySelector('#chat >>> .line.failed')!.dispatchEvent('tap');
    await pass(lesson, 500);
    expect(shows(page, '#chat >>> .line.failed')).toBe(false);
    expect(text(page, '#chat >>> .line.mine.sent')).toBe('我：老师，我没听懂');
  });

  it('counts who is online and shows the network level the media room reports', async () => {
    const { lesson, page } = await joinedLesson();
    expect(text(page, '#members')).toBe('2 人在线');
    await pass(lesson, 2000);
    expect(text(page, '#network.good')).toBe('网络良好');
    lesson.classmate('s2');
    lesson.hub.rtc.setQuality(ME, 'poor');
    await pass(lesson, 300);
    expect(text(page, '#members')).toBe('3 人在线');
    expect(text(page, '#network.poor')).toBe('网络较差');
    lesson.hub.rtc.setQuality(ME, 'fair');
    await pass(lesson, 300);
    expect(text(page, '#network.fair')).toBe('网络一般');
  });

  it('stays portrait when the phone turns: only full screen turns the page, through <page-meta page-orientation>', () => {
    const config = JSON.parse(fs.readFileSync(path.join(app.dist, 'lesson/index.json'), 'utf8')) as { pageOrientation?: string };
    expect(config.pageOrientation ?? 'portrait').toBe('portrait');
    expect(fs.readFileSync(path.join(app.dist, 'lesson/index.wxml'), 'utf8')).toMatch(/^(<!--[^]*?-->\s*)?<page-meta /);
  });

  it('goes full screen from the stage button, keeps the teacher picture, and chat can still be sent', async () => {
    const { lesson, page } = await joinedLesson();
    lesson.teacher.camera(true).board(true);
    await pass(lesson, 300);
    expect(orientation(page)).toBe('portrait');
    page.querySelector('#stage >>> .full-button')!.dispatchEvent('tap');
    await pass(lesson, 300);
    expect(orientation(page)).toBe('landscape');
    expect(shows(page, '.lesson.fullscreen')).toBe(true);
    expect(shows(page, '#stage >>> .stage.full')).toBe(true);
    expect(shows(page, '#stage >>> #pip')).toBe(true);
    expect(shows(page, '#chat >>> .chat.floating')).toBe(true);
    const chat = page.querySelector('#chat')!;
    chat.querySelector('#chat-input')!.dispatchEvent('input', { detail: { value: '全屏也能发' } });
    await pass(lesson);
    chat.querySelector('#send')!.dispatchEvent('tap');
    await pass(lesson, 300);
    expect(texts(page, '#chat >>> .line.mine.sent .text')).toEqual(['全屏也能发']);
    page.querySelector('#stage >>> .full-button')!.dispatchEvent('tap');
    await pass(lesson, 300);
    expect(shows(page, '.lesson.fullscreen')).toBe(false);
    expect(orientation(page)).toBe('portrait');
  });

  it('sends a picture from the album with its upload progress', async () => {
    const { lesson, page } = await joinedLesson();
    const wx = (global as unknown as { wx: Record<string, unknown> }).wx;
    wx.chooseMedia = ({ success }: { success: (result: object) => void }) =>
      success({ tempFiles: [{ tempFilePath: 'wxfile://tmp/homework.png', size: 2048, fileType: 'image' }] });
    // Each upload step takes 300 ms here; the page shows chat at most every 200 ms.
    lesson.hub.callDelayMs = 300;
    page.querySelector('#chat >>> #pick-image')!.dispatchEvent('tap');
    await pass(lesson, 550);
    expect(text(page, '#chat >>> .line.mine .state')).toBe('上传中 50%');
    await pass(lesson, 400);
    expect(shows(page, '#chat >>> .line.mine.sent .picture')).toBe(true);
  });

  it('shows muted chat in the input and refuses to send with a reason', async () => {
    const { lesson, page } = await joinedLesson();
    lesson.teacher.command({ type: 'muteChat', on: true });
    await pass(lesson, 300);
    expect(page.instance.data.chatPlaceholder).toBe('全员禁言中');
    expect(text(page, '#notice')).toBe('老师开启了全员禁言');
    const chat = page.querySelector('#chat')!;
    chat.querySelector('#chat-input')!.dispatchEvent('input', { detail: { value: '我想问' } });
    await pass(lesson);
    chat.querySelector('#send')!.dispatchEvent('tap');
    await pass(lesson, 300);
    expect(text(page, '#error')).toBe('老师已开启全员禁言');
    expect(texts(page, '#chat >>> .line.mine')).toEqual([]);
    expect(chat.instance.data.draft).toBe('我想问');
  });

  it('after a long drop, says what changed while I was away, until I tap the card', async () => {
    const { lesson, page } = await joinedLesson();
    lesson.teacher.camera(true);
    await pass(lesson, 300);
    lesson.hub.im.setOnline(ME, false);
    lesson.teacher.command({ type: 'muteChat', on: true });
    lesson.teacher.board(true);
    await pass(lesson, 12_000);
    lesson.hub.im.setOnline(ME, true);
    await pass(lesson, 300);
    expect(text(page, '#recap')).toBe('你离开期间：老师开启了全员禁言；老师打开了白板（点击关闭）');
    page.querySelector('#recap')!.dispatchEvent('tap');
    await pass(lesson, 300);
    expect(shows(page, '#recap')).toBe(false);
  });

  it("offers the data saver's three modes, and marks a step-down the app made by itself", async () => {
    const { lesson, page } = await joinedLesson();
    expect(texts(page, '.saver-mode')).toEqual(['标准', '只看老师', '仅音频']);
    expect(shows(page, '#saver-off.active')).toBe(true);
    page.querySelector('#saver-teacher-only')!.dispatchEvent('tap');
    await pass(lesson, 300);
    expect(shows(page, '#saver-teacher-only.active')).toBe(true);
    lesson.hub.rtc.setQuality(ME, 'poor');
    await pass(lesson, 10_000);
    expect(shows(page, '#saver-audio-only.active')).toBe(true);
    expect(text(page, '#saver-auto')).toBe('网络较差，已自动省流');
  });

  it('shows the class-ended screen when the teacher ends the class', async () => {
    const { lesson, page } = await joinedLesson();
    lesson.teacher.command({ type: 'endClass' });
    await pass(lesson, 300);
    expect(text(page, '#over >>> #over-title')).toBe('课堂已结束');
    expect(shows(page, '#chat')).toBe(false);
  });

  it('shows why I left when the teacher removes me', async () => {
    const { lesson, page } = await joinedLesson();
    lesson.teacher.command({ type: 'kick', to: ME });
    await pass(lesson, 300);
    expect(text(page, '#over >>> #over-title')).toBe('你已被移出课堂');
  });

  it('says there is no lesson when opened directly, instead of a blank page', async () => {
    app.core.closeLesson();
    const page = openLessonPage(app.dist);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(text(page, '#no-lesson')).toBe('没有正在进行的课堂，请返回首页进入');
  });

  it('says so when the class code is unknown, instead of a blank page', async () => {
    const lesson = aLessonIn(app.core);
    app.core.openLesson({ classId: 'no-such-class', useCases: lesson.store.useCases, clock: lesson.clock, realVideo: false });
    const page = openLessonPage(app.dist);
    await pass(lesson, 1000);
    expect(text(page, '#over >>> #over-text')).toBe('没有找到这节课，请检查课堂码');
  });
});
