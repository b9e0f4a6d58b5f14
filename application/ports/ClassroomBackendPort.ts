import { MediaScene } from './MediaRoomPort';

export interface PersonInfo {
  readonly userId: string;
  readonly name: string;
}

/** What the school platform says about a class; students are not listed, staff are. */
export interface ClassInfo {
  readonly classId: string;
  readonly title: string;
  readonly teacher: PersonInfo;
  readonly assistants: readonly PersonInfo[];
  readonly stageCapacity?: number;
  readonly roomId: string;
  /** The media room's kind, the same for every client in it (the teacher's too); the adapter defaults it. */
  readonly mediaScene?: MediaScene;
  readonly chatGroupId: string;
  readonly signalGroupId: string;
  /** The timetable's start and end, ms since the epoch (docs/backend-api.md); the end may be missing. */
  readonly startsAt?: number;
  readonly endsAt?: number;
}

export interface Credentials {
  readonly sdkAppId: number;
  readonly userId: string;
  readonly userName: string;
  readonly userSig: string;
  /** Epoch milliseconds after which the signature is refused. */
  readonly expiresAt: number;
}

/** The school platform. Failures throw PortError: CLASS_NOT_FOUND, NOT_ENROLLED, CLASS_OVER, NETWORK, TIMEOUT. */
export interface ClassroomBackendPort {
  classInfo(classId: string): Promise<ClassInfo>;
  credentials(classId: string): Promise<Credentials>;
}
