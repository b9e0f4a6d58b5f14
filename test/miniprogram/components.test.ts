/**
 * @jest-environment jsdom
 */
import { builtApp, installWx, render, shows, simulate, text, texts } from './support/lessonOnPage';
import { removeBuild } from './support/builtApp';

type App = Awaited<ReturnType<typeof builtApp>>;
let app: App;
let navigations: string[];
beforeAll(async () => {
  app = await builtApp('components');
  navigations = installWx().navigations;
}, 60_000);
afterAll(() => removeBuild(app?.dist));

function events(component: ReturnType<typeof render>, name: string): unknown[] {
  const received: unknown[] = [];
  component.addEventListener(name, (event) => received.push(event.detail));
  return received;
}

describe('components', () => {
  it('main-stage: board with the teacher tagged 主讲, their name tag on their camera, a voice mark while they speak, avatar for audio only, and a double tap asks for full screen', async () => {
    const stage = render(app.dist, 'lesson/components/main-stage/index', { main: 'board', teacherPip: true, teacherName: '王老师' });
    const fullscreen = events(stage, 'fullscreen');
    expect(text(stage, '#pip')).toBe('主讲王老师');
    // j-component stamps taps with the wall clock, so the handler is given the event times directly.
    const tapStage = (timeStamp: number) =>
      (stage.instance.onStageTap as (event: object) => void)({ timeStamp, detail: {}, currentTarget: { dataset: {} } });
    tapStage(1000);
    tapStage(2000);
    await simulate.sleep(0);
    expect(fullscreen).toHaveLength(0);
    tapStage(2200);
    await simulate.sleep(0);
    expect(fullscreen).toHaveLength(1);
    expect(shows(stage, '#pip-speaking')).toBe(false);
    stage.setData({ teacherSpeaking: true });
    expect(shows(stage, '#pip.speaking #pip-speaking')).toBe(true);
    stage.setData({ main: 'teacher', teacherPip: false, teacherSpeaking: false });
    expect(text(stage, '#teacher-tag')).toBe('主讲王老师');
    expect(shows(stage, '#teacher-speaking')).toBe(false);
    stage.setData({ teacherSpeaking: true });
    expect(shows(stage, '#teacher-tag.speaking #teacher-speaking')).toBe(true);
    stage.setData({ main: 'teacher-avatar', teacherPip: false });
    expect(text(stage, '#teacher-avatar')).toBe('王老师正在语音讲课');
    expect(shows(stage, '#pip')).toBe(false);
  });

  it('co-host-strip: a video tile, an avatar when only audio is on, a ring when speaking', () => {
    const strip = render(app.dist, 'lesson/components/co-host-strip/index', {
      coHosts: [
        { id: 's2', name: '小红', video: true, audio: true, speaking: true },
        { id: 's3', name: '小刚', video: false, audio: true, speaking: false },
      ],
    });
    expect(text(strip, '#co-host-s2')).toBe('视频小红');
    expect(text(strip, '#co-host-s3')).toBe('语音小刚');
    expect(shows(strip, '#co-host-s2.speaking')).toBe(true);
    expect(shows(strip, '#co-host-s3.speaking')).toBe(false);
  });

  it('control-bar: device states in words, the hand while off stage, the tap reported', async () => {
    const bar = render(app.dist, 'lesson/components/control-bar/index', {
      mic: 'on',
      camera: 'not-allowed',
      micName: '麦克风',
      cameraName: '摄像头',
      micText: '已开启',
      cameraText: '等待老师授权',
      handText: '举手',
    });
    const hands = events(bar, 'hand');
    expect(texts(bar, '.button')).toEqual(['麦克风已开启', '摄像头等待老师授权', '举手']);
    bar.querySelector('#hand')!.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(hands).toHaveLength(1);
    bar.setData({ onStage: true, camera: 'on' });
    expect(shows(bar, '#hand')).toBe(false);
    expect(shows(bar, '#switch-camera')).toBe(true);
  });

  it('chat-panel: a failed line asks for a retry with its id', async () => {
    const panel = render(app.dist, 'lesson/components/chat-panel/index', {
      lines: [
        { id: 'm1', who: '王老师', mine: false, text: '大家好', image: '', state: '', stateText: '' },
        { id: 'local-1', who: '我', mine: true, text: '收到', image: '', state: 'failed', stateText: '发送失败，点击重试' },
      ],
      muted: true,
      placeholder: '全员禁言中',
    });
    const retries = events(panel, 'retry');
    expect(texts(panel, '.line')).toEqual(['王老师：大家好', '我：收到发送失败，点击重试']);
    panel.querySelector('.line.failed')!.dispatchEvent('tap');
    panel.querySelector('.line')!.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(retries).toEqual([{ id: 'local-1' }]);
  });

  it('chat-panel: draws its ring of slots oldest first, and says when the student reads back, reaches the top, or comes back down', async () => {
    const line = (id: string) => ({ id, who: '小红', text: id });
    // Slots as ChatRing leaves them after two lines moved on: m3 and m4 took the oldest slots.
    const panel = render(app.dist, 'lesson/components/chat-panel/index', {
      lines: [line('m3'), line('m4'), line('m0'), line('m1'), line('m2')],
      head: 2,
      anchor: 'c-m4',
    });
    const own: unknown[] = [];
    const setData = panel.instance.setData.bind(panel.instance);
    panel.instance.setData = (data: Record<string, unknown>) => {
      own.push(data);
      setData(data);
    };
    const said = { readback: events(panel, 'readback'), earlier: events(panel, 'earlier'), follow: events(panel, 'follow') };
    expect(texts(panel, '.line')).toEqual(['小红：m0', '小红：m1', '小红：m2', '小红：m3', '小红：m4']);
    const scroll = panel.querySelector('.lines')!;
    // At the top while following is not reading back: nothing to bring in. Nor is content
    // moving up under a still finger-free chat (a taller line left the top).
    scroll.dispatchEvent('scrolltoupper');
    scroll.dispatchEvent('scroll', { detail: { scrollTop: 300 } });
    scroll.dispatchEvent('scroll', { detail: { scrollTop: 200 } });
    await simulate.sleep(0);
    expect(said.readback).toHaveLength(0);
    // The finger on the chat (bindtouchstart), as WeChat calls it: jsdom's touches do not reach exparser.
    (panel.instance.onTouch as () => void)();
    scroll.dispatchEvent('scroll', { detail: { scrollTop: 300 } });
    scroll.dispatchEvent('scroll', { detail: { scrollTop: 100 } });
    scroll.dispatchEvent('scroll', { detail: { scrollTop: 50 } });
    scroll.dispatchEvent('scrolltoupper');
    await simulate.sleep(0);
    expect([said.readback.length, said.earlier.length, said.follow.length]).toEqual([1, 1, 0]);
    panel.setData({ unread: true });
    panel.querySelector('#unread')!.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(said.follow).toHaveLength(1);
    // Lines arriving are the page's data: the panel writes nothing of its own for them.
    panel.setData({ lines: [line('m3'), line('m4'), line('m5'), line('m1'), line('m2')], head: 3, anchor: 'c-m5' });
    await simulate.sleep(0);
    expect(own).toEqual([
      { unread: true },
      { lines: [line('m3'), line('m4'), line('m5'), line('m1'), line('m2')], head: 3, anchor: 'c-m5' },
    ]);
    expect(texts(panel, '.line')).toEqual(['小红：m1', '小红：m2', '小红：m3', '小红：m4', '小红：m5']);
  });

  it('chat-panel: a picture line shows its picture, and a tap on it asks for the large one', async () => {
    const panel = render(app.dist, 'lesson/components/chat-panel/index', {
      lines: [{ id: 'm1', who: '小红', image: 'https://im.example/p1-198.jpg' }],
    });
    const previews = events(panel, 'preview');
    expect(shows(panel, '.line .picture')).toBe(true);
    panel.querySelector('.line')!.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(previews).toEqual([{ id: 'm1' }]);
  });

  it('chat-panel: earlier chat sits above a 以上为历史消息 divider', async () => {
    const panel = render(app.dist, 'lesson/components/chat-panel/index', {
      lines: [
        { id: 'm1', who: '小红', text: 'm1', earlier: true },
        { id: 'm2', who: '小红', text: 'm2', earlier: true, divider: '以上为历史消息' },
        { id: 'm3', who: '小红', text: 'm3' },
      ],
    });
    await simulate.sleep(0);
    expect(texts(panel, '.line, .history-divider')).toEqual(['小红：m1', '小红：m2', '以上为历史消息', '小红：m3']);
  });

  it('entry page: a class code opens the lesson page at that class once, however often it is tapped, and again after coming back', async () => {
    const entry = render(app.dist, 'pages/entry/index');
    entry.querySelector('.code')!.dispatchEvent('input', { detail: { value: ' math 101 ' } });
    await simulate.sleep(0);
    entry.querySelector('.enter')!.dispatchEvent('tap');
    entry.querySelector('.enter')!.dispatchEvent('tap');
    await simulate.sleep(0);
    // The lesson subpackage's page opens the class itself (ADR 0007): the entry only goes there.
    expect(navigations).toEqual(['/lesson/index?classId=math%20101']);
    expect(app.core.currentLesson()).toBeUndefined();
    (entry.instance.onHide as () => void)();
    (entry.instance.onShow as () => void)();
    entry.querySelector('.enter')!.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(navigations).toEqual(['/lesson/index?classId=math%20101', '/lesson/index?classId=math%20101']);
    navigations.length = 0;
  });

  it('entry page: a lesson that fails to download says so, and the next tap tries again', async () => {
    const wx = (global as unknown as { wx: { navigateTo: (options: { url: string; fail?: () => void }) => void } }).wx;
    const navigate = wx.navigateTo;
    wx.navigateTo = (options) => {
      navigations.push(`failed:${options.url}`);
      options.fail?.();
    };
    try {
      const entry = render(app.dist, 'pages/entry/index');
      entry.querySelector('.code')!.dispatchEvent('input', { detail: { value: 'math-101' } });
      await simulate.sleep(0);
      entry.querySelector('.enter')!.dispatchEvent('tap');
      await simulate.sleep(0);
      expect(text(entry, '.error')).toBe('网络不佳，课堂没有打开，请重试');
      entry.querySelector('.enter')!.dispatchEvent('tap');
      await simulate.sleep(0);
      expect(navigations).toEqual(['failed:/lesson/index?classId=math-101', 'failed:/lesson/index?classId=math-101']);
    } finally {
      wx.navigateTo = navigate;
      navigations.length = 0;
    }
  });

  it('entry page: launched from a class link, it goes to the class once, though the page shows while the lesson downloads', async () => {
    const entry = render(app.dist, 'pages/entry/index');
    (entry.instance.onLoad as (query: Record<string, string>) => void)({ classId: 'math-101' });
    (entry.instance.onShow as () => void)();
    entry.querySelector('.enter')!.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(navigations).toEqual(['/lesson/index?classId=math-101']);
    // Back from the lesson: the student may enter again.
    (entry.instance.onHide as () => void)();
    (entry.instance.onShow as () => void)();
    entry.querySelector('.enter')!.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(navigations).toEqual(['/lesson/index?classId=math-101', '/lesson/index?classId=math-101']);
    navigations.length = 0;
  });

  it('entry page: asks for a class code, and opens the demo lesson on the lesson page', async () => {
    const entry = render(app.dist, 'pages/entry/index');
    entry.querySelector('.enter')!.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(text(entry, '.error')).toBe('请输入课堂码');
    expect(text(entry, '.demo-tag')).toBe('演示课堂');
    entry.querySelector('.demo-enter')!.dispatchEvent('tap');
    await simulate.sleep(0);
    // The demo is a subpackage: its page opens the lesson, then gives way to the lesson page.
    expect(navigations).toEqual(['/demo/index']);
    expect(app.core.currentLesson()).toBeUndefined();
    const demo = render(app.dist, 'demo/index');
    (demo.instance.onLoad as () => void)();
    // It opens the lesson page once lessons/demo.json lets its student in, 10 ms into the lesson.
    expect(navigations).toEqual(['/demo/index']);
    await app.core.currentLesson()!.runtime.script!.jumpTo(10);
    expect(navigations).toEqual(['/demo/index', 'redirect:/lesson/index?classId=demo']);
    expect(app.core.currentLesson()?.runtime.classId).toBe('demo');
    app.core.closeLesson();
  });

  it("entry page: the device check reads WeChat's permissions, asks for the microphone, and plays a recording back", async () => {
    const authSetting: Record<string, boolean> = { 'scope.camera': false };
    const recorded: { duration: number }[] = [];
    let stopped: ((result: { tempFilePath: string }) => void) | undefined;
    const phone = (global as unknown as { wx: Record<string, unknown> }).wx;
    Object.assign(phone, {
      getSetting: (options: { success(result: unknown): void }) => options.success({ authSetting: { ...authSetting } }),
      authorize: (options: { scope: string; success(): void }) => ((authSetting[options.scope] = true), options.success()),
      openSetting: (options: { success(result: unknown): void }) => options.success({ authSetting }),
      getRecorderManager: () => ({
        start: (options: { duration: number }) => recorded.push(options),
        stop: () => undefined,
        onStop: (listener: typeof stopped) => (stopped = listener),
        onError: () => undefined,
      }),
      createInnerAudioContext: () => {
        const player = {
          src: '',
          ended: () => undefined as void,
          play: () => void Promise.resolve().then(() => player.ended()),
          destroy: () => undefined,
          onEnded: (listener: () => void) => (player.ended = listener),
          onError: () => undefined,
        };
        return player;
      },
    });
    const entry = render(app.dist, 'pages/entry/index');
    (entry.instance.onLoad as () => void)();
    (entry.instance.onShow as () => void)();
    await simulate.sleep(10);
    expect(texts(entry, '.device-row')).toEqual(['摄像头已拒绝去设置开启', '麦克风尚未授权允许使用']);
    expect(shows(entry, '#refused-hint')).toBe(true);
    entry.querySelector('#device-action-mic')!.dispatchEvent('tap');
    await simulate.sleep(10);
    expect(text(entry, '#device-mic')).toBe('麦克风已允许测试');
    entry.querySelector('#device-action-mic')!.dispatchEvent('tap');
    await simulate.sleep(10);
    expect(text(entry, '#mic-test')).toBe('请说几句话，稍后会回放给你听…');
    expect(recorded).toEqual([expect.objectContaining({ duration: 3000 })]);
    stopped!({ tempFilePath: 'wxfile://tmp/voice.aac' });
    await simulate.sleep(10);
    expect(text(entry, '#mic-test')).toBe('回放结束：如果听到了自己的声音，麦克风正常');
    for (const name of ['getSetting', 'authorize', 'openSetting', 'getRecorderManager', 'createInnerAudioContext']) delete phone[name];
  });

  it('lesson-over: says why and offers the way back', () => {
    const over = render(app.dist, 'lesson/components/lesson-over/index', { title: '课堂已结束', text: '本节课已经结束，感谢你的参与' });
    expect(text(over, '.over')).toBe('课堂已结束本节课已经结束，感谢你的参与返回首页');
  });
});
