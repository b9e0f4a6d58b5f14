import { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import { StaffKit, StaffKitOptions } from '../../staff/application/StaffKit';
import { LocalStaffMessaging, LocalStaffServer, staffClockOf } from './LocalStaffLink';
import type { LocalClassroomHub } from './LocalClassroomHub';

/**
 * A teacher's or assistant's client in the in-memory family: the staff kit, the same code a
 * teacher console embeds, over the hub's school server and IM. It starts on first use.
 */
export class LocalStaffKit extends StaffKit {
  private starting: Promise<void> | undefined;

  /** `keep`: the page's storage, where a console keeps its questions' answers across a reload. */
  constructor(hub: LocalClassroomHub, info: ClassInfo, userId: string, keep?: StaffKitOptions['keep']) {
    super({
      classInfo: {
        classId: info.classId,
        teacherId: info.teacher.userId,
        assistantIds: info.assistants.map((assistant) => assistant.userId),
        stageCapacity: info.stageCapacity,
      },
      userId,
      server: new LocalStaffServer(hub.school, info.classId, userId, () => hub.im.isOnline(userId)),
      messaging: new LocalStaffMessaging(hub.im, info, userId),
      clock: staffClockOf(hub.clock),
      grantOnAccept: userId === info.teacher.userId,
      keep,
    });
  }

  /** Started once: the class read and IM heard. */
  ready(): Promise<void> {
    return (this.starting ??= this.start());
  }
}
