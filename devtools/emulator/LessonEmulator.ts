import { LessonUseCases } from '../../application/LessonUseCases';
import { PORTS } from '../../application/ports/tokens';
import { inMemoryLesson } from '../../infrastructure/local/inMemoryLesson';
import { LocalClassroomHub } from '../../infrastructure/local/LocalClassroomHub';
import { LocalAppLifecycle } from '../../infrastructure/local/LocalPlatform';
import { LocalDevicePermissions } from '../../infrastructure/shared/LocalDevicePermissions';
import { ManualClock } from '../../infrastructure/local/ManualClock';
import { MemoryLogger } from '../../infrastructure/shared/MemoryLogger';
import { LessonScript } from './LessonScript';
import { OnTheServices, ScriptView, StudentDriver } from './StudentDriver';
import { armReplies } from './armReplies';
import { ScriptPlayer } from './ScriptPlayer';

/** Every simulated service call takes this long, so a snapshot can catch a message still sending. */
export const EMULATED_CALL_MS = 20;

export interface Snapshot {
  readonly snapshot: string;
  readonly at: number;
  readonly view: ScriptView;
}

export interface EmulatorContext {
  readonly hub: LocalClassroomHub;
  readonly clock: ManualClock;
  readonly app: LessonUseCases;
  readonly logger: MemoryLogger;
  readonly lifecycle: LocalAppLifecycle;
}

/** An emulated lesson, set up and ready to play: its player, and a stop for the replies it armed. */
export interface EmulatedLesson {
  readonly context: EmulatorContext;
  readonly player: ScriptPlayer;
  stop(): void;
}

/**
 * Plays a lesson script in simulated time: everyone else acts on the in-memory services as their
 * own clients would, `me` acts through the student driver (the page's view model), and each
 * snapshot reads what the student sees. A run takes no real time.
 */
export async function runLessonScript(script: LessonScript, makeDriver: (context: EmulatorContext) => StudentDriver): Promise<Snapshot[]> {
  const lesson = emulateLesson(script, makeDriver);
  await lesson.player.playToEnd(10 * EMULATED_CALL_MS);
  lesson.stop();
  return lesson.player.snapshots;
}

/** Sets up the script's class on fresh in-memory services, with the student's app and a player for the steps. */
export function emulateLesson(script: LessonScript, makeDriver: (context: EmulatorContext) => StudentDriver): EmulatedLesson {
  const clock = new ManualClock(0);
  const { classroom } = script;
  const chatGroupId = `${classroom.classId}-chat`;
  const info = {
    classId: classroom.classId,
    title: classroom.title,
    teacher: classroom.teacher,
    assistants: classroom.assistants,
    stageCapacity: classroom.stageCapacity,
    roomId: `${classroom.classId}-room`,
    chatGroupId,
    signalGroupId: `${classroom.classId}-signal`,
  };
  const logger = new MemoryLogger();
  const lesson = inMemoryLesson({ clock, logger, student: classroom.me, classes: [{ info }], callDelayMs: EMULATED_CALL_MS });
  const { hub } = lesson;
  hub.im.setHistoryForNewMembers(chatGroupId, classroom.chatHistory);
  for (const person of [classroom.teacher, ...classroom.assistants, ...classroom.students]) hub.actor(person.userId).join();
  const phone = lesson.port<LocalDevicePermissions>(PORTS.devicePermissions);
  phone.states.camera = classroom.devices.camera;
  phone.states.mic = classroom.devices.microphone;
  const context: EmulatorContext = {
    hub,
    clock,
    app: lesson.app,
    logger,
    lifecycle: lesson.port<LocalAppLifecycle>(PORTS.appLifecycle),
  };
  const driver = makeDriver(context);
  const stopReplies = armReplies(script.replies, context, classroom);
  const player = new ScriptPlayer(script, context, driver, () => ({ ...driver.view(), ...onTheServices(hub, classroom) }));
  return { context, player, stop: stopReplies };
}

function onTheServices(hub: LocalClassroomHub, classroom: LessonScript['classroom']): OnTheServices {
  const { roomId, chatGroupId, signalGroupId } = hub.findClass(classroom.classId).info;
  const me = classroom.me.userId;
  const stream = hub.rtc.streamOf(roomId, me);
  return {
    publishing: { mic: !!stream?.hasAudio, camera: !!stream?.hasVideo },
    inRooms: hub.rtc.isInRoom(roomId, me) || hub.im.isMember(chatGroupId, me) || hub.im.isMember(signalGroupId, me),
  };
}
