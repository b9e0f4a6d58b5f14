import { WxRequest } from '../../../infrastructure/shared/http/WxRequest';
import { aTencentLesson } from '../tencent/support/tencentLesson';
import { StandInLcicRelay } from './support/standInLcicRelay';

const ROOM = 301234567;
/** What LCIC's room describes, as the app reads it: one IM group, the room id, for chat and signalling. */
const LCIC_CLASS = {
  classId: String(ROOM),
  title: '函数的单调性',
  teacher: { userId: 't1', name: '王老师' },
  assistants: [{ userId: 'a1', name: '李助教' }],
  trtcRoomId: ROOM,
  chatGroupId: String(ROOM),
  signalGroupId: String(ROOM),
};

function aSchoolRelayingLcic() {
  const relay = new StandInLcicRelay();
  // The LCIC app runs on the TRTC application the build is for: one SdkAppId.
  relay.sdkAppId = 1400000001;
  for (const [id, name] of [
    ['t1', '王老师'],
    ['a1', '李助教'],
    ['s1', '小明'],
  ])
    relay.addUser(id, name);
  relay.sessions.set('session-s1', 's1');
  relay.addRoom(ROOM);
  relay.userSigsUntil = 1_900_000_000;
  return relay;
}

/**
 * The first seed's set-up: class info and credentials from the classroom aPaaS (LCIC), relayed by
 * the school server, and the lesson itself on TRTC and IM (`backend: "lcic"` in a Tencent build).
 */
describe('the Tencent family with the LCIC classroom backend', () => {
  it('joins the class LCIC describes, signs in to IM with the UserSig the school relayed, and follows the teacher', async () => {
    const relay = aSchoolRelayingLcic();
    const { request, seen } = relay.request('/api');
    const lesson = aTencentLesson({ classInfo: LCIC_CLASS, backend: { kind: 'lcic', request } });
    await expect(lesson.join()).resolves.toEqual({ ok: true, value: undefined });
    expect(seen.map((options) => new URL(options.url).pathname)).toEqual([`/api/lcic/rooms/${ROOM}`, `/api/lcic/rooms/${ROOM}/login`]);
    // The class state is the school server's own, LCIC or not (protocol v3).
    expect(lesson.schoolRequests.map((options) => new URL(options.url).pathname)).toEqual([`/api/classes/${ROOM}/state`]);
    expect(lesson.view().status).toBe('waiting');
    // IM took the relayed UserSig (the stand-in, as IM, refuses anything but a UserSig for the user: 70003).
    lesson.teacherOnCamera();
    // Only the staff LCIC names (TeacherId, Assistants) are obeyed: a classmate's grant is not.
    lesson.command('s2', { type: 'grant', to: 's1', mic: true, camera: false });
    await lesson.clock.advance(0);
    expect(lesson.view().me.onStage).toBe(false);
    lesson.command('t1', { type: 'grant', to: 's1', mic: true, camera: false });
    await lesson.clock.advance(0);
    expect(lesson.view()).toMatchObject({ status: 'live', main: 'teacher', me: { onStage: true, mic: 'on' } });
    lesson.uninstall();
  });

  it("refuses a relay that hands over only LCIC's token, which IM would not take, and says so", async () => {
    const relay = aSchoolRelayingLcic();
    relay.userSigsUntil = undefined;
    const lesson = aTencentLesson({ classInfo: LCIC_CLASS, backend: { kind: 'lcic', request: relay.request('/api').request } });
    await expect(lesson.join()).resolves.toEqual({ ok: false, code: 'JOIN.FAILED' });
    expect(lesson.logger.entries.map((entry) => JSON.stringify(entry.detail ?? {})).join('\n')).toContain('(UserSig)');
    // Refused before IM was even created.
    expect(lesson.tim()).toBeUndefined();
    lesson.uninstall();
  });

  it('says the network failed when the school server cannot be reached, and joins once it can', async () => {
    const relay = aSchoolRelayingLcic();
    const { request: relayed } = relay.request('/api');
    let offline = true;
    const request: WxRequest = (options) => (offline ? options.fail({ errMsg: 'request:fail' }) : relayed(options));
    const lesson = aTencentLesson({ classInfo: LCIC_CLASS, backend: { kind: 'lcic', request } });
    await expect(lesson.join()).resolves.toEqual({ ok: false, code: 'JOIN.NETWORK' });
    offline = false;
    await expect(lesson.join()).resolves.toEqual({ ok: true, value: undefined });
    expect(lesson.view().status).toBe('waiting');
    lesson.uninstall();
  });
});
