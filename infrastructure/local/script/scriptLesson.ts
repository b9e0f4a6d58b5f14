import { Container } from 'inversify';
import { PORTS } from '../../../application/ports/tokens';
import { Logger } from '../../../application/ports/PlatformPorts';
import { LocalDevicePermissions } from '../../shared/LocalDevicePermissions';
import { InMemoryLesson, inMemoryLesson } from '../inMemoryLesson';
import { LocalAppLifecycle } from '../LocalPlatform';
import { ManualClock } from '../ManualClock';
import { armReplies } from './armReplies';
import { LessonScript } from './LessonScript';
import { ScriptContext } from './ScriptContext';

/** Every simulated service call takes this long, so a snapshot can catch a message still sending. */
export const SCRIPT_CALL_MS = 20;

/** A script's class on fresh in-memory services: the student's app, what the script plays on, and a stop for its replies. */
export interface ScriptLesson {
  readonly lesson: InMemoryLesson;
  readonly context: ScriptContext;
  stopReplies(): void;
}

export interface ScriptLessonOptions {
  readonly logger?: Logger;
  /** Changes the container before the use cases are made (the demo keeps the phone's real screen). */
  readonly adjust?: (container: Container) => void;
}

/**
 * Stands a script's classroom up: its class, everyone but the student already in, the chat history
 * a new member is handed, the phone's device answers, and the reply rules listening. Time is a
 * ManualClock at 0: the command line moves it at once, the demo with real time.
 */
export function scriptLesson(script: LessonScript, options: ScriptLessonOptions = {}): ScriptLesson {
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
    ...(classroom.schedule ?? {}),
  };
  const lesson = inMemoryLesson({
    clock,
    logger: options.logger,
    student: classroom.me,
    classes: [{ info }],
    callDelayMs: SCRIPT_CALL_MS,
    adjust: options.adjust,
  });
  const { hub } = lesson;
  hub.im.setHistoryForNewMembers(chatGroupId, classroom.chatHistory);
  for (const person of [classroom.teacher, ...classroom.assistants, ...classroom.students]) hub.actor(person.userId).join();
  const phone = lesson.port<LocalDevicePermissions>(PORTS.devicePermissions);
  phone.states.camera = classroom.devices.camera;
  phone.states.mic = classroom.devices.microphone;
  const context: ScriptContext = { hub, clock, lifecycle: lesson.port<LocalAppLifecycle>(PORTS.appLifecycle) };
  return { lesson, context, stopReplies: armReplies(script.replies, context, classroom) };
}
