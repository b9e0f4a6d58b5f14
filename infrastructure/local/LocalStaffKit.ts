import { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { StaffError, StaffErrorCode } from '../../staff/application/StaffError';
import { StaffKit, StaffKitOptions } from '../../staff/application/StaffKit';
import { LocalStaffMessaging, LocalStaffServer, staffClockOf } from './LocalStaffLink';
import type { LocalClassroomHub } from './LocalClassroomHub';
import { staffClassOf } from '../../staff/application/StaffKitOptions';

/**
 * A teacher's or assistant's client in the in-memory family: the staff kit, the same code a
 * teacher console embeds, over the hub's school server and IM. It starts on first use.
 */
export class LocalStaffKit extends StaffKit {
  private starting: Promise<void> | undefined;

  /** `keep`: the page's storage, where a console keeps its questions' answers across a reload. */
  constructor(hub: LocalClassroomHub, info: ClassInfo, userId: string, keep?: StaffKitOptions['keep']) {
    super({
      classInfo: staffClassOf(info),
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

export type StaffOutcome = { readonly ok: true } | { readonly ok: false; readonly code: StaffErrorCode };

/**
 * Sends through the kit, as tests and scripts play the staff. A command the kit refuses before
 * sending (a grant to a full stage) is sent as another teacher client might send it, so that the
 * students' own refusals stay tested: the server numbers it and every student refuses it alike.
 */
export async function sendAsAnyStaffClient(kit: StaffKit, send: () => Promise<unknown>, asIs?: TeacherCommand): Promise<StaffOutcome> {
  const outcome = (error: unknown): StaffOutcome => {
    if (error instanceof StaffError) return { ok: false, code: error.code };
    throw error;
  };
  try {
    await send();
    return { ok: true };
  } catch (error) {
    if (!(error instanceof StaffError && error.beforeSending && asIs)) return outcome(error);
    return kit.sendUnchecked(asIs).then(() => ({ ok: true }) as const, outcome);
  }
}
