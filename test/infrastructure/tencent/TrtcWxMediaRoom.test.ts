import { MemoryLogger } from '../../../infrastructure/shared/MemoryLogger';
import { MediaRoomEvent } from '../../../application/ports/MediaRoomPort';
import { PortError } from '../../../application/ports/PortError';
import { ManualClock, settle } from '../../../infrastructure/local/ManualClock';
import { TrtcRenderBinding } from '../../../infrastructure/trtc-wx/TrtcRenderBinding';
import { TrtcWxMediaRoom } from '../../../infrastructure/trtc-wx/TrtcWxMediaRoom';
import { trtcFactory } from '../../../infrastructure/trtc-wx/trtcFactory';
import { StandInPage } from './support/StandInPage';
import { installStandInWx } from './support/standInWx';
import { audio, entered, kicked, netStatus, playerVolume, pusherCode, userJoined, userLeft, video } from './support/trtcCodes';

const TICKET = { sdkAppId: 1400000001, roomId: '1001', userId: 's1', userSig: 'sig-s1' };

/** The real trtc-wx-sdk on a stand-in `wx` and page; the test plays <live-pusher>. */
function aRoom() {
  const wx = installStandInWx();
  const clock = new ManualClock();
  const page = new StandInPage();
  const binding = new TrtcRenderBinding();
  binding.attach(page);
  const room = new TrtcWxMediaRoom(trtcFactory({ env: 'test' }), binding, clock, new MemoryLogger());
  const events: MediaRoomEvent[] = [];
  room.subscribe((event) => events.push(event));
  const enter = async () => {
    const entering = room.enter(TICKET);
    await settle();
    binding.pusherEventHandler(entered());
    await entering;
  };
  return {
    wx,
    clock,
    page,
    binding,
    room,
    events,
    enter,
    of: (type: MediaRoomEvent['type']) => events.filter((event) => event.type === type),
  };
}

