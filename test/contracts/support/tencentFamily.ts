import { ChatPort } from '../../../application/ports/ChatPort';
import { ClassControlPort } from '../../../application/ports/ClassControlPort';
import { ClassroomBackendPort } from '../../../application/ports/ClassroomBackendPort';
import { MediaRoomPort } from '../../../application/ports/MediaRoomPort';
import { WhiteboardPort } from '../../../application/ports/WhiteboardPort';
import { tencentFamilyModule } from '../../../infrastructure/tencent/tencentFamilyModule';
import { createContainer, lessonUseCases } from '../../../infrastructure/composition/createContainer';
import { PORTS } from '../../../application/ports/tokens';
import { ManualClock } from '../../../infrastructure/local/ManualClock';
import { MemoryLogger } from '../../../infrastructure/shared/MemoryLogger';
import { InMemorySchoolServer } from '../../../server/infrastructure/memory/InMemorySchoolServer';
import { directoryOf } from '../../../server/infrastructure/memory/classEntryOf';
import { encodeSignal } from '../../../infrastructure/shared/signalling/encodeSignal';
import { Signal, SIGNAL_EXTENSION } from '../../../infrastructure/shared/signalling/SignalProtocol';
import { TrtcRenderBinding } from '../../../infrastructure/trtc-wx/TrtcRenderBinding';
import { trtcFactory } from '../../../infrastructure/trtc-wx/trtcFactory';
import { StandInPage } from '../../infrastructure/tencent/support/StandInPage';
import { StandInPhone } from '../../infrastructure/tencent/support/StandInPhone';
import { TYPES } from '../../infrastructure/tencent/support/StandInTim';
import { installStandInWx } from '../../infrastructure/tencent/support/standInWx';
import { standInSchoolServer } from '../../infrastructure/tencent/support/standInRequest';
import { FamilyFixture, FamilyLesson, FarSide, LESSON, lessonClassInfo, PRESENT_AT_START } from './FamilyFixture';
import { StandInImService } from './tencent/StandInImService';
import { StandInTrtcRoom } from './tencent/StandInTrtcRoom';
import { StaffKit } from '../../../staff/application/StaffKit';
import { staffChatInstance, staffKitOverHttp } from './staffKitOverHttp';
import { sendAsAnyStaffClient } from '../../../infrastructure/local/LocalStaffKit';
import { playingOnPage, standInWxWithRoom } from './tencent/tencentPage';

const SDK_APP_ID = 1400000001;

/**
 * The Tencent family as the composition root builds it: the real trtc-wx-sdk on a stand-in wx
 * and page, the stand-in TIM, the school backend behind a stand-in wx.request. The board is the
 * teacher's aux stream, so it has no pages.
 */
