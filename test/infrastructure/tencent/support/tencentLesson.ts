import { LessonUseCases } from '../../../../application/LessonUseCases';
import { StudentView, studentViewOf } from '../../../../application/view/StudentView';
import { LessonViewFeed } from '../../../../application/view/LessonViewFeed';
import { TeacherCommand } from '../../../../domain/classroom/TeacherCommand';
import { tencentFamilyModule } from '../../../../infrastructure/tencent/tencentFamilyModule';
import { createContainer, lessonUseCases } from '../../../../infrastructure/composition/createContainer';
import { ManualClock, settle } from '../../../../infrastructure/local/ManualClock';
import { MemoryLogger } from '../../../../infrastructure/shared/MemoryLogger';
import { encodeSignal } from '../../../../infrastructure/shared/signalling/encodeSignal';
import { InMemorySchoolServer } from '../../../../server/infrastructure/memory/InMemorySchoolServer';
import { directoryOf } from '../../../../server/infrastructure/memory/classEntryOf';
import { SIGNAL_EXTENSION } from '../../../../infrastructure/shared/signalling/SignalProtocol';
import { TrtcRenderBinding } from '../../../../infrastructure/trtc-wx/TrtcRenderBinding';
import { TimMessage } from '../../../../infrastructure/tim-wx/TimSdk';
import { trtcFactory } from '../../../../infrastructure/trtc-wx/trtcFactory';
import { StandInPage } from './StandInPage';
import { StandInPhone } from './StandInPhone';
import { incoming, standInTimFactory, TYPES } from './StandInTim';
import { installStandInWx } from './standInWx';
import { schoolStateRoutes, standInRequest } from './standInRequest';
import { WxRequest } from '../../../../infrastructure/shared/http/WxRequest';
import { GroupSignal } from '../../../../server/application/ports/SignalPublisher';
import { audio, userJoined, video } from './trtcCodes';
import { StandInTrtcRoom } from './StandInTrtcRoom';

export const CLASS = {
  classId: 'math-101',
  title: '函数的单调性',
  teacher: { userId: 't1', name: '王老师' },
  assistants: [{ userId: 'a1', name: '李助教' }],
  trtcRoomId: 1001,
  chatGroupId: 'math-101-chat',
  signalGroupId: 'math-101-signal',
};

/**
 * The student's app built by the composition root with the Tencent family: the real trtc-wx-sdk
 * on a stand-in wx and page, a stand-in TIM built on the SDK's own messages, the school backend behind
 * a stand-in wx.request. Others in the lesson act through the services, as their clients would.
 */
const CLASS_STATE_PATH = /^\/api\/classes\/[^/]+\/(state|hand)$/;

