/** One student the teacher has on stage, and what they may publish. */
export interface StageSeat {
  readonly userId: string;
  readonly mic: boolean;
  readonly camera: boolean;
}

/**
 * The teacher's state of the class as the service holds it now: read after a reconnect so that
 * commands missed while offline take effect, and nothing cached is trusted over it.
 */
export interface TeacherState {
  readonly stage: readonly StageSeat[];
  readonly chatMuted: boolean;
  readonly ended: boolean;
}

export const INITIAL_TEACHER_STATE: TeacherState = { stage: [], chatMuted: false, ended: false };
