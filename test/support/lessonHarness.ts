import { ClassControlPort, ClassState } from '../../application/ports/ClassControlPort';
import { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import { PortError } from '../../application/ports/PortError';
import { LessonUseCases } from '../../application/LessonUseCases';
import { StudentView, studentViewOf } from '../../application/view/StudentView';
import { PORTS } from '../../application/ports/tokens';
import { inMemoryLesson } from '../../infrastructure/local/inMemoryLesson';
import { LessonViewFeed } from '../../application/view/LessonViewFeed';
import { LocalClassroomHub } from '../../infrastructure/local/LocalClassroomHub';
import { LocalMediaRoom } from '../../infrastructure/local/LocalMediaRoom';
import { LocalAppLifecycle, LocalNetworkStatus, LocalScreen } from '../../infrastructure/local/LocalPlatform';
import { LocalDevicePermissions } from '../../infrastructure/shared/LocalDevicePermissions';
import { ManualClock, settle } from '../../infrastructure/local/ManualClock';
import { MemoryLogger } from '../../infrastructure/shared/MemoryLogger';

export const TEACHER = 't1';
export const ASSISTANT = 'a1';
export const ME = 's1';

export function aClass(overrides: Partial<ClassInfo> = {}): ClassInfo {
  return {
    classId: 'math-101',
    title: '函数的单调性',
    teacher: { userId: TEACHER, name: '王老师' },
    assistants: [{ userId: ASSISTANT, name: '李助教' }],
    roomId: '1001',
    chatGroupId: 'math-101-chat',
    signalGroupId: 'math-101-signal',
    ...overrides,
  };
}

export interface LessonOptions {
  readonly classInfo?: Partial<ClassInfo>;
  readonly callDelayMs?: number;
  readonly hub?: LocalClassroomHub;
  readonly student?: { userId: string; name: string };
}

/** A lesson on the in-memory services: this student's app, plus the teacher and classmates as actors. */
export function aLesson(options: LessonOptions = {}) {
  const info = aClass(options.classInfo);
  const logger = new MemoryLogger();
  const lesson = inMemoryLesson({
    hub: options.hub,
    clock: new ManualClock(1_000),
    student: options.student ?? { userId: ME, name: '小明' },
    classes: [{ info }],
    callDelayMs: options.callDelayMs ?? 0,
    logger,
  });
  const { hub, container } = lesson;
  const clock = hub.clock as ManualClock;
  const app: LessonUseCases = lesson.app;
  // The lesson view the page formats: tests read it as the student sees it.
  const feed = new LessonViewFeed(app.session, clock);
  const teacher = hub.actor(TEACHER).join();
  const assistant = hub.actor(ASSISTANT).join();
  const control = container.get<ClassControlPort>(PORTS.control);
  const read = control.currentState.bind(control);
  return {
    hub,
    clock,
    app,
    logger,
    info,
    teacher,
    assistant,
    classmate: (userId: string) => hub.actor(userId).join(),
    media: container.get<LocalMediaRoom>(PORTS.media),
    permissions: container.get<LocalDevicePermissions>(PORTS.devicePermissions),
    lifecycle: container.get<LocalAppLifecycle>(PORTS.appLifecycle),
    network: container.get<LocalNetworkStatus>(PORTS.networkStatus),
    screen: container.get<LocalScreen>(PORTS.screen),
    view: (): StudentView => studentViewOf(feed.view),
    /** The whole lesson view, names, tiles and the chat window included. */
    lessonView: () => feed.view,
    /**
     * The service's next answer to a class-state read (a getGroupProfile) is held until released,
     * or fails as a timed-out request would: messaging stays connected meanwhile.
     */
    holdNextStateRead() {
      let answer: 'release' | 'fail' | undefined;
      let settle: (() => void) | undefined;
      control.currentState = () => {
        control.currentState = read;
        return new Promise<ClassState | undefined>((resolve, reject) => {
          settle = () =>
            answer === 'fail' ? reject(new PortError('TIMEOUT', 'the profile read timed out')) : void read().then(resolve, reject);
          if (answer) settle();
        });
      };
      const decide = (how: 'release' | 'fail') => {
        answer = how;
        settle?.();
      };
      return { release: () => decide('release'), fail: () => decide('fail') };
    },
    classroom: () => app.session.classroom,
    /** Joins and lets every pending step finish. */
    async join() {
      const joined = app.joinLesson.execute(info.classId);
      await clock.advance(10 * hub.callDelayMs);
      return joined;
    },
    settle,
  };
}

export type Lesson = ReturnType<typeof aLesson>;
