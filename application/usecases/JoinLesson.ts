import { Classroom } from '../../domain/classroom/Classroom';
import { Participant } from '../../domain/classroom/Participant';
import { Roster } from '../../domain/classroom/Roster';
import { DomainError } from '../../domain/shared/DomainError';
import { fail, FailureCode, ok, Result } from '../../domain/shared/Result';
import { FollowClassState } from '../classstate/FollowClassState';
import { LessonEventRouter } from '../events/LessonEventRouter';
import { ChatPort } from '../ports/ChatPort';
import { ClassControlPort } from '../ports/ClassControlPort';
import { ClassInfo, ClassroomBackendPort, Credentials } from '../ports/ClassroomBackendPort';
import { MediaRoomPort } from '../ports/MediaRoomPort';
import { Logger } from '../ports/PlatformPorts';
import { portErrorCode, PortErrorCode } from '../ports/PortError';
import { WhiteboardPort } from '../ports/WhiteboardPort';
import { LessonTickets } from '../reconnect/LessonTickets';
import { Reconnection } from '../reconnect/Reconnection';
import { LeaveRooms } from '../session/LeaveRooms';
import { LessonSession } from '../session/LessonSession';

export interface JoinPorts {
  readonly backend: ClassroomBackendPort;
  readonly media: MediaRoomPort;
  readonly chat: ChatPort;
  readonly control: ClassControlPort;
  readonly whiteboard: WhiteboardPort;
}

const JOIN_FAILURES: Partial<Record<PortErrorCode, FailureCode>> = {
  CLASS_NOT_FOUND: 'JOIN.CLASS_NOT_FOUND',
  NOT_ENROLLED: 'JOIN.NOT_ENROLLED',
  CLASS_OVER: 'JOIN.CLASS_OVER',
  NETWORK: 'JOIN.NETWORK',
  TIMEOUT: 'JOIN.NETWORK',
  ROOM_FULL: 'JOIN.ROOM_FULL',
  AUTH: 'JOIN.SIGNATURE',
  SUSPENDED: 'JOIN.SUSPENDED',
  REJECTED: 'JOIN.REFUSED',
};

/**
 * Class info and credentials are fetched together; then the media room and the messaging
 * login run side by side, and the two groups are joined together once logged in; the class
 * state is read once the signalling group is joined, so no command falls between the two:
 * four round trips deep instead of the six a step-by-step join takes.
 */
export class JoinLesson {
  private inFlight: { classId: string; done: Promise<Result> } | undefined;

  constructor(
    private readonly ports: JoinPorts,
    private readonly session: LessonSession,
    private readonly router: LessonEventRouter,
    private readonly reconnection: Reconnection,
    private readonly tickets: LessonTickets,
    private readonly classState: FollowClassState,
    private readonly rooms: LeaveRooms,
    private readonly logger: Logger,
  ) {}

  execute(classId: string): Promise<Result> {
    if (this.inFlight?.classId === classId) return this.inFlight.done;
    if (this.session.hasClassroom && this.session.classroom.classId === classId && this.session.classroom.isActive) {
      return Promise.resolve(ok());
    }
    const done = this.join(classId).finally(() => (this.inFlight = undefined));
    this.inFlight = { classId, done };
    return done;
  }

  private async join(classId: string): Promise<Result> {
    const { backend, media, chat, control, whiteboard } = this.ports;
    let info: ClassInfo;
    let credentials: Credentials;
    try {
      [info, credentials] = await Promise.all([backend.classInfo(classId), backend.credentials(classId)]);
    } catch (error) {
      this.logger.warn('join.backend_failed', { classId, error: String(error) });
      return fail(JOIN_FAILURES[portErrorCode(error)] ?? 'JOIN.FAILED');
    }
    const classroom = this.classroomFrom(info, credentials);
    if (!classroom.ok) return classroom;
    this.reconnection.reset();
    this.classState.reset();
    this.tickets.set(info, credentials);
    this.session.start(classroom.value);
    this.router.attach();
    try {
      const login = { sdkAppId: credentials.sdkAppId, userId: credentials.userId, userSig: credentials.userSig };
      await Promise.all([
        media.enter({ ...login, roomId: info.roomId, scene: info.mediaScene }),
        chat.login(login).then(() => Promise.all([chat.joinChat(info.chatGroupId), control.join(info.classId, info.signalGroupId)])),
        whiteboard.open(classId),
      ]);
      // The class may have ended, or the student been removed, while the rooms were being joined.
      if (!this.session.classroom.takesStaffCommands) {
        await this.rooms.leaveLate();
        return ok();
      }
    } catch (error) {
      // Banned from the class's groups or room by the school server: its state says I was removed.
      if (portErrorCode(error) === 'REJECTED' && (await this.removedMeanwhile())) return ok();
      this.logger.error('join.rooms_failed', { classId, error: String(error) });
      this.session.change((current) => current.finish('join-failed'));
      return fail(JOIN_FAILURES[portErrorCode(error)] ?? 'JOIN.FAILED');
    }
    // Most students arrive mid-lesson: the stage, the chat mute, an ended class or their own
    // removal come from the staff's stored state, taken in before the class is shown; commands
    // sent meanwhile were held for it. A read that fails is tried again while the lesson goes on.
    await this.classState.catchUp().catch((error) => this.logger.warn('join.state_unread', { classId, error: String(error) }));
    if (this.session.classroom.status === 'joining') this.session.change((current) => current.joined());
    return ok();
  }

  /** Only the stored state says why the services refused me; one lost read is asked again before the join fails. */
  private async removedMeanwhile(): Promise<boolean> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const read = await this.classState.catchUp().then(
        () => true,
        () => false,
      );
      if (read) break;
    }
    if (this.session.classroom.takesStaffCommands) return false;
    await this.rooms.leaveLate();
    return true;
  }

  private classroomFrom(info: ClassInfo, credentials: Credentials): Result<Classroom> {
    try {
      const teacher = Participant.create({ ...info.teacher, role: 'teacher' });
      const assistants = info.assistants.map((assistant) => Participant.create({ ...assistant, role: 'assistant' }));
      const roster = new Roster(teacher, assistants);
      return ok(
        new Classroom({
          classId: info.classId,
          title: info.title,
          roster,
          me: credentials.userId,
          stageCapacity: info.stageCapacity,
          ...(info.startsAt === undefined ? {} : { schedule: { startsAt: info.startsAt, endsAt: info.endsAt ?? null } }),
        }),
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.logger.error('join.bad_class_info', { classId: info.classId, code: error.code });
      return fail('JOIN.FAILED', error.code);
    }
  }
}
