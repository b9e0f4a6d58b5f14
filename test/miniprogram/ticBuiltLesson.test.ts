/**
 * @jest-environment jsdom
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { InMemorySchoolServer } from '../../server/infrastructure/memory/InMemorySchoolServer';
import { directoryOf } from '../../server/infrastructure/memory/classEntryOf';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { StandInPhone } from '../infrastructure/tencent/support/StandInPhone';
import { schoolStateRoutes, standInRequest } from '../infrastructure/tencent/support/standInRequest';
import { StandInTic } from '../infrastructure/tic/support/StandInTic';
import { StandInWebrtcRoom } from '../infrastructure/tic/support/StandInWebrtcRoom';
import { SDK_APP_ID, TicCloud } from '../infrastructure/tic/support/TicCloud';
import { TIC_CLASS } from '../infrastructure/tic/support/ticLesson';
import { REPO } from './support/builtApp';
import { RenderedComponent, simulate, text } from './support/lessonOnPage';
import { sourceTree, StandInTicHost } from './support/ticSourceTree';

type Core = typeof import('../../miniprogram/core');

/**
 * The TIC swap end to end: the app built with `family: "tic"` from a tree where the deployer copied
 * TIC's components in (stand-ins at TIC's paths, served by the test's TIC cloud), the lesson page
 * rendered from the built WXML with its built components, and a lesson played through it. The
 * built app runs on real time (SystemClock), so the test waits for what the student sees.
 */
const ROOT = path.join(REPO, '.cache', 'miniprogram-test', `tic-built-${process.pid}`);
const CONFIG = { family: 'tic', sdkAppId: SDK_APP_ID, backendUrl: 'https://school.example/api' };

// Real time on two shared cores: give a wait room before calling it lost (no test asserts a duration).
jest.setTimeout(60_000);

let dist: string;
let core: Core;
let cloud: TicCloud;
let room: StandInWebrtcRoom | undefined;
let requests: string[];
let server: InMemorySchoolServer;

beforeAll(() => {
  const tree = sourceTree(ROOT, 'tic', { tic: true });
  fs.writeFileSync(path.join(ROOT, 'tic.json'), JSON.stringify(CONFIG));
  dist = path.join(ROOT, 'dist');
  execFileSync(process.execPath, [path.join(tree, 'scripts', 'build.js'), dist, '--config', path.join(ROOT, 'tic.json')], {
    stdio: 'pipe',
  });
}, 120_000);

afterAll(() => fs.rmSync(ROOT, { recursive: true, force: true }));

