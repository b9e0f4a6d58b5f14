import { PORTS } from '../../application/ports/tokens';
import { inMemoryLesson } from '../../infrastructure/local/inMemoryLesson';
import type { LocalClassroomHub } from '../../infrastructure/local/LocalClassroomHub';
import type { LocalMediaRoom } from '../../infrastructure/local/LocalMediaRoom';
import { BENCH_CLASS, enterClass, playOnServices } from './benchClass';
import { classmateNames, coHostId, LessonEvent } from './heavyLesson';
import { expectOnPage, markCard, tapOnPage, timed, visitPage } from './pageEvents';
import { LessonBinding, ME, TEACHER } from './LessonBinding';
import { LogicTime } from './LogicTime';
import { NetworkReportingMediaRoom } from './NetworkReportingMediaRoom';
import { ServiceTime } from './ServiceTime';
import { countEveryWriter } from './everyWriter';
import { pageShapeOf } from './pageShape';
import { PageShape, SetDataLog } from './setDataLog';
import type { SimulatedClock } from './BenchClock';

type Core = typeof import('../../miniprogram/core');

export { BENCH_CLASS };

export interface RenderedPage {
  readonly instance: Record<string, unknown> & { setData(data: Record<string, unknown>): void; data: Record<string, unknown> };
  /** The page's rendered elements (miniprogram-simulate's jsdom node). */
  readonly dom?: { readonly children: ArrayLike<unknown> };
}

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * This project's binding: the built app's view models and the real lesson page rendered by
 * miniprogram-simulate, on the in-memory services, with the page's setData instrumented. Events
 * arrive as the services would deliver them (actors on the hub, the media room's reports).
 */
export class ProjectLessonPage implements LessonBinding {
  readonly name = 'this project';
  readonly memberCountField = 'memberText';
  readonly hasAnswerCard = true;
  readonly log: SetDataLog;
  readonly logicTime: LogicTime;
  private offline = false;
  private backAt = Number.NEGATIVE_INFINITY;

  private constructor(
    private readonly core: Core,
    private readonly hub: Hub,
    private readonly localRoom: LocalMediaRoom,
    private readonly room: NetworkReportingMediaRoom,
    private readonly page: RenderedPage,
    private readonly store: InstanceType<Core['LessonStore']>,
    clock: SimulatedClock,
    services: ServiceTime,
  ) {
    this.log = new SetDataLog(() => clock.now());
    this.logicTime = new LogicTime(
      () => this.log.renderMs,
      () => services.ms(),
    );
  }

  /** Opens the page, joins, and puts the co-hosts on stage; the log starts empty after that. */
  static async open(
    core: Core,
    renderPage: () => RenderedPage,
    clock: SimulatedClock,
    members: number,
    coHosts: number,
  ): Promise<ProjectLessonPage> {
    let localRoom: LocalMediaRoom | undefined;
    let room: NetworkReportingMediaRoom | undefined;
    // The lesson runs on the sources; the page and its store are the built app's.
    const { hub, app: useCases } = inMemoryLesson({
      clock,
      student: { userId: ME, name: '小明' },
      classes: [{ info: BENCH_CLASS }],
      logger: quiet,
      adjust: (container) => {
        localRoom = container.get<LocalMediaRoom>(PORTS.media);
        room = new NetworkReportingMediaRoom(localRoom);
        container.rebind(PORTS.media).toConstantValue(room);
      },
    });
    // The in-memory IM and RTC services stand for Tencent's cloud: their time is not the app's.
    const services = new ServiceTime();
    services.wrapService(hub.im);
    services.wrapService(hub.rtc);
    services.wrapDelivery(hub.im.inbox(ME));
    services.wrapDelivery(hub.rtc.inbox(ME));
    enterClass(hub, TEACHER);
    const teacher = hub.actor(TEACHER).camera(true).mic(true);
    const names = classmateNames(members, coHosts);
    const { store } = core.openLesson({ classId: BENCH_CLASS.classId, useCases, clock, realVideo: false, classmateNames: names });
    // Every page and component instance's setData is counted, so the hook goes in before the render.
    countEveryWriter(undefined);
    const page = renderPage();
    const binding = new ProjectLessonPage(core, hub, localRoom!, room!, page, store, clock, services);
    countEveryWriter(binding.log);
    (page.instance.onLoad as () => void)();
    (page.instance.onShow as () => void)();
    await clock.advance(1000);
    for (let index = 0; index < coHosts; index += 1) {
      const userId = coHostId(index);
      enterClass(hub, userId);
      teacher.command({ type: 'grant', to: userId, mic: true, camera: true });
      hub.actor(userId).camera(true).mic(true);
    }
    await clock.advance(1000);
    binding.log.reset();
    return binding;
  }

  apply(event: LessonEvent): void {
    const { hub, log } = this;
    // A hidden page gets no taps, and what the class does meanwhile is measured as the catch-up;
    // what the staff do while the student is offline reaches them when the network is back.
    if (log.isHidden && (event.type === 'myTap' || event.type === 'mySend')) return;
    if (event.type === 'offline' || event.type === 'online') this.offline = event.type === 'offline';
    if (event.type === 'online') this.backAt = event.at;
    markCard(log, event);
    if (timed(log, this.offline, this.backAt, event, this.store)) expectOnPage(log, event);
    if (playOnServices(event, { hub, media: this.localRoom, store: this.store })) return;
    if (event.type === 'network') this.room.reportNetwork(event.quality);
    if (event.type === 'myTap') tapOnPage(this.page, this.store, this.log, event.control);
    if (event.type === 'offline' || event.type === 'online') hub.im.setOnline(ME, event.type === 'online');
    if (event.type === 'hide' || event.type === 'show') visitPage(this.page, log, event.type);
  }

  pageShape(): PageShape {
    return pageShapeOf(this.page.dom as Parameters<typeof pageShapeOf>[0]);
  }

  chatHeld(): number {
    return this.store.useCases.session.classroom.chat.size;
  }

  /** Lines the page itself holds (the chat window), apart from the view model's log. */
  chatOnPage(): number {
    return (this.page.instance.data.chat as unknown[]).length;
  }

  close(): void {
    (this.page.instance.onHide as () => void)();
    countEveryWriter(undefined);
    this.core.closeLesson();
  }
}

type Hub = LocalClassroomHub;
