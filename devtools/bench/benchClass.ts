import type { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import type { LocalClassroomHub } from '../../infrastructure/local/LocalClassroomHub';
import type { LocalMediaRoom } from '../../infrastructure/local/LocalMediaRoom';
import type { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { LessonEvent } from './heavyLesson';
import { ME, TEACHER } from './LessonBinding';

/** The heavy lesson's class, on the in-memory services for the local family's bench pages. */
export const BENCH_CLASS: ClassInfo = {
  classId: 'bench-101',
  title: '函数的单调性',
  teacher: { userId: TEACHER, name: '王老师' },
  assistants: [],
  roomId: '2001',
  chatGroupId: 'bench-101-chat',
  signalGroupId: 'bench-101-signal',
  // Six co-hosts stay on stage while the student is invited up and sent back.
  stageCapacity: 7,
};

/**
 * A classmate's client joining the groups and the room. Straight on the services rather than
 * through LocalActor, which also records every chat message it hears: thousands of those would
 * measure the simulated class, not the student's page.
 */
export function enterClass(hub: LocalClassroomHub, userId: string): void {
  hub.im.join(BENCH_CLASS.chatGroupId, userId);
  hub.im.join(BENCH_CLASS.signalGroupId, userId);
  hub.rtc.enter(BENCH_CLASS.roomId, userId);
}

export function leaveClass(hub: LocalClassroomHub, userId: string): void {
  hub.rtc.leave(BENCH_CLASS.roomId, userId);
  hub.im.leave(BENCH_CLASS.signalGroupId, userId);
  hub.im.leave(BENCH_CLASS.chatGroupId, userId);
}

/**
 * Plays one event of the heavy lesson on the in-memory services: the class, the teacher and the
 * student's own messages. The network readings and the student's taps are the page's own to play
 * (false: not played here).
 */
export function playOnServices(
  event: LessonEvent,
  { hub, media, store }: { hub: LocalClassroomHub; media: LocalMediaRoom; store: { sendText(text: string): unknown } },
): boolean {
  const teacher = hub.actor(TEACHER);
  switch (event.type) {
    case 'join':
      enterClass(hub, event.userId);
      return true;
    case 'leave':
      leaveClass(hub, event.userId);
      return true;
    case 'chat':
      // As IM, the service refuses a line from someone who has left the group; nobody receives it.
      if (hub.im.isMember(BENCH_CLASS.chatGroupId, event.from)) {
        hub.im.postChat(
          BENCH_CLASS.chatGroupId,
          event.from,
          event.text !== undefined ? { text: event.text } : { imageUrl: event.imageUrl },
        );
      }
      return true;
    case 'volume':
      media.reportVolumes([{ userId: event.userId, volume: event.volume }]);
      return true;
    case 'grant':
      teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
      return true;
    case 'revoke':
      teacher.command({ type: 'revoke', to: ME });
      return true;
    case 'board':
      teacher.board(event.on);
      return true;
    case 'question':
    case 'closeQuestion':
      teacher.command(questionCommand(event));
      return true;
    case 'mySend':
      void store.sendText(event.text);
      return true;
    default:
      return false;
  }
}

/** The teacher's command for an answer card's event; the first option is the correct one. */
export function questionCommand(event: Extract<LessonEvent, { type: 'question' | 'closeQuestion' }>): TeacherCommand {
  if (event.type === 'closeQuestion') return { type: 'closeQuestion', id: event.id, correct: ['A'], counts: event.counts };
  const options = ['增函数', '减函数', '先增后减', '无法判断'].slice(0, event.options);
  return { type: 'question', id: event.id, options, multiple: false, seconds: event.seconds };
}
