import { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import { Clock } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';
import { LocalActor } from './LocalActor';
import { LocalBoardService } from './LocalBoardService';
import { LocalImService } from './LocalImService';
import { LocalRtcService } from './LocalRtcService';
import { LocalStaffDesk } from './LocalStaffDesk';
import { CLASS_STATE_FIELD } from '../shared/signalling/classStateCodec';

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
  private readonly desks = new Map<string, LocalStaffDesk>();

  /** Every call a client makes to a service takes this long (simulated), to measure the join's critical path. */
  callDelayMs = 0;
  /** The school platform cannot be reached (its requests fail as a dropped network would). */
  backendDown = false;
  private readonly callWatchers = new Set<(service: 'im' | 'rtc' | 'backend', userId?: string) => void>();

  constructor(readonly clock: Clock) {
    this.im = new LocalImService(clock);
  }

  addClass(localClass: LocalClass): void {
    this.classes.set(localClass.info.classId, localClass);
    this.staffDesk(localClass.info.classId);
  }

  findClass(classId: string): LocalClass {
    const found = this.classes.get(classId);
    if (!found) throw new PortError('CLASS_NOT_FOUND', `no class ${classId}`);
    return found;
  }

  /** The staff's clients of a class: its sequence numbers and its stored state. */
  staffDesk(classId?: string): LocalStaffDesk {
    const info = this.findClass(classId ?? this.onlyClassId()).info;
    let desk = this.desks.get(info.classId);
    if (!desk) {
      this.im.setManagers(info.signalGroupId, [info.teacher.userId, ...info.assistants.map((assistant) => assistant.userId)]);
      const write = (value: string) => this.im.setGroupField(info.signalGroupId, CLASS_STATE_FIELD, value, info.teacher.userId);
      const store = (value: string) =>
        this.callDelayMs > 0 ? void this.clock.delay(this.callDelayMs).then(() => write(value)) : write(value);
      this.desks.set(info.classId, (desk = new LocalStaffDesk(info, store)));
    }
    return desk;
  }

  /** The teacher, an assistant or a classmate, acting in a class. */
  actor(userId: string, classId?: string): LocalActor {
    const key = `${classId ?? this.onlyClassId()}/${userId}`;
    let actor = this.actors.get(key);
    if (!actor) this.actors.set(key, (actor = new LocalActor(this, this.findClass(classId ?? this.onlyClassId()).info, userId)));
    return actor;
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

  private onlyClassId(): string {
    if (this.classes.size !== 1) throw new Error('name the class: the hub holds more than one');
    return [...this.classes.keys()][0];
  }
}
