import { LessonUseCases } from '../../../../application/LessonUseCases';
import { StudentView, studentViewOf } from '../../../../application/view/StudentView';
import { LessonViewFeed } from '../../../../application/view/LessonViewFeed';
import { TeacherCommand } from '../../../../domain/classroom/TeacherCommand';
import { ticFamilyModule } from '../../../../infrastructure/tic/ticFamilyModule';
import { createContainer, lessonUseCases } from '../../../../infrastructure/composition/createContainer';
import { ManualClock, settle } from '../../../../infrastructure/local/ManualClock';
import { MemoryLogger } from '../../../../infrastructure/shared/MemoryLogger';
import { encodeSignal } from '../../../../infrastructure/shared/signalling/encodeSignal';
import { InMemorySchoolServer } from '../../../../server/infrastructure/memory/InMemorySchoolServer';
import { directoryOf } from '../../../../server/infrastructure/memory/classEntryOf';
import { TicPageBinding } from '../../../../infrastructure/tic/TicPageBinding';
import { StandInPhone } from '../../tencent/support/StandInPhone';
import { Reply, schoolStateRoutes, standInRequest } from '../../tencent/support/standInRequest';
import { StandInTicPage } from './StandInTicPage';
import { ROOM_CODES, SDK_APP_ID, TicCloud } from './TicCloud';

/** A TIC classroom is one number: the TRTC room and the IM group both carry it. */
export const TIC_CLASS = {
  classId: 'math-101',
  title: '函数的单调性',
  teacher: { userId: 't1', name: '王老师' },
  assistants: [{ userId: 'a1', name: '李助教' }],
  trtcRoomId: 2001,
  chatGroupId: '2001',
  signalGroupId: '2001',
};

/**
 * The student's app built by the composition root with the TIC family, over a stand-in TIC
 * component, webrtc-room and board on a stand-in page; the school backend behind a stand-in
 * wx.request. The teacher and classmates act through the cloud, as their clients would.
 */
export function aTicLesson(
  options: {
    privateMapKey?: string;
    roomKeyReply?: Reply;
    /** The student this app is for (default s1). */
    userId?: string;
    /** Another student's TIC services, to put a second student in the same classroom. */
    cloud?: TicCloud;
  } = {},
) {
  const clock = new ManualClock(1_000);
  const me = options.userId ?? 's1';
  const cloud = options.cloud ?? new TicCloud();
  if (!options.cloud) cloud.createClassroom(TIC_CLASS.trtcRoomId, ['t1', 'a1']);
  // The school server numbers the staff's commands, keeps the state and publishes into the classroom group.
  const school = new InMemorySchoolServer({
    directory: directoryOf([{ ...TIC_CLASS, roomId: String(TIC_CLASS.trtcRoomId) }]),
    clock,
    deliver: ({ senderId, data }) => cloud.sendGroupCustom(senderId, data),
  });
  const phone = new StandInPhone();
  const { request, seen } = standInRequest(
    {
      '/api/classes/math-101': { statusCode: 200, data: TIC_CLASS },
      '/api/classes/math-101/credentials': {
        statusCode: 200,
        data: { sdkAppId: SDK_APP_ID, userId: me, userName: '小明', userSig: `sig-${me}`, expiresAt: 86_400_000 },
      },
      // The room key the school server signs for this student and this class's room (docs/backend-api.md).
      '/api/classes/math-101/room-key': options.roomKeyReply ?? {
        statusCode: 200,
        data: { userId: me, privateMapKey: `pmk-${TIC_CLASS.trtcRoomId}-${me}` },
      },
    },
    schoolStateRoutes(school),
  );
  const ticView = new TicPageBinding(ROOM_CODES);
  const page = new StandInTicPage(cloud, ticView);
  ticView.attach(page);
  const logger = new MemoryLogger();
  const container = createContainer(
    ticFamilyModule({
      sdkAppId: SDK_APP_ID,
      backendUrl: 'https://school.example/api',
      sessionToken: () => 'session-s1',
      wx: Object.assign(phone, { request }),
      ticView,
      ...(options.privateMapKey === undefined ? {} : { privateMapKey: async () => options.privateMapKey! }),
      logger,
      clock,
    }),
  );
  const app: LessonUseCases = lessonUseCases(container);
  const feed = new LessonViewFeed(app.session, clock);
  return {
    app,
    clock,
    cloud,
    logger,
    page,
    container,
    /** The school server's requests, in order. */
    requests: seen,
    view: (): StudentView => studentViewOf(feed.view),
    /** A group custom message as someone's TIC sends it: `from` is stamped by IM. */
    custom: (from: string, data: string) => cloud.sendGroupCustom(from, data),
    school,
    command: (from: string, command: TeacherCommand) =>
      from === 't1' || from === 'a1'
        ? void school.command(TIC_CLASS.classId, from, command)
        : cloud.sendGroupCustom(from, encodeSignal({ ...command, seq: school.stateOf(TIC_CLASS.classId).seq + 1 }).data),
    hand: (from: string, raised: boolean) => void school.hand(TIC_CLASS.classId, from, raised),
    async join() {
      const result = await app.joinLesson.execute(TIC_CLASS.classId);
      await settle();
      return result;
    },
  };
}
