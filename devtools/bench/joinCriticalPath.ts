import { ChatPort } from '../../application/ports/ChatPort';
import { ClassControlPort } from '../../application/ports/ClassControlPort';
import { ClassroomBackendPort } from '../../application/ports/ClassroomBackendPort';
import { MediaRoomPort } from '../../application/ports/MediaRoomPort';
import type { Container } from 'inversify';
import { PORTS } from '../../application/ports/tokens';
import { inMemoryLesson } from '../../infrastructure/local/inMemoryLesson';
import { BenchClock } from './BenchClock';
import { BENCH_CLASS } from './ProjectLessonPage';
import { ME, TEACHER } from './LessonBinding';

export interface JoinTimes {
  /** The simulated delay every backend and cloud call takes. */
  readonly callMs: number;
  /** This project's JoinLesson, in ms and in call delays. */
  readonly project: { readonly ms: number; readonly calls: number };
  /** The first seed's order, one call after another, over the same services. */
  readonly sequential: { readonly ms: number; readonly calls: number };
}

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

export async function joinCriticalPath(callMs = 100): Promise<JoinTimes> {
  const project = await timeJoin(callMs, async (lesson) => {
    const result = await lesson.app.joinLesson.execute(BENCH_CLASS.classId);
    if (!result.ok) throw new Error(`the project's join failed: ${result.code}`);
  });
  const sequential = await timeJoin(callMs, (lesson) => sequentialJoin(lesson.container));
  return { callMs, project: { ms: project, calls: project / callMs }, sequential: { ms: sequential, calls: sequential / callMs } };
}

/**
 * The reference: the first seed's join, each step awaited before the next: class info (its
 * response carried the user's signature, so the two backend reads count as one step), IM login,
 * the chat group, the signalling group, then the TRTC room.
 */
async function sequentialJoin(container: Container): Promise<void> {
  const backend = container.get<ClassroomBackendPort>(PORTS.backend);
  const chat = container.get<ChatPort>(PORTS.chat);
  const control = container.get<ClassControlPort>(PORTS.control);
  const media = container.get<MediaRoomPort>(PORTS.media);
  const [info, credentials] = await Promise.all([backend.classInfo(BENCH_CLASS.classId), backend.credentials(BENCH_CLASS.classId)]);
  const login = { sdkAppId: credentials.sdkAppId, userId: credentials.userId, userSig: credentials.userSig };
  await chat.login(login);
  await chat.joinChat(info.chatGroupId);
  await control.join(info.classId, info.signalGroupId);
  await media.enter({ ...login, roomId: info.roomId });
}

/** Simulated ms from the start of `join` until it resolves, stepping the clock 1 ms at a time. */
async function timeJoin(callMs: number, join: (lesson: ReturnType<typeof inMemoryLesson>) => Promise<void>): Promise<number> {
  const clock = new BenchClock(1000);
  const lesson = inMemoryLesson({ clock, student: { userId: ME, name: '小明' }, classes: [{ info: BENCH_CLASS }], logger: quiet });
  lesson.hub.actor(TEACHER).join();
  lesson.hub.callDelayMs = callMs;
  let done = false;
  let failure: unknown;
  join(lesson).then(
    () => (done = true),
    (error) => (failure = error),
  );
  const started = clock.now();
  while (!done && failure === undefined && clock.now() - started < 100 * callMs) await clock.advance(1);
  if (failure !== undefined) throw failure;
  if (!done) throw new Error('the join did not finish');
  return clock.now() - started;
}
