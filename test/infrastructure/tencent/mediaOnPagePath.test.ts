import { MemoryLogger } from '../../../infrastructure/shared/MemoryLogger';
import { ManualClock, settle } from '../../../infrastructure/local/ManualClock';
import { MediaAttributes } from '../../../infrastructure/trtc-wx/mediaAttributes';
import { MediaPage, TrtcRenderBinding } from '../../../infrastructure/trtc-wx/TrtcRenderBinding';
import { TrtcWxMediaRoom } from '../../../infrastructure/trtc-wx/TrtcWxMediaRoom';
import { trtcFactory } from '../../../infrastructure/trtc-wx/trtcFactory';
import { CoalescedPageData, FLUSH_INTERVAL_MS } from '../../../miniprogram/viewmodels/CoalescedPageData';
import { PageValue } from '../../../miniprogram/viewmodels/pathUpdates';
import { installStandInWx } from './support/standInWx';
import { audio, entered, userJoined, video } from './support/trtcCodes';

const TICKET = { sdkAppId: 1400000001, roomId: '1001', userId: 's1', userSig: 'sig-s1' };

/**
 * A page whose only writer is the lesson page's data path (CoalescedPageData), as on the phone.
 * WeChat applies a setData later, in the render layer: here a call stays unapplied, its callback
 * unrun, until the test applies it.
 */
class PathPage implements MediaPage {
  readonly calls: { at: number; data: Record<string, unknown> }[] = [];
  private unapplied: (() => void)[] = [];
  private media: MediaAttributes = { pusher: {}, players: [] };
  readonly path: CoalescedPageData;

  constructor(private readonly clock: ManualClock) {
    this.path = new CoalescedPageData(
      this,
      () => ({ pusher: this.media.pusher as PageValue, players: this.media.players as PageValue }),
      clock,
    );
  }

  showMedia(attributes: MediaAttributes): Promise<void> {
    this.media = attributes;
    return this.path.publish();
  }

  setData(data: Record<string, unknown>, applied?: () => void): void {
    this.calls.push({ at: this.clock.now(), data });
    if (applied) this.unapplied.push(applied);
  }

  apply(): void {
    const applied = this.unapplied;
    this.unapplied = [];
    for (const done of applied) done();
  }

  sent(key: string): boolean {
    return this.calls.some((call) => Object.keys(call.data).some((sent) => sent === key || sent.startsWith(`${key}.`)));
  }
}

function aRoomOnThePath() {
  const wx = installStandInWx();
  const clock = new ManualClock();
  const page = new PathPage(clock);
  const binding = new TrtcRenderBinding();
  binding.attach(page);
  page.path.show();
  const room = new TrtcWxMediaRoom(trtcFactory({ env: 'test' }), binding, clock, new MemoryLogger());
  return { wx, clock, page, binding, room };
}

describe('the media room on the lesson page’s one data path', () => {
  let lesson: ReturnType<typeof aRoomOnThePath>;
  beforeEach(async () => {
    lesson = aRoomOnThePath();
    // The page has shown (its first call went out) some time before the student enters the room.
    lesson.page.apply();
    await lesson.clock.advance(1000);
  });
  afterEach(() => lesson.wx.uninstall());

  it('starts the pusher only once the setData that carried its url was applied', async () => {
    const entering = lesson.room.enter(TICKET);
    await settle();
    expect(String(lesson.page.calls.at(-1)?.data['pusher.url'] ?? '')).toMatch(/^room:\/\/cloud\.tencent\.com\/rtc\?/);
    expect(lesson.wx.pusher.started).toBe(0);
    lesson.page.apply();
    await settle();
    expect(lesson.wx.pusher.started).toBe(1);
    lesson.binding.pusherEventHandler(entered());
    await expect(entering).resolves.toBeUndefined();
  });

  it('sends the players of a busy second in at most one call per 100 ms, the last state included', async () => {
    const entering = lesson.room.enter(TICKET);
    await settle();
    lesson.page.apply();
    await settle();
    lesson.binding.pusherEventHandler(entered());
    await entering;
    const start = lesson.clock.now();
    const users = Array.from({ length: 30 }, (_, index) => `s${index + 2}`);
    for (const user of users) {
      for (const code of [userJoined(user), video(user, true), audio(user, true)]) lesson.binding.pusherEventHandler(code);
      lesson.room.play(users.slice(0, users.indexOf(user) + 1).map((userId) => ({ userId, source: 'camera', video: true, audio: true })));
      await lesson.clock.advance(10);
      lesson.page.apply();
    }
    await lesson.clock.advance(FLUSH_INTERVAL_MS);
    const busy = lesson.page.calls.filter((call) => call.at >= start);
    busy.slice(1).forEach((call, index) => expect(call.at - busy[index].at).toBeGreaterThanOrEqual(FLUSH_INTERVAL_MS));
    expect(busy.length).toBeLessThanOrEqual(5);
    const onPage = lesson.page.path as unknown as { sent: Record<string, { id: string; muteVideo: boolean }[]> };
    expect(onPage.sent.players.map((player) => [player.id, player.muteVideo])).toEqual(users.map((user) => [`${user}_main`, false]));
  });

  it('never writes to the page itself: with no page attached a render is a no-op that resolves', async () => {
    lesson.binding.detach(lesson.page);
    const calls = lesson.page.calls.length;
    await expect(lesson.binding.render({ url: 'room://x', enableMic: true }, [])).resolves.toBeUndefined();
    expect(lesson.page.calls).toHaveLength(calls);
    expect(lesson.page.sent('pusher.url')).toBe(false);
  });
});