beforeEach(() => {
  cloud = new TicCloud();
  cloud.createClassroom(TIC_CLASS.trtcRoomId, ['t1', 'a1']);
  room = undefined;
  server = new InMemorySchoolServer({
    directory: directoryOf([{ ...TIC_CLASS, roomId: String(TIC_CLASS.trtcRoomId) }]),
    clock: { now: () => Date.now(), delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
    deliver: ({ senderId, data }) => cloud.sendGroupCustom(senderId, data),
  });
  const school = standInRequest(
    {
      '/api/classes/math-101': { statusCode: 200, data: TIC_CLASS },
      '/api/classes/math-101/credentials': {
        statusCode: 200,
        data: { sdkAppId: SDK_APP_ID, userId: 's1', userName: '小明', userSig: 'sig-s1', expiresAt: Date.now() + 86_400_000 },
      },
      '/api/classes/math-101/room-key': { statusCode: 200, data: { userId: 's1', privateMapKey: `pmk-${TIC_CLASS.trtcRoomId}-s1` } },
    },
    schoolStateRoutes(server),
  );
  requests = [];
  const request: typeof school.request = (options) => {
    requests.push(new URL(options.url).pathname);
    school.request(options);
  };
  const host: StandInTicHost = {
    webrtcRoom: (component) =>
      (room = new StandInWebrtcRoom(
        cloud,
        () => component.data,
        (name, detail) => component.triggerEvent(name, detail),
      )),
    ticComponent: () => new StandInTic(cloud),
  };
  Object.assign(globalThis, {
    standInTic: host,
    wx: Object.assign(new StandInPhone(), {
      request,
      getStorageSync: (key: string) => (key === 'sessionToken' ? 'session-s1' : ''),
      nextTick: (run: () => void) => void Promise.resolve().then(run),
      navigateTo: () => undefined,
      redirectTo: () => undefined,
      navigateBack: () => undefined,
      setNavigationBarTitle: () => undefined,
      showToast: () => undefined,
    }),
  });
  core = require(path.join(dist, 'lib', 'core.js')) as Core;
});

afterEach(() => core.closeLesson());

let pageId: string | undefined;

/** The student opens the class by its code: WeChat loads the lesson page with it (onLoad, onShow), which opens the class. */
function openTheClass(): RenderedComponent {
  pageId ??= simulate.load(path.join(dist, 'lesson', 'index'), { rootPath: dist });
  const page = simulate.render(pageId);
  page.attach((globalThis as unknown as { document: { createElement(tag: string): never } }).document.createElement('parent-wrapper'));
  (page.instance.onLoad as (query: Record<string, string>) => void)({ classId: TIC_CLASS.classId });
  (page.instance.onShow as () => void)();
  return page;
}

/** Waits (real time: the built app runs on SystemClock) until the student sees what `check` looks for. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; waited < 20_000; waited += 20) {
    if (check()) return;
    await simulate.sleep(20);
  }
  throw new Error(`the student never saw ${what}`);
}

/** <webrtc-room>'s properties as WeChat set them from the page's WXML. */
function roomProperties(page: RenderedComponent): Record<string, unknown> {
  return (page.querySelector('#webrtcroom')!.instance as unknown as { data: Record<string, unknown> }).data;
}

/** The teacher's client sends it to the school server, which numbers it and publishes it into the classroom group. */
function command(from: string, teacherCommand: TeacherCommand): void {
  void server.command(TIC_CLASS.classId, from, teacherCommand);
}

describe('a lesson through the app built for TIC, on the rendered lesson page', () => {
  it('enters webrtc-room through the attributes the page bound, with the room key from the school server', async () => {
    const page = openTheClass();
    await until(() => !!room?.entered, 'the media room entered');
    // The class state is read once the classroom group is joined, which may come before or after the room key.
    const state = '/api/classes/math-101/state';
    await until(() => requests.includes(state), 'the class state read');
    expect(requests.filter((path) => path !== state)).toEqual([
      '/api/classes/math-101',
      '/api/classes/math-101/credentials',
      '/api/classes/math-101/room-key',
    ]);
    expect(roomProperties(page)).toMatchObject({
      roomID: TIC_CLASS.trtcRoomId,
      userID: 's1',
      userSig: 'sig-s1',
      sdkAppID: SDK_APP_ID,
      privateMapKey: 'pmk-2001-s1',
      template: '1v1bigsmall',
      enableIM: false,
      muted: true,
      enableCamera: false,
    });
    // The page's own <live-pusher> stays off: webrtc-room draws the video.
    expect(page.instance.data.realVideo).toBe(false);
    expect(page.querySelector('#pusher')).toBeFalsy();
    await until(() => text(page, '#waiting') !== null, 'the waiting banner');
  });

  it('plays the teacher, the chat and a grant through the page, and webrtc-room unmutes when granted', async () => {
    const page = openTheClass();
    await until(() => !!room?.entered, 'the media room entered');
    cloud.push('t1');
    cloud.sendGroupText('t1', '同学们好');
    await until(() => (text(page, '#chat') ?? '').includes('同学们好'), "the teacher's message");
    expect(page.instance.data.main).toBe('teacher');
    command('t1', { type: 'grant', to: 's1', mic: true, camera: false });
    await until(() => roomProperties(page).muted === false, 'webrtc-room unmuted');
    expect(page.instance.data).toMatchObject({ onStage: true, mic: 'on' });
    expect(roomProperties(page).enableCamera).toBe(false);
  });

  it('catches up with a lesson that started before the student came: the teacher already on camera', async () => {
    cloud.push('t1');
    const page = openTheClass();
    await until(() => page.instance.data.main === 'teacher', 'the teacher');
    expect(page.instance.data.screen).toBe('lesson');
  });

  it('shows reconnecting while the network is gone, and the lesson again when webrtc-room is back in', async () => {
    const page = openTheClass();
    await until(() => !!room?.entered, 'the media room entered');
    cloud.push('t1');
    room!.network(false);
    await until(() => text(page, '#reconnecting') !== null, 'the reconnecting banner');
    room!.network(true);
    await until(() => text(page, '#reconnecting') === null, 'the lesson again');
    expect(page.instance.data.main).toBe('teacher');
  });
});
