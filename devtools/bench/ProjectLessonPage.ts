import { PORTS } from '../../application/ports/tokens';
import { inMemoryLesson } from '../../infrastructure/local/inMemoryLesson';
import type { LocalClassroomHub } from '../../infrastructure/local/LocalClassroomHub';
import type { LocalMediaRoom } from '../../infrastructure/local/LocalMediaRoom';
import { BENCH_CLASS, enterClass, playOnServices } from './benchClass';
import { classmateNames, coHostId, LessonEvent, MyControl } from './heavyLesson';
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

/**
 * Getting back into the class after the network returns (IM's rejoin, the class state read that
 * heals what was missed) takes up to this long; what the staff do meanwhile reaches the student
 * with that read, which the reconnection figures are about, not the page's data path.
 */
export const BACK_IN_CLASS_MS = 5000;

/** Whether a change the event makes is timed: not while hidden, offline, or getting back into the class. */
export function timed(log: SetDataLog, offline: boolean, backAt: number, event: LessonEvent, store: { view: { status: string } }): boolean {
  if (log.isHidden || offline) return false;
  const own = event.type === 'myTap' || event.type === 'mySend';
  return own || (store.view.status !== 'reconnecting' && event.at >= backAt + BACK_IN_CLASS_MS);
}

/** onHide or onShow, as WeChat calls them when the student leaves the page and comes back. */
export function visitPage(page: RenderedPage, log: SetDataLog, visit: 'hide' | 'show'): void {
  // Marked first: onShow's catch-up is sent from inside the call.
  if (visit === 'hide') log.pageHidden();
  else log.pageShown();
  (page.instance[visit === 'hide' ? 'onHide' : 'onShow'] as () => void)();
}

/** What the student must see on the page for a command or a send of theirs (the visible-change figures). */
export function expectOnPage(log: SetDataLog, event: LessonEvent): void {
  if (event.type === 'grant') log.expect('grant', (payload) => payload.onStage === true);
  else if (event.type === 'revoke') log.expect('revoke', (payload) => payload.onStage === false);
  else if (event.type === 'board' && event.on) log.expect('board on', (payload) => payload.main === 'board');
  else if (event.type === 'question') log.expect('answer card opens', (payload) => cardField(payload, 'kind') === 'question');
  else if (event.type === 'closeQuestion') log.expect('answer card closes', (payload) => cardField(payload, 'open') === false);
  else if (event.type === 'mySend') log.expect('my message sent', (_, json) => json.includes(event.text), 'tap');
}

/** The teacher opened or closed an answer card: the next call carrying the card is what it cost. */
export function markCard(log: SetDataLog, event: LessonEvent): void {
  if (event.type === 'question') log.card.mark('open');
  if (event.type === 'closeQuestion') log.card.mark('close');
}

/** A field of the card as a payload sets it: by path (`toolCard.open`) or with the whole card. */
function cardField(payload: Record<string, unknown>, field: string): unknown {
  return `toolCard.${field}` in payload ? payload[`toolCard.${field}`] : (payload.toolCard as Record<string, unknown> | undefined)?.[field];
}

/** The student's own tap, through the page's handler as WeChat would call it, awaited on the page. */
export function tapOnPage(page: RenderedPage, store: InstanceType<Core['LessonStore']>, log: SetDataLog, control: MyControl): void {
  const view = store.view;
  const handler = (name: string, event?: unknown) => (page.instance[name] as (event?: unknown) => void)(event);
  if (control === 'fullscreen') {
    const on = !view.fullscreen;
    log.expect('my tap: fullscreen', (payload) => payload.fullscreen === on, 'tap');
    return handler('onFullscreenToggle');
  }
  if (control === 'saver') {
    const mode = view.dataSaver.mode === 'off' ? 'teacher-only' : 'off';
    log.expect('my tap: data saver', (payload) => payload.saverMode === mode, 'tap');
    return handler('onSaverTap', { currentTarget: { dataset: { mode } } });
  }
  const raised = view.me.hand !== 'raised';
  log.expect('my tap: hand', (payload) => payload.handRaised === raised, 'tap');
  handler('onHandTap');
}