export const tencentFamily: FamilyFixture = {
  name: 'tencent',
  abilities: { boardPages: false },
  async lesson(): Promise<FamilyLesson> {
    const clock = new ManualClock(1_000);
    const me = LESSON.student.userId;
    const info = lessonClassInfo();
    const page = new StandInPage();
    const mediaView = new TrtcRenderBinding();
    const room = new StandInTrtcRoom(mediaView);
    const wxGlobal = standInWxWithRoom(installStandInWx(), room);
    mediaView.attach(page);
    const im = new StandInImService([info.chatGroupId, info.signalGroupId], PRESENT_AT_START, me, () => Math.floor(clock.now() / 1000));
    const staff = [LESSON.teacher.userId, LESSON.assistant.userId];
    im.setManagers(info.signalGroupId, staff);
    // The school server's own logic: it publishes through IM's REST API as the sender, so IM stamps `from`.
    const handsPublished: boolean[] = [];
    const school = new InMemorySchoolServer({
      directory: directoryOf([info]),
      clock,
      deliver: ({ groupId, senderId, data, description }) => {
        im.deliver(senderId, groupId, TYPES.MSG_CUSTOM as string, { data, description, extension: SIGNAL_EXTENSION });
      },
    });
    const platform = standInSchoolServer(
      info,
      { userId: me, name: LESSON.student.name },
      { sdkAppId: SDK_APP_ID, trtcRoomId: Number(info.roomId), now: () => clock.now(), school },
    );
    const { request } = platform;
    const logger = new MemoryLogger();
    const container = createContainer(
      tencentFamilyModule({
        sdkAppId: SDK_APP_ID,
        backendUrl: 'https://school.example/api',
        sessionToken: () => `session-${me}`,
        sdks: { tim: im.factory, timUploadPlugin: { name: 'tim-upload-plugin' }, trtc: trtcFactory({ env: 'test' }) },
        wx: Object.assign(new StandInPhone(), { request }),
        mediaView,
        logger,
        clock,
      }),
    );
    const backend = container.get<ClassroomBackendPort>(PORTS.backend);
    const media = container.get<MediaRoomPort>(PORTS.media);
    // JoinLesson's first step: class info names the staff the signalling adapter trusts.
    await backend.classInfo(info.classId);

    // The staff's clients are teacher consoles on the staff kit: commands over HTTP, ears on IM.
    const kits = new Map<string, StaffKit>(
      staff.map((userId) => [
        userId,
        staffKitOverHttp(
          school,
          info,
          userId,
          clock,
          staffChatInstance((ear) => im.hearAsStaff(ear)),
        ),
      ]),
    );
    for (const kit of kits.values()) await kit.start();
    kits.get(LESSON.teacher.userId)!.on('hand', ({ userId, raised }) => userId === me && handsPublished.push(raised));
    let commanding: Promise<unknown> = Promise.resolve();
    const signal = (from: string, body: Signal) =>
      im.deliver(from, info.signalGroupId, TYPES.MSG_CUSTOM as string, { ...encodeSignal(body) });
    const far: FarSide = {
      command: (command, from = LESSON.teacher.userId) =>
        kits.has(from)
          ? void (commanding = commanding.then(() => sendAsAnyStaffClient(kits.get(from)!, () => kits.get(from)!.send(command), command)))
          : signal(from, { ...command, seq: school.stateOf(info.classId).seq + 1 }),
      hand: (from, raised) => void school.hand(info.classId, from, raised),
      rawSignal: (from, data, extension = SIGNAL_EXTENSION) =>
        im.deliver(from, info.signalGroupId, TYPES.MSG_CUSTOM as string, { data, description: '', extension }),
      setClassState: (state, writer = LESSON.teacher.userId) =>
        writer === LESSON.teacher.userId ? school.seed(info.classId, state) : school.command(info.classId, writer, { type: 'endClass' }),
      chat: (from, text, groupId = info.chatGroupId) => im.deliver(from, groupId, TYPES.MSG_TEXT as string, { text }),
      joinsChat: (userId) => im.joins(info.chatGroupId, userId),
      leavesChat: (userId) => im.leaves(info.chatGroupId, userId),
      chatHistory: (count) => im.setHistoryForNewMembers(info.chatGroupId, count),
      publish: (userId, source, stream) => room.publish(userId, source, stream),
      board: ({ on }) => room.publish(LESSON.teacher.userId, 'board', { audio: false, video: on }),
      network: (up) => {
        im.network(up);
        room.network(up);
      },
      kickFromRoom: () => room.kick(),
      kickOffline: (reason) => im.kickOffline(reason),
      classOver: platform.end,
    };

    const login = { sdkAppId: SDK_APP_ID, userId: me, userSig: `sig-${me}` };
    return {
      container,
      clock,
      logger,
      ports: {
        media,
        chat: container.get<ChatPort>(PORTS.chat),
        control: container.get<ClassControlPort>(PORTS.control),
        whiteboard: container.get<WhiteboardPort>(PORTS.whiteboard),
        backend,
      },
      login,
      ticket: { ...login, roomId: info.roomId },
      far,
      observe: {
        published: () => ({ mic: page.pusher().enableMic === true, camera: page.pusher().enableCamera === true }),
        playing: () => playingOnPage(page),
        handsHeardByTeacher: () => handsPublished,
      },
      // The board is a video in the media room: it shows only once the room is entered.
      readyForBoard: () => media.enter({ ...login, roomId: info.roomId }),
      app: () => lessonUseCases(container),
      settle: () => clock.advance(0),
      dispose: () => wxGlobal.uninstall(),
    };
  },
};
