import { CheckInState, QuestionState } from '../classroom/ClassState';
import { Choice } from './choices';

/** Where the student's own answer or check-in stands with the staff. */
export type Delivery = 'sending' | 'received' | 'failed';

/** The staff asked me up; `seq` is the invite's number. */
export interface InvitationCard {
  readonly seq: number;
  readonly mic: boolean;
  readonly camera: boolean;
  readonly endsAt: number;
  /** What I answered, once I did: the card goes, whatever the staff do next. */
  readonly answer: 'accepted' | 'declined' | null;
}

/** The class's question as stored, with my answer to it. */
export interface QuestionCard extends QuestionState {
  /** The answer I submitted last, and whether the staff have it. */
  readonly mine: readonly Choice[] | null;
  readonly delivery: Delivery | null;
  /** I closed the results card. */
  readonly dismissed: boolean;
}

export interface CheckInCard extends CheckInState {
  /**
   * `owed`: tapped while the school server could not be reached; it goes once it can, if the
   * window is still open. `missed`: it could not go before the window closed.
   */
  readonly mine: 'none' | 'sending' | 'owed' | 'received' | 'missed';
}

/** Whether a question still takes answers at `now`: on a phone's clock for its card, on the server's for the stored state. */
export const questionIsOpen = (card: QuestionState, now: number): boolean =>
  card.results === null && (card.endsAt === null || now < card.endsAt);

export const checkInIsOpen = (card: CheckInState, now: number): boolean => now < card.endsAt;

export const invitationIsOpen = (card: InvitationCard, now: number): boolean => card.answer === null && now < card.endsAt;
