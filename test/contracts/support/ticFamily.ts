import { ChatPort } from '../../../application/ports/ChatPort';
import { ClassControlPort } from '../../../application/ports/ClassControlPort';
import { ClassroomBackendPort } from '../../../application/ports/ClassroomBackendPort';
import { MediaRoomPort } from '../../../application/ports/MediaRoomPort';
import { WhiteboardPort } from '../../../application/ports/WhiteboardPort';
import { ticFamilyModule } from '../../../infrastructure/tic/ticFamilyModule';
import { createContainer, lessonUseCases } from '../../../infrastructure/composition/createContainer';
import { PORTS } from '../../../application/ports/tokens';
import { ManualClock } from '../../../infrastructure/local/ManualClock';
import { MemoryLogger } from '../../../infrastructure/shared/MemoryLogger';
import { InMemorySchoolServer } from '../../../server/infrastructure/memory/InMemorySchoolServer';
import { directoryOf } from '../../../server/infrastructure/memory/classEntryOf';
import { encodeSignal } from '../../../infrastructure/shared/signalling/encodeSignal';
import { SIGNAL_EXTENSION } from '../../../infrastructure/shared/signalling/SignalProtocol';
import { TicPageBinding } from '../../../infrastructure/tic/TicPageBinding';
import { StandInPhone } from '../../infrastructure/tencent/support/StandInPhone';
import { standInSchoolServer } from '../../infrastructure/tencent/support/standInRequest';
import { StandInTicPage } from '../../infrastructure/tic/support/StandInTicPage';
import { ROOM_CODES, SDK_APP_ID, TicCloud } from '../../infrastructure/tic/support/TicCloud';
import { StaffKit } from '../../../staff/application/StaffKit';
import { staffChatInstance, staffKitOverHttp } from './staffKitOverHttp';
import { sendAsAnyStaffClient } from '../../../infrastructure/local/LocalStaffKit';
import { FamilyFixture, FamilyLesson, FarSide, LESSON, lessonClassInfo, PRESENT_AT_START } from './FamilyFixture';

/** TIC keeps its board's sync messages (this extension) away from the group custom message callback. */
const BOARD_EXTENSION = 'TXWhiteBoardExt';

/**
 * The TIC family as the composition root builds it, over the stand-in tic-component, webrtc-room
 * and board (test/infrastructure/tic/support). The classroom is the class's room number; the
 * chat and signalling group ids name its one group. The board has pages (courseware).
 */
