import { PORTS } from '../../application/ports/tokens';
import { createContainer, lessonUseCases } from '../../infrastructure/composition/createContainer';
import { InMemorySchoolServer } from '../../server/infrastructure/memory/InMemorySchoolServer';
import { directoryOf } from '../../server/infrastructure/memory/classEntryOf';
import { SIGNAL_EXTENSION } from '../../infrastructure/shared/signalling/SignalProtocol';
import { MemoryLogger } from '../../infrastructure/shared/MemoryLogger';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { tencentFamilyModule } from '../../infrastructure/tencent/tencentFamilyModule';
import { TrtcRenderBinding } from '../../infrastructure/trtc-wx/TrtcRenderBinding';
import { trtcFactory } from '../../infrastructure/trtc-wx/trtcFactory';
import { StandInImService } from '../../test/contracts/support/tencent/StandInImService';
import { StandInTrtcRoom } from '../../test/contracts/support/tencent/StandInTrtcRoom';
import { standInWxWithRoom } from '../../test/contracts/support/tencent/tencentPage';
import { StandInPhone } from '../../test/infrastructure/tencent/support/StandInPhone';
import { TYPES } from '../../test/infrastructure/tencent/support/StandInTim';
import { installStandInWx } from '../../test/infrastructure/tencent/support/standInWx';
import { schoolStateRoutes, standInRequest } from '../../test/infrastructure/tencent/support/standInRequest';
import { classmateNames, coHostId, LessonEvent } from './heavyLesson';
import { pictureBytes, pictureEntries } from './benchPictures';
import { LessonBinding, ME, TEACHER } from './LessonBinding';
import { LogicTime } from './LogicTime';
import { questionCommand } from './benchClass';
import { expectOnPage, markCard, tapOnPage, timed, visitPage } from './pageEvents';
import { BENCH_CLASS, RenderedPage } from './ProjectLessonPage';
import { pageShapeOf } from './pageShape';
import { ServiceTime } from './ServiceTime';
import { countEveryWriter } from './everyWriter';
import { PageShape, SetDataLog } from './setDataLog';
import type { SimulatedClock } from './BenchClock';

type Core = typeof import('../../miniprogram/core');

const SDK_APP_ID = 1400000001;
/** A co-host's <live-player> reports its net status every 2 s (trtc-wx's default interval). */
const NET_STATUS_MS = 2000;

/**
 * The Tencent family's lesson page: the built page, its store, and the family's adapters as the
 * composition root builds them, over the real trtc-wx-sdk on a stand-in wx, the stand-in IM
 * (test/contracts/support/tencent) and a stand-in TRTC room that speaks through the page's
 * <live-pusher> events. The room's <live-player>s report volume (5 Hz, from the heavy lesson) and
 * net status every 2 s; the board is the teacher's aux stream, so each board toggle is a player
 * coming or going. Every setData the page makes is counted, the media attributes' included.
 */
export class TencentLessonPage implements LessonBinding {
  readonly name = 'this project, Tencent family';
  readonly memberCountField = 'memberText';
  readonly hasAnswerCard = true;
  readonly log: SetDataLog;
  readonly logicTime: LogicTime;
  private readonly netStatusAt = new Map<string, number>();
  /** Chat sent to the group while the student's network is down. */
  private missed: { from: string; type: string; payload: Record<string, unknown> }[] | undefined;
  private backAt = Number.NEGATIVE_INFINITY;

  private constructor(
    private readonly core: Core,
    private readonly im: StandInImService,
    private readonly room: StandInTrtcRoom,
    private readonly school: InMemorySchoolServer,
    private readonly page: RenderedPage,
    private readonly store: InstanceType<Core['LessonStore']>,
    private readonly clock: SimulatedClock,
    private readonly uninstall: () => void,
    services: ServiceTime,
  ) {
    this.log = new SetDataLog(() => clock.now());
    this.logicTime = new LogicTime(
      () => this.log.renderMs,
      () => services.ms(),
    );
  }

