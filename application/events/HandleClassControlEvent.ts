import { DEVICES } from '../../domain/classroom/Permission';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { ClassControlEvent } from '../ports/ClassControlPort';
import { Clock, DevicePermissionPort, Logger } from '../ports/PlatformPorts';
import { LessonNotice, LessonSession } from '../session/LessonSession';
import { FloodGuard } from './FloodGuard';

/** Teacher commands and classmates' hands as they arrive on the signalling channel. */
export class HandleClassControlEvent {
  constructor(
    private readonly session: LessonSession,
    private readonly permissions: DevicePermissionPort,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly flood: FloodGuard,
  ) {}

  async execute(event: ClassControlEvent): Promise<void> {
    if (!this.session.hasClassroom || !this.flood.admits(event.senderId)) return;
    if (event.type === 'hand') {
      this.session.change((classroom) =>
        event.raised ? classroom.raiseHand(event.senderId, this.clock.now()) : classroom.lowerHand(event.senderId),
      );
      return;
    }
    await this.apply(event.senderId, event.command);
  }

  /** A command as the teacher's client sent it, or as caught up with after a reconnect. */
  async apply(senderId: string, command: TeacherCommand): Promise<void> {
    if (!this.session.hasClassroom) return;
    const before = this.myPermission();
    const result = this.session.change((classroom) => classroom.applyCommand(senderId, command));
    if (!result.ok) {
      this.logger.warn('class_control.command_refused', { senderId, type: command.type, code: result.code });
      if (result.code === 'STAGE.FULL' && this.isAboutMe(command)) this.session.tell('STAGE_FULL');
      return;
    }
    // A redelivered command changes nothing and says nothing.
    if (command.type === 'grant' && before === this.myPermission()) return;
    const notice = this.noticeFor(command);
    if (notice) this.session.tell(notice);
    if (command.type === 'grant' && command.to === this.session.classroom.me) await this.checkDeviceAccess();
  }

  private myPermission(): unknown {
    return this.session.classroom.stage.find(this.session.classroom.me)?.permission;
  }

  /** The phone may still refuse the devices the teacher granted; the student then stays on stage without them. */
  private async checkDeviceAccess(): Promise<void> {
    for (const device of DEVICES) {
      const mine = this.session.classroom.stage.find(this.session.classroom.me);
      if (!mine?.permission.allows(device)) continue;
      if ((await this.permissions.request(device)) === 'granted') continue;
      this.session.change((classroom) => classroom.setMyDevice(device, false));
      this.session.tell('DEVICE_DENIED');
    }
  }

  private isAboutMe(command: TeacherCommand): boolean {
    return 'to' in command && command.to === this.session.classroom.me;
  }

  private noticeFor(command: TeacherCommand): LessonNotice | undefined {
    switch (command.type) {
      case 'grant':
        return this.isAboutMe(command) ? 'GRANTED' : undefined;
      case 'revoke':
        return this.isAboutMe(command) ? 'REVOKED' : undefined;
      case 'muteAll':
        return this.session.classroom.stage.find(this.session.classroom.me) ? 'MUTED_ALL' : undefined;
      case 'muteChat':
        return command.on ? 'CHAT_MUTED' : 'CHAT_UNMUTED';
      default:
        return undefined;
    }
  }
}
