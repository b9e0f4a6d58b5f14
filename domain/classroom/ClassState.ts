/** One student the teacher has on stage, and what they may publish. */
export interface StageSeat {
  readonly userId: string;
  readonly mic: boolean;
  readonly camera: boolean;
  /**
   * The number of the mute-all that switched this seat's microphone off, while no grant to the
   * seat has come since: a student who missed the mute switches it off on return, one who took it
   * in (and may have switched back on since) is not switched off again.
   */
  readonly mutedAt?: number;
}

/**
 * The class as the staff hold it, folded up to command number `seq`: what a student who joins
 * late or comes back needs in order to show the class as the teacher has it.
 */
export interface ClassState {
  /** The sequence number of the last staff command folded into this state; 0 before any. */
  readonly seq: number;
  /** Students on stage, in the order they came up. */
  readonly stage: readonly StageSeat[];
  readonly chatMuted: boolean;
  readonly ended: boolean;
  /** Students the staff removed from the class. */
  readonly removed: readonly string[];
  /** Raised hands, first raised first. */
  readonly hands: readonly string[];
}

export const INITIAL_CLASS_STATE: ClassState = { seq: 0, stage: [], chatMuted: false, ended: false, removed: [], hands: [] };