  static async open(core: Core, renderPage: () => RenderedPage, clock: SimulatedClock, members: number, coHosts: number) {
    const pageWx = (globalThis as { wx?: Record<string, unknown> }).wx ?? {};
    const mediaView = new TrtcRenderBinding();
    const room = new StandInTrtcRoom(mediaView);
    const installed = standInWxWithRoom(installStandInWx(), room);
    // The page's own wx calls (nextTick, navigation) next to the SDK's.
    const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
    for (const [name, value] of Object.entries(pageWx)) if (!(name in wx)) wx[name] = value;
    const info = BENCH_CLASS;
    const im = new StandInImService([info.chatGroupId, info.signalGroupId], [TEACHER], ME, () => Math.floor(clock.now() / 1000));
    im.setManagers(info.signalGroupId, [TEACHER]);
    // The school server numbers the teacher's commands and publishes them through IM as the teacher.
    const school = new InMemorySchoolServer({
      directory: directoryOf([info]),
      clock,
      deliver: ({ groupId, senderId, data, description }) =>
        im.deliver(senderId, groupId, TYPES.MSG_CUSTOM as string, { data, description, extension: SIGNAL_EXTENSION }),
    });
    const { request } = standInRequest(
      {
        [`/api/classes/${info.classId}`]: { statusCode: 200, data: { ...info, trtcRoomId: Number(info.roomId) } },
        [`/api/classes/${info.classId}/credentials`]: {
          statusCode: 200,
          data: { sdkAppId: SDK_APP_ID, userId: ME, userName: '小明', userSig: `sig-${ME}`, expiresAt: clock.now() + 86_400_000 },
        },
      },
      schoolStateRoutes(school),
    );
    const container = createContainer(
      tencentFamilyModule({
        sdkAppId: SDK_APP_ID,
        backendUrl: 'https://school.example/api',
        sessionToken: () => `session-${ME}`,
        sdks: { tim: im.factory, timUploadPlugin: { name: 'tim-upload-plugin' }, trtc: trtcFactory({ env: 'test' }) },
        wx: Object.assign(new StandInPhone(), { request }),
        mediaView,
        logger: new MemoryLogger(100),
        clock,
      }),
    );
    container.get(PORTS.media);
    // The stand-in IM is Tencent's cloud: its time is not the app's; its deliveries to the
    // student's SDK (the stand-in TIM's emit) are the app's again. The stand-in room only turns a
    // publish into the <live-pusher> codes the page forwards to the real SDK: that is the app's.
    const services = new ServiceTime();
    services.wrapService(im);
    const names = classmateNames(members, coHosts);
    const runtime = {
      classId: info.classId,
      useCases: lessonUseCases(container),
      clock,
      realVideo: true,
      mediaView,
      classmateNames: names,
    };
    const { store } = core.openLesson(runtime);
    // Every page and component instance's setData is counted, so the hook goes in before the render.
    countEveryWriter(undefined);
    const page = renderPage();
    const binding = new TencentLessonPage(core, im, room, school, page, store, clock, installed.uninstall, services);
    countEveryWriter(binding.log);
    (page.instance.onLoad as () => void)();
    (page.instance.onShow as () => void)();
    await clock.advance(1000);
    const tim = im.factory.instance;
    if (!tim) throw new Error('the Tencent family did not log in to IM');
    services.wrapDelivery(tim);
    room.publish(TEACHER, 'camera', { audio: true, video: true });
    for (let index = 0; index < coHosts; index += 1) {
      const userId = coHostId(index);
      im.joins(info.chatGroupId, userId);
      binding.command({ type: 'grant', to: userId, mic: true, camera: true });
      room.publish(userId, 'camera', { audio: true, video: true });
    }
    await clock.advance(1000);
    if (store.view.screen !== 'lesson') throw new Error(`the Tencent family's page shows ${store.view.screen}, not the lesson`);
    binding.log.reset();
    return binding;
  }

  apply(event: LessonEvent): void {
    const { im, log, room } = this;
    if (log.isHidden && (event.type === 'myTap' || event.type === 'mySend')) return;
    // Offline, or the app still getting back into the class after it: the change comes with the catch-up.
    if (event.type === 'online') this.backAt = event.at;
    markCard(log, event);
    if (timed(log, !!this.missed, this.backAt, event, this.store)) expectOnPage(log, event);
    switch (event.type) {
      case 'join':
        return im.joins(BENCH_CLASS.chatGroupId, event.userId);
      case 'leave':
        // A live group tells nobody who left; the count catches up with the next tip or poll.
        return;
      case 'chat': {
        const sent =
          event.text !== undefined
            ? { from: event.from, type: TYPES.MSG_TEXT as string, payload: { text: event.text } }
            : { from: event.from, type: TYPES.MSG_IMAGE as string, payload: { imageInfoArray: pictureEntries(event.imageUrl!) } };
        // While the student's network is down the service keeps the group's messages for their poll.
        if (this.missed) return void this.missed.push(sent);
        return im.deliver(sent.from, BENCH_CLASS.chatGroupId, sent.type, sent.payload);
      }
      case 'offline':
        this.missed = [];
        return im.network(false);
      case 'online': {
        const missed = this.missed ?? [];
        this.missed = undefined;
        im.network(true);
        return im.deliverBatch(BENCH_CLASS.chatGroupId, missed);
      }
      case 'hide':
      case 'show':
        return visitPage(this.page, log, event.type);
      case 'volume':
        return this.onPlayer('onPlayerVolume', event.userId, { volume: event.volume });
      case 'network':
        return this.netStatus(event.userId);
      case 'grant':
        return this.command({ type: 'grant', to: ME, mic: true, camera: true });
      case 'revoke':
        return this.command({ type: 'revoke', to: ME });
      case 'board':
        return room.publish(TEACHER, 'board', { audio: false, video: event.on });
      case 'question':
      case 'closeQuestion':
        return this.command(questionCommand(event));
      case 'mySend':
        void this.store.sendText(event.text);
        return;
      case 'myTap':
        return tapOnPage(this.page, this.store, this.log, event.control);
    }
  }

  chatHeld(): number {
    return this.store.useCases.session.classroom.chat.size;
  }

  pageShape(): PageShape {
    return pageShapeOf(this.page.dom as Parameters<typeof pageShapeOf>[0]);
  }

  pictureBytes(url: string, entry: 'shown' | 'large'): number {
    return pictureBytes(url, entry);
  }

  close(): void {
    (this.page.instance.onHide as () => void)();
    countEveryWriter(undefined);
    this.core.closeLesson();
    this.uninstall();
  }

  private command(command: TeacherCommand): void {
    void this.school.command(BENCH_CLASS.classId, TEACHER, command);
  }

  /** A <live-player>'s event, as WeChat dispatches it to the page's handler. */
  private onPlayer(handler: string, userId: string, detail: Record<string, unknown>): void {
    const event = { detail, currentTarget: { dataset: { streamid: `${userId}_main` } } };
    (this.page.instance[handler] as (event: unknown) => void)(event);
  }

  private netStatus(userId: string): void {
    const now = this.clock.now();
    if (now - (this.netStatusAt.get(userId) ?? -Infinity) < NET_STATUS_MS) return;
    this.netStatusAt.set(userId, now);
    const info = { videoBitrate: 600, audioBitrate: 48, videoFPS: 15, netSpeed: 700, netJitter: 20, videoWidth: 640, videoHeight: 360 };
    this.onPlayer('onPlayerNetStatus', userId, { info });
  }
}