describe('the TRTC media room', () => {
  let room: ReturnType<typeof aRoom>;
  beforeEach(() => (room = aRoom()));
  afterEach(() => room.wx.uninstall());

  it('puts the room url on the page, then starts the pusher, and is in once the pusher reports 1018', async () => {
    const entering = room.room.enter(TICKET);
    await settle();
    expect(String(room.page.pusher().url)).toMatch(/^room:\/\/cloud\.tencent\.com\/rtc\?sdkappid=1400000001&roomid=1001&userid=s1/);
    expect(room.page.pusher()).toMatchObject({ enableMic: false, enableCamera: false });
    expect(room.wx.pusher.started).toBe(1);
    room.binding.pusherEventHandler(entered());
    await expect(entering).resolves.toBeUndefined();
    expect(room.events).toEqual([{ type: 'connection', state: 'connected' }]);
  });

  it('fails the entry when the signature is refused, and times out when the pusher never answers', async () => {
    const refused = room.room.enter(TICKET);
    await settle();
    room.binding.pusherEventHandler(pusherCode(-100018, 'userSig invalid'));
    await expect(refused).rejects.toMatchObject({ code: 'AUTH' });
    expect(room.wx.pusher.stopped).toBe(1);
    expect(room.page.data).toEqual({ pusher: {}, players: [] });

    const silent = room.room.enter(TICKET).catch((error: PortError) => error.code);
    await room.clock.advance(15_000);
    await expect(silent).resolves.toBe('TIMEOUT');
  });

  it('reports the teacher camera, microphone and board as streams', async () => {
    await room.enter();
    for (const code of [userJoined('t1'), video('t1', true), audio('t1', true), video('t1', true, 'aux')])
      room.binding.pusherEventHandler(code);
    expect(room.of('stream')).toEqual([
      { type: 'stream', stream: { userId: 't1', source: 'camera', hasVideo: true, hasAudio: false } },
      { type: 'stream', stream: { userId: 't1', source: 'camera', hasVideo: true, hasAudio: true } },
      { type: 'stream', stream: { userId: 't1', source: 'board', hasVideo: true, hasAudio: false } },
    ]);
    expect(room.page.players().map((player) => player.id)).toEqual(['t1_main', 't1_aux']);
  });

  it('keeps every new player muted until the plan says to play it, then unmutes with a two-field patch', async () => {
    await room.enter();
    room.binding.pusherEventHandler(userJoined('s2'));
    room.binding.pusherEventHandler(video('s2', true));
    room.binding.pusherEventHandler(userJoined('t1'));
    room.binding.pusherEventHandler(video('t1', true));
    room.binding.pusherEventHandler(audio('t1', true));
    expect(room.page.players().map(({ id, muteVideo, muteAudio }) => ({ id, muteVideo, muteAudio }))).toEqual([
      { id: 's2_main', muteVideo: true, muteAudio: true },
      { id: 't1_main', muteVideo: true, muteAudio: true },
    ]);
    room.room.play([{ userId: 't1', source: 'camera', video: true, audio: true }]);
    expect(room.page.lastPatch).toEqual({ 'players[1].muteVideo': false, 'players[1].muteAudio': false });
    room.room.play([{ userId: 't1', source: 'camera', video: false, audio: true }]);
    expect(room.page.lastPatch).toEqual({ 'players[1].muteVideo': true });
  });

  it('publishes exactly what it is asked to, one pusher field at a time', async () => {
    await room.enter();
    await room.room.publish({ mic: true, camera: false });
    expect(room.page.lastPatch).toEqual({ 'pusher.enableMic': true });
    await room.room.publish({ mic: true, camera: true });
    expect(room.page.lastPatch).toEqual({ 'pusher.enableCamera': true });
    await room.room.publish({ mic: false, camera: false });
    expect(room.page.lastPatch).toEqual({ 'pusher.enableMic': false, 'pusher.enableCamera': false });
  });

  it('switches the camera on the pusher and shows the new facing', async () => {
    await room.enter();
    await room.room.switchCamera();
    expect(room.wx.pusher.cameraSwitches).toBe(1);
    expect(room.page.lastPatch).toEqual({ 'pusher.frontCamera': 'back' });
  });

  it('reports speaking levels without touching the page', async () => {
    await room.enter();
    room.binding.pusherEventHandler(userJoined('t1'));
    room.binding.pusherEventHandler(audio('t1', true));
    const patches = room.page.patches.length;
    room.binding.playerAudioVolumeNotify(playerVolume('t1_main', 42));
    room.binding.pusherAudioVolumeNotify({ detail: { volume: 7 } });
    expect(room.of('volume')).toEqual([
      { type: 'volume', levels: [{ userId: 't1', volume: 42 }] },
      { type: 'volume', levels: [{ userId: 's1', volume: 7 }] },
    ]);
    expect(room.page.patches.length).toBe(patches);
  });

  it('grades my upload by the documented rule while I publish, and reports only changes', async () => {
    await room.enter();
    room.binding.pusherNetStatusHandler(netStatus({ netSpeed: 0 }));
    expect(room.of('network')).toEqual([]);
    await room.room.publish({ mic: true, camera: true });
    room.binding.pusherNetStatusHandler(netStatus({ netSpeed: 800, netJitter: 20, videoBitrate: 700, videoFPS: 15 }));
    room.binding.pusherNetStatusHandler(netStatus({ netSpeed: 780, netJitter: 30, videoBitrate: 700, videoFPS: 15 }));
    room.binding.pusherNetStatusHandler(netStatus({ netSpeed: 300, netJitter: 350, videoBitrate: 200, videoFPS: 8 }));
    room.binding.pusherNetStatusHandler(netStatus({ netSpeed: 0 }));
    expect(room.of('network').map((event) => (event as { quality: string }).quality)).toEqual(['good', 'poor', 'down']);
  });

  it('tells the lesson when the pusher reconnects and when it is back', async () => {
    await room.enter();
    room.binding.pusherEventHandler(pusherCode(1102, 'reconnecting'));
    room.binding.pusherEventHandler(pusherCode(1002, 'pushing again'));
    expect(room.of('connection').map((event) => (event as { state: string }).state)).toEqual(['connected', 'reconnecting', 'connected']);
  });

  it('reports a kick (1019 without an exit reason), and a camera that fails as that device, not as a media error', async () => {
    await room.enter();
    room.binding.pusherEventHandler(pusherCode(-1301, 'camera failed'));
    room.binding.pusherEventHandler(kicked());
    room.binding.pusherEventHandler(pusherCode(-1303, 'video encode failed'));
    expect(room.events.slice(1)).toEqual([
      { type: 'device-failed', device: 'camera', why: 'failed' },
      { type: 'kicked' },
      { type: 'error', code: 'TRTC.-1303', message: 'video encode failed' },
    ]);
  });

  it('ends the streams of a teacher who leaves and takes their players off the page', async () => {
    await room.enter();
    for (const code of [userJoined('t1'), video('t1', true), audio('t1', true), userLeft('t1')]) room.binding.pusherEventHandler(code);
    expect(room.of('stream').slice(-2)).toEqual([
      { type: 'stream', stream: { userId: 't1', source: 'camera', hasVideo: false, hasAudio: true } },
      { type: 'stream', stream: { userId: 't1', source: 'camera', hasVideo: false, hasAudio: false } },
    ]);
    expect(room.page.players()).toEqual([]);
  });

  it('leaves the room: the pusher stops and the page is cleared', async () => {
    await room.enter();
    room.binding.pusherEventHandler(userJoined('t1'));
    room.binding.pusherEventHandler(video('t1', true));
    await room.room.leave();
    expect(room.wx.pusher.stopped).toBe(1);
    expect(room.page.data).toEqual({ pusher: {}, players: [] });
    room.binding.pusherEventHandler(kicked());
    expect(room.of('kicked')).toEqual([]);
  });

  it('enters a class as a live room unless the class info names another scene (the SDK alone would make it videocall)', async () => {
    const live = room.room.enter(TICKET);
    await settle();
    expect(String(room.page.pusher().url)).toContain('&appscene=live&');
    room.binding.pusherEventHandler(entered());
    await live;
    const call = room.room.enter({ ...TICKET, scene: 'videocall' });
    await settle();
    expect(String(room.page.pusher().url)).toContain('&appscene=videocall&');
    room.binding.pusherEventHandler(entered());
    await call;
  });

  it.each([
    [-100013, 'SUSPENDED'],
    [-100018, 'AUTH'],
    [-3301, 'NETWORK'],
    [-1307, 'NETWORK'],
    [-100999, 'REJECTED'],
  ])('fails the entry at once on %i (%s) instead of waiting out the 15 s', async (code, expected) => {
    const entering = room.room.enter(TICKET).catch((error: PortError) => error.code);
    await settle();
    room.binding.pusherEventHandler(pusherCode(code, 'refused'));
    await expect(entering).resolves.toBe(expected);
    expect(room.wx.pusher.stopped).toBe(1);
    expect(room.of('error')).toEqual([]);
  });

  it.each([
    [-1307, 'the push connection is lost for good'],
    [1021, 'the network type changed (Wi-Fi to 4G)'],
    [-100018, 'the signature is refused in the room'],
    [-3301, 'the room is lost'],
  ])('reports the room as disconnected when %i: %s, so the lesson enters again', async (code) => {
    await room.enter();
    room.binding.pusherEventHandler(pusherCode(1102, 'reconnecting'));
    room.binding.pusherEventHandler(pusherCode(code, ''));
    expect(room.of('connection').map((event) => (event as { state: string }).state)).toEqual(['connected', 'reconnecting', 'disconnected']);
    expect(room.of('error')).toEqual([]);
  });

  it('stops counting a co-host on a bad link once they leave', async () => {
    await room.enter();
    for (const code of [userJoined('t1'), audio('t1', true), userJoined('s2'), audio('s2', true)]) room.binding.pusherEventHandler(code);
    room.room.play([
      { userId: 't1', source: 'camera', video: false, audio: true },
      { userId: 's2', source: 'camera', video: false, audio: true },
    ]);
    // The SDK passes a player's report on only when it carries a video size (trtc-wx playerNetStatus).
    const linkOf = (streamid: string, info: Record<string, number>) => ({ detail: { info }, currentTarget: { dataset: { streamid } } });
    room.binding.playerNetStatus(linkOf('t1_main', { netSpeed: 600, netJitter: 10, videoWidth: 0, videoHeight: 0 }));
    room.binding.playerNetStatus(linkOf('s2_main', { netSpeed: 100, netJitter: 400, videoWidth: 0, videoHeight: 0 }));
    room.binding.pusherEventHandler(userLeft('s2'));
    expect(room.of('network').map((event) => (event as { quality: string }).quality)).toEqual(['good', 'poor', 'good']);
  });

  it('keeps the pusher video size when net-status reports (merged into the SDK attributes) say 0', async () => {
    await room.enter();
    room.binding.pusherNetStatusHandler(netStatus({ netSpeed: 0, videoWidth: 0, videoHeight: 0 }));
    await room.room.publish({ mic: true, camera: false });
    expect(room.page.pusher()).toMatchObject({ videoWidth: 360, videoHeight: 640, enableMic: true });
  });

  it('takes a dismissed room (1019 with reason[2]) for a lost room to enter again, not for the student being removed', async () => {
    await room.enter();
    room.binding.pusherEventHandler(pusherCode(1019, 'exit room reason[2]'));
    expect(room.of('kicked')).toEqual([]);
    expect(room.of('connection').map((event) => (event as { state: string }).state)).toEqual(['connected', 'disconnected']);
    room.binding.pusherEventHandler(pusherCode(1019, 'exit room reason[1]'));
    expect(room.of('kicked')).toEqual([{ type: 'kicked' }]);
  });
});
