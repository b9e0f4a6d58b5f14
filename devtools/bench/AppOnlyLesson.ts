import { inMemoryLesson } from '../../infrastructure/local/inMemoryLesson';
import type { LocalMediaRoom } from '../../infrastructure/local/LocalMediaRoom';
import { PORTS } from '../../application/ports/tokens';
import { CoalescedPageData, FLUSH_INTERVAL_MS } from '../../miniprogram/viewmodels/CoalescedPageData';
import { lessonPageData } from '../../miniprogram/viewmodels/lessonFields';
import { LessonStore } from '../../miniprogram/viewmodels/LessonStore';
import { BENCH_CLASS, enterClass, playOnServices } from './benchClass';
import { classmateNames, coHostId, LessonEvent } from './heavyLesson';
import { LessonBinding, ME, TEACHER } from './LessonBinding';
import { LogicTime } from './LogicTime';
import { SetDataLog } from './setDataLog';
import type { SimulatedClock } from './BenchClock';
import type { LocalClassroomHub } from '../../infrastructure/local/LocalClassroomHub';

/** ES2021's WeakRef, which Node has and this project's TypeScript lib does not name. */
const WeakRefOf = (globalThis as unknown as { WeakRef: new (target: object) => { deref(): object | undefined } }).WeakRef;

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * The student's app without a renderer, for the app's own heap: the lesson's use cases, session,
 * view feed, store and the page's data path (CoalescedPageData) on the in-memory services, as the
 * lesson page builds them, with a target that keeps the data the logic thread keeps (`this.data`)
 * and nothing else. No jsdom, no exparser: what the heap holds beyond the simulated class is the
 * app's. `release()` lets the app go, so a collection afterwards shows what it held.
 */
export class AppOnlyLesson implements LessonBinding {
  readonly name = 'the app alone';
  readonly memberCountField = 'memberText';
  readonly log: SetDataLog;
  readonly logicTime = new LogicTime(() => 0);
  private parts: { store: LessonStore; pageData: CoalescedPageData; media: LocalMediaRoom; data: Record<string, unknown> } | undefined;
  /** The store and the session, watched without being held: gone after release and a collection, or the figure is not the app's. */
  private watched: { deref(): object | undefined }[] = [];

  private constructor(
    private readonly hub: LocalClassroomHub,
    clock: SimulatedClock,
  ) {
    this.log = new SetDataLog(() => clock.now());
  }

  static async open(clock: SimulatedClock, members: number, coHosts: number): Promise<AppOnlyLesson> {
    const lesson = inMemoryLesson({ clock, student: { userId: ME, name: '小明' }, classes: [{ info: BENCH_CLASS }], logger: quiet });
    enterClass(lesson.hub, TEACHER);
    const teacher = lesson.hub.actor(TEACHER).camera(true).mic(true);
    const binding = new AppOnlyLesson(lesson.hub, clock);
    const store = new LessonStore(lesson.app, { clock, classmateNames: classmateNames(members, coHosts) });
    const data: Record<string, unknown> = {};
    const target = { setData: (payload: Record<string, unknown>) => (binding.log.record(payload), Object.assign(data, payload)) };
    const pageData = new CoalescedPageData(target, () => lessonPageData(store, undefined), clock, FLUSH_INTERVAL_MS, store);
    binding.parts = { store, pageData, media: lesson.port<LocalMediaRoom>(PORTS.media), data };
    binding.watched = [store, lesson.app.session, pageData].map((part) => new WeakRefOf(part));
    pageData.show();
    await store.join(BENCH_CLASS.classId);
    for (let index = 0; index < coHosts; index += 1) {
      enterClass(lesson.hub, coHostId(index));
      teacher.command({ type: 'grant', to: coHostId(index), mic: true, camera: true });
      lesson.hub.actor(coHostId(index)).camera(true).mic(true);
    }
    await clock.advance(1000);
    binding.log.reset();
    return binding;
  }

  apply(event: LessonEvent): void {
    const parts = this.parts;
    if (!parts) return;
    if (playOnServices(event, { hub: this.hub, media: parts.media, store: parts.store })) return;
    if (event.type === 'offline' || event.type === 'online') this.hub.im.setOnline(ME, event.type === 'online');
    if (event.type === 'hide') parts.pageData.hide();
    if (event.type === 'show') parts.pageData.show();
    if (event.type === 'myTap') void (event.control === 'hand' ? parts.store.toggleHand() : parts.store.toggleFullscreen());
  }

  chatHeld(): number {
    return this.parts?.store.useCases.session.classroom.chat.size ?? 0;
  }

  /** Leaves the lesson and drops every reference to the app; the simulated class stays. */
  async release(): Promise<void> {
    const parts = this.parts;
    if (!parts) return;
    await parts.store.leave();
    parts.pageData.dispose();
    parts.store.dispose();
    this.parts = undefined;
  }

  /** After release and a full collection: whether the app really went (nothing of the class holds it). */
  get released(): boolean {
    return this.watched.every((ref) => ref.deref() === undefined);
  }
}
