import { Choice } from '../interactions/choices';

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

/** An invitation to the stage, open until `endsAt`; `seq` is the invite's command number, its id. */
export interface OpenInvitation {
  readonly to: string;
  readonly mic: boolean;
  readonly camera: boolean;
  readonly seq: number;
  readonly endsAt: number;
}

/** The class's last question: open while `results` is null, then closed with what the staff tallied. */
export interface QuestionState {
  readonly id: string;
  readonly options: readonly string[];
  readonly multiple: boolean;
  /** When answering ends; null for a question open until the staff close it. */
  readonly endsAt: number | null;
  readonly results: { readonly correct: readonly Choice[] | null; readonly counts: readonly number[] } | null;
}

/** The class's last check-in: open until `endsAt`. */
export interface CheckInState {
  readonly id: string;
  readonly endsAt: number;
}

export interface RewardCount {
  readonly userId: string;
  readonly count: number;
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
  /**
   * The class tools (docs/signalling.md, "Class tools"). Times are the school server's clock
   * where it stores them; a student's app holds them on its own clock (the read's `now` says how
   * far apart the two are).
   */
  readonly invitations: readonly OpenInvitation[];
  readonly question: QuestionState | null;
  readonly checkIn: CheckInState | null;
  /** Students with rewards, first rewarded first. */
  readonly rewards: readonly RewardCount[];
}

export const INITIAL_CLASS_STATE: ClassState = {
  seq: 0,
  stage: [],
  chatMuted: false,
  ended: false,
  removed: [],
  hands: [],
  invitations: [],
  question: null,
  checkIn: null,
  rewards: [],
};
