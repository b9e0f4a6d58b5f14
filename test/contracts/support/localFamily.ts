import { ChatPort } from '../../../application/ports/ChatPort';
import { ClassControlPort } from '../../../application/ports/ClassControlPort';
import { ClassroomBackendPort } from '../../../application/ports/ClassroomBackendPort';
import { WhiteboardPort } from '../../../application/ports/WhiteboardPort';
import { PORTS } from '../../../application/ports/tokens';
import { inMemoryLesson } from '../../../infrastructure/local/inMemoryLesson';
import { LOCAL_SDK_APP_ID } from '../../../infrastructure/local/LocalClassroomHub';
import { LocalMediaRoom } from '../../../infrastructure/local/LocalMediaRoom';
import { ManualClock } from '../../../infrastructure/local/ManualClock';
import { MemoryLogger } from '../../../infrastructure/shared/MemoryLogger';
import { SIGNAL_EXTENSION } from '../../../infrastructure/shared/signalling/SignalProtocol';
import { FamilyFixture, FamilyLesson, FarSide, LESSON, lessonClassInfo, PRESENT_AT_START } from './FamilyFixture';

/** The in-memory family: one LocalClassroomHub, with everyone else acting on it as LocalActors. */
export const localFamily: FamilyFixture = {
  name: 'local',
  abilities: { boardPages: true },
  async lesson(): Promise<FamilyLesson> {
    const clock = new ManualClock(1_000);
    const info = lessonClassInfo();
    const localClass = { info, over: false };
    const logger = new MemoryLogger();
    const { hub, container, app } = inMemoryLesson({ clock, student: LESSON.student, classes: [localClass], logger });
    const media = container.get<LocalMediaRoom>(PORTS.media);
    const me = LESSON.student.userId;
    const actor = (userId: string) => hub.actor(userId);
    for (const userId of PRESENT_AT_START) actor(userId).join();
    const hands: boolean[] = [];
    actor(LESSON.teacher.userId).hears((event) => {
      if (event.type === 'hand' && event.senderId === me) hands.push(event.raised);
    });

    const far: FarSide = {
      command: (command, from = LESSON.teacher.userId) => void actor(from).command(command),
      hand: (from, raised) => void actor(from).hand(raised),
      rawSignal: (from, data, extension = SIGNAL_EXTENSION) => hub.im.postSignal(info.signalGroupId, { from, data, extension }),
      setClassState: (state, writer = LESSON.teacher.userId) =>
        writer === LESSON.teacher.userId ? hub.school.seed(info.classId, state) : actor(writer).raw('state', JSON.stringify(state)).sent(),
      chat: (from, text, groupId = info.chatGroupId) => void hub.im.postChat(groupId, from, { text }),
      chatHistory: (count) => hub.im.setHistoryForNewMembers(info.chatGroupId, count),
      joinsChat: (userId) => hub.im.join(info.chatGroupId, userId),
      leavesChat: (userId) => hub.im.leave(info.chatGroupId, userId),
      publish: (userId, source, { audio, video }) => hub.rtc.publish(info.roomId, { userId, source, hasAudio: audio, hasVideo: video }),
      board: (state) => hub.boards.set(info.classId, state),
      network: (up) => {
        hub.im.setOnline(me, up);
        hub.rtc.setOnline(me, up);
      },
      kickFromRoom: () => hub.rtc.kick(info.roomId, me),
      kickOffline: (reason) => hub.im.kickOffline(me, reason),
      classOver: () => void (localClass.over = true),
    };

    return {
      container,
      clock,
      logger,
      ports: {
        media,
        chat: container.get<ChatPort>(PORTS.chat),
        control: container.get<ClassControlPort>(PORTS.control),
        whiteboard: container.get<WhiteboardPort>(PORTS.whiteboard),
        backend: container.get<ClassroomBackendPort>(PORTS.backend),
      },
      login: { sdkAppId: LOCAL_SDK_APP_ID, userId: me, userSig: `local-sig:${me}` },
      ticket: { sdkAppId: LOCAL_SDK_APP_ID, roomId: info.roomId, userId: me, userSig: `local-sig:${me}` },
      far,
      observe: {
        published: () => {
          const stream = hub.rtc.streamOf(info.roomId, me);
          return { mic: !!stream?.hasAudio, camera: !!stream?.hasVideo };
        },
        // The screen plays a planned stream only while the student is in the room and the stream is live there.
        playing: () =>
          hub.rtc.isInRoom(info.roomId, me)
            ? media.playing.filter((entry) => (entry.audio || entry.video) && hub.rtc.streamOf(info.roomId, entry.userId, entry.source))
            : [],
        handsHeardByTeacher: () => hands,
      },
      readyForBoard: async () => undefined,
      app: () => app,
      settle: () => clock.advance(0),
      dispose: () => undefined,
    };
  },
};
