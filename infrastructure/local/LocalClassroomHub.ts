import { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import { Clock } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';
import { LocalActor } from './LocalActor';
import { LocalBoardService } from './LocalBoardService';
import { LocalImService } from './LocalImService';
import { LocalRtcService } from './LocalRtcService';
import { MemoryClassStore } from '../../server/infrastructure/memory/MemoryClassStore';
import { InMemorySchoolServer } from '../../server/infrastructure/memory/InMemorySchoolServer';
import { ClassEntry } from '../../server/application/ports/ClassDirectory';
import { classEntryOf } from '../../server/infrastructure/memory/classEntryOf';
import { SIGNAL_EXTENSION } from '../shared/signalling/SignalProtocol';
import { LocalStaffKit } from './LocalStaffKit';

export interface LocalClass {
  readonly info: ClassInfo;
  /** When set, only these students may join. */
  readonly enrolled?: readonly string[];
  over?: boolean;
}

export const LOCAL_SDK_APP_ID = 1400000001;

/**
 * One in-process stand-in for the school platform, IM, TRTC and the board service. Tests and the
 * lesson emulator play the teacher, classmates and the network on it through `actor` and the
 * services; the student's app reaches it only through the local adapters.
 */
export class LocalClassroomHub {
  readonly im: LocalImService;
  readonly rtc = new LocalRtcService();
  readonly boards = new LocalBoardService();
  private readonly classes = new Map<string, LocalClass>();
  private readonly actors = new Map<string, LocalActor>();
  private readonly kits = new Map<string, LocalStaffKit>();
  /** The school server's own logic: it numbers the staff's commands, keeps each class's state and publishes to IM. */
  readonly school: InMemorySchoolServer;

  /** Every call a client makes to a service takes this long (simulated), to measure the join's critical path. */
  callDelayMs = 0;
  /** The school platform cannot be reached (its requests fail as a dropped network would). */
  backendDown = false;
  private readonly callWatchers = new Set<(service: 'im' | 'rtc' | 'backend', userId?: string) => void>();

  /** `schoolStore`: where the school server keeps the classes, when a test gives it other rules. */
  constructor(
    readonly clock: Clock,
    schoolStore?: MemoryClassStore,
  ) {
    this.im = new LocalImService(clock);
    this.school = new InMemorySchoolServer({
      store: schoolStore,
      directory: { find: (classId) => this.entryOf(classId) },
      clock,
      // Sent by the server as App admin on the sender's behalf: IM stamps the sender, and every member gets it.
      deliver: (signal) =>
        this.im.postSignal(signal.groupId, { from: signal.senderId, data: signal.data, extension: SIGNAL_EXTENSION }, true),
      remove: (places, userId) => {
        for (const groupId of places.groupIds) this.im.ban(groupId, userId);
        this.rtc.kick(places.roomId, userId);
      },
    });
    this.im.onMembership(({ groupId, userId, joined }) => {
      for (const { info } of this.classes.values()) {
        if (info.signalGroupId !== groupId) continue;
        if (joined) this.school.core.leavers.back(info.classId, userId);
        else this.school.core.leavers.left(info.classId, userId);
      }
    });
  }

  addClass(localClass: LocalClass): void {
    this.classes.set(localClass.info.classId, localClass);
    const { info } = localClass;
    this.im.setManagers(info.signalGroupId, [info.teacher.userId, ...info.assistants.map((assistant) => assistant.userId)]);
    // The teacher's client grants a student who accepts an invitation, as a teacher console does.
    void this.staffKit(info.teacher.userId, info.classId).ready();
  }

  /** A staff member's client in a class: the staff kit over this hub's school server and IM, one per person and class. */
  staffKit(userId: string, classId?: string): LocalStaffKit {
    const { info } = this.findClass(classId ?? this.onlyClassId());
    const key = `${info.classId}/${userId}`;
    let kit = this.kits.get(key);
    if (!kit) this.kits.set(key, (kit = new LocalStaffKit(this, info, userId)));
    return kit;
  }

  findClass(classId: string): LocalClass {
    const found = this.classes.get(classId);
    if (!found) throw new PortError('CLASS_NOT_FOUND', `no class ${classId}`);
    return found;
  }

  /** The class's state as the school server last stored it. */
  classState(classId?: string) {
    return this.school.stateOf(classId ?? this.onlyClassId());
  }

  isStaff(userId: string, classId?: string): boolean {
    const { info } = this.findClass(classId ?? this.onlyClassId());
    return info.teacher.userId === userId || info.assistants.some((assistant) => assistant.userId === userId);
  }

  /** The teacher, an assistant or a classmate, acting in a class. */
  actor(userId: string, classId?: string): LocalActor {
    const key = `${classId ?? this.onlyClassId()}/${userId}`;
    let actor = this.actors.get(key);
    if (!actor) this.actors.set(key, (actor = new LocalActor(this, this.findClass(classId ?? this.onlyClassId()).info, userId)));
    return actor;
  }

  /**
   * A student's request to the school server. It needs the platform up and the phone online: the
   * in-memory services model the phone's network by its messaging connection, so a student whose
   * IM is down cannot reach the school either.
   */
  async schoolRoundTrip(userId: string): Promise<void> {
    await this.call('backend', userId);
    if (!this.im.isOnline(userId)) throw new PortError('NETWORK', 'the phone is offline');
  }

  /** Watches the requests clients make, as a service's access log would show them. */
  onCall(watcher: (service: 'im' | 'rtc' | 'backend', userId?: string) => void): () => void {
    this.callWatchers.add(watcher);
    return () => this.callWatchers.delete(watcher);
  }

  /** One service round trip as the clients see it. */
  async call(service: 'im' | 'rtc' | 'backend', userId?: string): Promise<void> {
    for (const watcher of [...this.callWatchers]) watcher(service, userId);
    if (this.callDelayMs > 0) await this.clock.delay(this.callDelayMs);
    if (service === 'backend' && this.backendDown) throw new PortError('NETWORK', 'the school platform is unreachable');
    if (service === 'im' && userId && !this.im.isOnline(userId)) throw new PortError('NETWORK', 'messaging is unreachable');
    if (service === 'rtc' && userId && !this.rtc.isOnline(userId)) throw new PortError('NETWORK', 'the media room is unreachable');
  }

  private entryOf(classId: string): ClassEntry | undefined {
    const found = this.classes.get(classId);
    return found && classEntryOf(found.info);
  }

  onlyClassId(): string {
    if (this.classes.size !== 1) throw new Error('name the class: the hub holds more than one');
    return [...this.classes.keys()][0];
  }
}
