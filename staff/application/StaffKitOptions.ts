import { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import { ClassState } from '../../domain/classroom/ClassState';
import { ChatLine, InvitationAnswer, StaffClock, StaffMessaging, StaffServer } from './ports';
import { CheckIns, Tally } from './ReplyWatch';
import { Sending } from './Sender';
import { StaffError } from './StaffError';

export interface StaffClass {
  readonly classId: string;
  readonly teacherId: string;
  readonly assistantIds: readonly string[];
  /** The stage's seats, as the school server's class entry has them (6 when not given). */
  readonly stageCapacity?: number;
}

export interface StaffKitOptions {
  readonly classInfo: StaffClass;
  /** The staff member this client speaks for. */
  readonly userId: string;
  readonly server: StaffServer;
  readonly messaging: StaffMessaging;
  readonly clock?: StaffClock;
  /** Grant a student who accepted an invitation, with the devices it offered (default true). */
  readonly grantOnAccept?: boolean;
  /** Where the correct answers of open questions are kept across a reload (a page's localStorage). */
  readonly keep?: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  /** A fresh id for each tap (crypto.randomUUID in a page). */
  readonly newRequestId?: () => string;
}

/** What the kit tells its host. */
export interface StaffEvents {
  [name: string]: unknown;
  /** The class as the kit now holds it (after a command, a hand, a read). */
  state: { readonly state: ClassState; readonly rev: number };
  hand: { readonly userId: string; readonly raised: boolean };
  sending: Sending;
  tally: Tally;
  checkIns: CheckIns;
  invitationAnswer: InvitationAnswer;
  chat: ChatLine;
  presence: { readonly userId: string; readonly online: boolean };
  /** A read of the class failed (the console says the class may be out of date). */
  readFailed: StaffError;
}

export const systemClock: StaffClock = {
  now: () => Date.now(),
  after: (ms, run) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

let counter = 0;
export const fallbackRequestId = () => `r${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** The staff's view of the class info a school backend gives (docs/backend-api.md). */
export function staffClassOf(info: ClassInfo): StaffClass {
  return {
    classId: info.classId,
    teacherId: info.teacher.userId,
    assistantIds: info.assistants.map((assistant) => assistant.userId),
    stageCapacity: info.stageCapacity,
  };
}
