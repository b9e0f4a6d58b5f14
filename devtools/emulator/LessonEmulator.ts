import { LessonUseCases } from '../../application/LessonUseCases';
import { PORTS } from '../../application/ports/tokens';
import { inMemoryLesson } from '../../infrastructure/local/inMemoryLesson';
import { LocalClassroomHub } from '../../infrastructure/local/LocalClassroomHub';
import { LocalAppLifecycle } from '../../infrastructure/local/LocalPlatform';
import { LocalDevicePermissions } from '../../infrastructure/shared/LocalDevicePermissions';
import { ManualClock, settle } from '../../infrastructure/local/ManualClock';
import { MemoryLogger } from '../../infrastructure/shared/MemoryLogger';
import { ActionStep, LessonScript } from './LessonScript';
import { OnTheServices, ScriptView, StudentDriver } from './StudentDriver';
import { armReplies } from './armReplies';
import { playOthers } from './playOthers';

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

/**
 * Plays a lesson script in simulated time: everyone else acts on the in-memory services as their
 * own clients would, `me` acts through the student driver (the page's view model), and each
 * snapshot reads what the student sees. A run takes no real time.
 */
export async function runLessonScript(script: LessonScript, makeDriver: (context: EmulatorContext) => StudentDriver): Promise<Snapshot[]> {
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
  const snapshots: Snapshot[] = [];
  const pending: Promise<unknown>[] = [];
  for (const step of script.steps) {
    await clock.advance(Math.max(0, step.at - clock.now()));
    if ('snapshot' in step) {
      snapshots.push({ snapshot: step.snapshot, at: step.at, view: { ...driver.view(), ...onTheServices(hub, classroom) } });
      continue;
    }
    const done = step.by === 'me' ? playMe(step, driver, context, classroom.classId) : playOthers(step, context, classroom);
    if (done) pending.push(done);
    await settle();
  }
  await clock.advance(10 * EMULATED_CALL_MS);
  await Promise.all(pending);
  stopReplies();
  return snapshots;
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

function playMe(step: ActionStep, driver: StudentDriver, context: EmulatorContext, classId: string): Promise<unknown> | void {
  const args = step.args as Record<string, never>;
  switch (step.do) {
    case 'join':
      return driver.join(classId);
    case 'leave':
      return driver.leave();
    case 'raiseHand':
      return driver.raiseHand();
    case 'lowerHand':
      return driver.lowerHand();
    case 'mic':
      return driver.mic(args.on);
    case 'camera':
      return driver.camera(args.on);
    case 'chat':
      return args.text !== undefined ? driver.sendText(args.text) : driver.sendImage(args.image);
    case 'fullscreen':
      driver.fullscreen(args.on);
      return;
    case 'dismissRecap':
      driver.dismissRecap();
      return;
    case 'dataSaver':
      driver.dataSaver(args.mode);
      return;
    case 'background':
      return context.lifecycle.emit('background');
    case 'foreground':
      return context.lifecycle.emit('foreground');
  }
}