export function aTencentLesson(
  options: {
    classInfo?: Partial<typeof CLASS> & { trtcScene?: string; stageCapacity?: number };
    chatHistory?: () => readonly TimMessage[];
    /** The phone's clock at the start, in ms; IM's message times (seconds) follow the same clock. */
    startAt?: number;
    /** Another classroom backend behind wx.request (LCIC's relay); `classInfo` then says what it describes. */
    backend?: { readonly kind: 'lcic'; readonly request: WxRequest };
    /** `group#user` pairs IM refuses to let in (banned from a live group). */
    imBanned?: readonly string[];
    /** Pushers already in the TRTC room (every student's is an anchor). */
    anchorsInRoom?: number;
  } = {},
) {
  const classInfo = { ...CLASS, ...options.classInfo };
  const clock = new ManualClock(options.startAt ?? 1_000);
  const wxGlobal = installStandInWx();
  const phone = new StandInPhone();
  // The school server's own logic keeps the class state and publishes through IM as the sender.
  let missing = 0;
  let away = false;
  const published: GroupSignal[] = [];
  const server = new InMemorySchoolServer({
    directory: directoryOf([{ ...classInfo, roomId: String(classInfo.trtcRoomId) }]),
    clock,
    deliver: (signal) => {
      const { groupId, senderId, data, description } = signal;
      if (away || missing > 0) return void (missing = Math.max(0, missing - 1));
      published.push(signal);
      tim.instance?.deliver(incoming(senderId, groupId, TYPES.MSG_CUSTOM as string, { data, description, extension: SIGNAL_EXTENSION }));
    },
  });
  const school = standInRequest(
    {
      '/api/classes/math-101': { statusCode: 200, data: classInfo },
      '/api/classes/math-101/credentials': {
        statusCode: 200,
        data: { sdkAppId: 1400000001, userId: 's1', userName: '小明', userSig: 'sig-s1', expiresAt: 86_400_000 },
      },
    },
    schoolStateRoutes(server),
  );
  // Behind another classroom backend the class state is still the school server's own (protocol v3).
  const backendRequest = options.backend?.request;
  const request: WxRequest = backendRequest
    ? (call) => (CLASS_STATE_PATH.test(new URL(call.url).pathname) ? school.request(call) : backendRequest(call))
    : school.request;
  const tim = standInTimFactory(
    { [classInfo.chatGroupId]: TYPES.GRP_AVCHATROOM as string, [classInfo.signalGroupId]: TYPES.GRP_AVCHATROOM as string },
    {
      historyFor: (groupId) => (groupId === classInfo.chatGroupId ? (options.chatHistory?.() ?? []) : []),
      banned: options.imBanned,
    },
  );
  const page = new StandInPage();
  const room = new StandInTrtcRoom(options.anchorsInRoom ?? 1);
  const mediaView = new TrtcRenderBinding();
  mediaView.attach(page);
  const logger = new MemoryLogger();
  const container = createContainer(
    tencentFamilyModule({
      sdkAppId: 1400000001,
      backendUrl: 'https://school.example/api',
      sessionToken: () => 'session-s1',
      ...(options.backend ? { backend: options.backend.kind } : {}),
      sdks: { tim, timUploadPlugin: { name: 'tim-upload-plugin' }, trtc: trtcFactory({ env: 'test' }) },
      wx: Object.assign(phone, { request }),
      mediaView,
      logger,
      clock,
    }),
  );
  const app: LessonUseCases = lessonUseCases(container);
  const feed = new LessonViewFeed(app.session, clock);
  const signal = (from: string, payload: Record<string, unknown>) =>
    tim.instance!.deliver(incoming(from, classInfo.signalGroupId, TYPES.MSG_CUSTOM as string, payload));
  const staff = [classInfo.teacher.userId, ...classInfo.assistants.map((assistant) => assistant.userId)];
  return {
    app,
    clock,
    logger,
    page,
    phone,
    tim: () => tim.instance!,
    view: (): StudentView => studentViewOf(feed.view),
    /** Where the lesson view puts each played stream, as `user:source slot`. */
    slots: () => feed.view.players.map(({ userId, source, slot }) => `${userId}:${source} ${slot}`),
    uninstall: wxGlobal.uninstall,
    /** The live contexts the real trtc-wx-sdk made on the stand-in wx. */
    liveContexts: wxGlobal,
    pusher: (event: Parameters<TrtcRenderBinding['pusherEventHandler']>[0]) => mediaView.pusherEventHandler(event),
    /** <live-pusher>'s binderror, as WeChat raises it (`detail.errCode`, `detail.errMsg`). */
    mediaErrors: (detail: { errCode: number; errMsg: string }) => mediaView.pusherErrorHandler({ detail }),
    /** A signalling message as someone's client sends it: `from` is stamped by the service. */
    signal,
    /** The school server, which numbers, stores and publishes the staff's commands and the students' hands. */
    school: server,
    /** What the school server published to the signalling group through IM's REST API. */
    published,
    /** The requests the student's app made to the school server. */
    schoolRequests: school.seen,
    /** A command as `from`'s client sends it: the server takes the staff's; a classmate can only post one with a guessed number. */
    command: (from: string, command: TeacherCommand) =>
      staff.includes(from)
        ? void server.command(classInfo.classId, from, command)
        : signal(from, { ...encodeSignal({ ...command, seq: server.stateOf(classInfo.classId).seq + 1 }) }),
    /** A command the staff sent that never reached the student's client: only the stored state has it. */
    commandMissed: (from: string, command: TeacherCommand) => {
      missing++;
      void server.command(classInfo.classId, from, command);
    },
    hand: (from: string, raised: boolean) => void server.hand(classInfo.classId, from, raised),
    /** While away, nothing the server publishes reaches this phone (IM had dropped it); only the stored state has it. */
    setMissing(isAway: boolean) {
      away = isAway;
    },
    teacherOnCamera() {
      for (const code of [userJoined('t1'), video('t1', true), audio('t1', true)]) mediaView.pusherEventHandler(code);
    },
    async join() {
      const joining = app.joinLesson.execute(classInfo.classId);
      await settle();
      mediaView.pusherEventHandler(room.answer(page.pusher().url));
      const result = await joining;
      await settle();
      return result;
    },
  };
}
