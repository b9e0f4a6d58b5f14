import { LessonUseCases } from '../../../../application/LessonUseCases';
import { StudentView, studentViewOf } from '../../../../application/view/StudentView';
import { LessonViewFeed } from '../../../../application/view/LessonViewFeed';
import { TeacherCommand } from '../../../../domain/classroom/TeacherCommand';
import { tencentFamilyModule } from '../../../../infrastructure/tencent/tencentFamilyModule';
import { createContainer, lessonUseCases } from '../../../../infrastructure/composition/createContainer';
import { ManualClock, settle } from '../../../../infrastructure/local/ManualClock';
import { MemoryLogger } from '../../../../infrastructure/shared/MemoryLogger';
import { encodeSignal } from '../../../../infrastructure/shared/signalling/encodeSignal';
import { LocalStaffDesk } from '../../../../infrastructure/local/LocalStaffDesk';
import { CLASS_STATE_FIELD } from '../../../../infrastructure/shared/signalling/classStateCodec';
import { TrtcRenderBinding } from '../../../../infrastructure/trtc-wx/TrtcRenderBinding';
import { TimMessage } from '../../../../infrastructure/tim-wx/TimSdk';
import { trtcFactory } from '../../../../infrastructure/trtc-wx/trtcFactory';
import { StandInPage } from './StandInPage';
import { StandInPhone } from './StandInPhone';
import { incoming, standInTimFactory, TYPES } from './StandInTim';
import { installStandInWx } from './standInWx';
import { standInRequest } from './standInRequest';
import { WxRequest } from '../../../../infrastructure/shared/http/WxRequest';
import { audio, entered, userJoined, video } from './trtcCodes';

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
export function aTencentLesson(
  options: {
    classInfo?: Partial<typeof CLASS> & { trtcScene?: string };
    chatHistory?: () => readonly TimMessage[];
    /** Another classroom backend behind wx.request (LCIC's relay); `classInfo` then says what it describes. */
    backend?: { readonly kind: 'lcic'; readonly request: WxRequest };
  } = {},
) {
  const classInfo = { ...CLASS, ...options.classInfo };
  const clock = new ManualClock(1_000);
  const wxGlobal = installStandInWx();
  const phone = new StandInPhone();
  const school = standInRequest({
    '/api/classes/math-101': { statusCode: 200, data: classInfo },
    '/api/classes/math-101/credentials': {
      statusCode: 200,
      data: { sdkAppId: 1400000001, userId: 's1', userName: '小明', userSig: 'sig-s1', expiresAt: 86_400_000 },
    },
  });
  const request = options.backend?.request ?? school.request;
  const tim = standInTimFactory(
    { [classInfo.chatGroupId]: TYPES.GRP_AVCHATROOM as string, [classInfo.signalGroupId]: TYPES.GRP_AVCHATROOM as string },
    { historyFor: (groupId) => (groupId === classInfo.chatGroupId ? (options.chatHistory?.() ?? []) : []) },
  );
  const page = new StandInPage();
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
  // The staff's clients number their commands and store the class state in the group's profile.
  const desk = new LocalStaffDesk(classInfo, (value) => {
    if (tim.instance) tim.instance.groupFields[classInfo.signalGroupId] = { [CLASS_STATE_FIELD]: value };
  });
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
    /** A signalling message as someone's client sends it: `from` is stamped by the service. */
    signal,
    /** A command as `from`'s client sends it: staff number it and store the class state; a classmate can only guess a number. */
    command: (from: string, command: TeacherCommand) =>
      signal(from, { ...encodeSignal({ ...command, seq: desk.commandFrom(from, command) }) }),
    /** A command the staff sent while the student's client was cut off: only the stored state has it. */
    commandMissed: (from: string, command: TeacherCommand) => void desk.commandFrom(from, command),
    hand: (from: string, raised: boolean) => signal(from, { ...encodeSignal({ type: 'hand', raised }) }),
    teacherOnCamera() {
      for (const code of [userJoined('t1'), video('t1', true), audio('t1', true)]) mediaView.pusherEventHandler(code);
    },
    async join() {
      const joining = app.joinLesson.execute(classInfo.classId);
      await settle();
      mediaView.pusherEventHandler(entered());
      const result = await joining;
      await settle();
      return result;
    },
  };
}