export const ticFamily: FamilyFixture = {
  name: 'tic',
  abilities: {
    boardPages: true,
    chatImages: false,
    separateGroups: false,
    chatConnection: false,
    kickReasons: false,
    streamDetail: false,
    perStreamPlayback: false,
    // TIC's classroom is a Public group joined through tic-component, which hands no history.
    chatHistory: false,
    // WebIM v1 has no getGroupProfile; webrtc-room reports every room exit as ERROR_JOIN_ROOM.
    memberCount: false,
    roomRemoval: false,
  },
  async lesson(): Promise<FamilyLesson> {
    const clock = new ManualClock(1_000);
    const me = LESSON.student.userId;
    const info = lessonClassInfo();
    const classId = Number(info.roomId);
    const cloud = new TicCloud();
    cloud.createClassroom(classId, [LESSON.teacher.userId, LESSON.assistant.userId]);
    for (const userId of PRESENT_AT_START) cloud.classrooms.get(classId)!.members.add(userId);
    // The school server numbers the staff's commands and publishes into the classroom group as the sender.
    const server = new InMemorySchoolServer({
      directory: directoryOf([info]),
      clock,
      deliver: ({ senderId, data }) => cloud.sendGroupCustom(senderId, data),
    });
    const school = standInSchoolServer(
      info,
      { userId: me, name: LESSON.student.name },
      { sdkAppId: SDK_APP_ID, trtcRoomId: classId, now: () => clock.now(), school: server },
    );
    const { request } = school;
    const ticView = new TicPageBinding(ROOM_CODES);
    const page = new StandInTicPage(cloud, ticView);
    ticView.attach(page);
    const logger = new MemoryLogger();
    const container = createContainer(
      ticFamilyModule({
        sdkAppId: SDK_APP_ID,
        backendUrl: 'https://school.example/api',
        sessionToken: () => `session-${me}`,
        wx: Object.assign(new StandInPhone(), { request }),
        ticView,
        privateMapKey: async ({ roomId, userId }) => `pmk-${roomId}-${userId}`,
        logger,
        clock,
      }),
    );
    const backend = container.get<ClassroomBackendPort>(PORTS.backend);
    const chat = container.get<ChatPort>(PORTS.chat);
    await backend.classInfo(info.classId);

    // The staff's clients are staff kits over the school server's HTTP routes. The TIC classroom's
    // group is WebIM v1's, which the kit's web-chat ears do not speak: these kits hear nothing and
    // keep their copy from their own commands and the server's reads.
    const deaf = staffChatInstance(() => () => undefined);
    const kits = new Map<string, StaffKit>(
      [LESSON.teacher.userId, LESSON.assistant.userId].map((userId) => [userId, staffKitOverHttp(server, info, userId, clock, deaf)]),
    );
    for (const kit of kits.values()) await kit.start();
    let commanding: Promise<unknown> = Promise.resolve();
    const far: FarSide = {
      command: (command, from = LESSON.teacher.userId) =>
        kits.has(from)
          ? void (commanding = commanding.then(() => sendAsAnyStaffClient(kits.get(from)!, () => kits.get(from)!.send(command), command)))
          : cloud.sendGroupCustom(from, encodeSignal({ ...command, seq: server.stateOf(info.classId).seq + 1 }).data),
      hand: (from, raised) => void server.hand(info.classId, from, raised),
      rawSignal: (from, data, extension = SIGNAL_EXTENSION) => {
        if (extension !== BOARD_EXTENSION) cloud.sendGroupCustom(from, data);
      },
      setClassState: (state, writer = LESSON.teacher.userId) =>
        writer === LESSON.teacher.userId ? server.seed(info.classId, state) : server.command(info.classId, writer, { type: 'endClass' }),
      // Chat and signalling are one classroom group in TIC: a text "in the signalling group" is a text there.
      chat: (from, text) => cloud.sendGroupText(from, text),
      joinsChat: (userId) => cloud.membersJoin(classId, userId),
      leavesChat: (userId) => cloud.membersQuit(classId, userId),
      chatHistory: () => {
        throw new Error('a TIC classroom hands no history to new members');
      },
      // webrtc-room knows who is in the room, not what they send; a board is not a stream in TIC.
      publish: (userId, source, media) => {
        if (source !== 'camera') return;
        if (media.audio || media.video) cloud.push(userId);
        else cloud.stopPush(userId);
      },
      board: ({ on, page: boardPage }) => (on ? cloud.board.show(boardPage) : cloud.board.hide()),
      network: (up) => page.room.network(up),
      kickFromRoom: () => page.room.kickedOut(),
      kickOffline: () => cloud.forceOffline(me),
      classOver: school.end,
    };

    const login = { sdkAppId: SDK_APP_ID, userId: me, userSig: `sig-${me}` };
    return {
      container,
      clock,
      logger,
      ports: {
        media: container.get<MediaRoomPort>(PORTS.media),
        chat,
        control: container.get<ClassControlPort>(PORTS.control),
        whiteboard: container.get<WhiteboardPort>(PORTS.whiteboard),
        backend,
      },
      login,
      ticket: { ...login, roomId: info.roomId },
      far,
      observe: {
        published: () => {
          const attributes = page.roomAttributes();
          return { mic: page.room.entered && attributes.muted === false, camera: page.room.entered && attributes.enableCamera === true };
        },
        // webrtc-room plays every member it lists: TIC documents no per-player control.
        playing: () =>
          page.room.entered
            ? cloud.pushers.filter((id) => id !== me).map((userId) => ({ userId, source: 'camera' as const, video: true, audio: true }))
            : [],
        handsHeardByTeacher: () =>
          cloud.groupCustomSent
            .filter((sent) => sent.from === me)
            .map((sent) => JSON.parse(sent.data))
            .filter((body) => body.type === 'hand')
            .map((body) => body.raised),
      },
      // The board arrives with the classroom: log in and join it.
      readyForBoard: async () => {
        await chat.login(login);
        await chat.joinChat(info.chatGroupId);
      },
      app: () => lessonUseCases(container),
      settle: () => clock.advance(0),
      dispose: () => undefined,
    };
  },
};
