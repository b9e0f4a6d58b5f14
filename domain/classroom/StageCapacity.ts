import { DomainError } from '../shared/DomainError';

/** The seed's player grid shows six co-hosts; class info may set another size. */
export const DEFAULT_STAGE_CAPACITY = 6;
/**
 * The most remote videos a phone decodes at once, the teacher's camera and board included (ADR
 * 0010): Tencent's trtc-room draws 4 players a page and stops video on the rest, and the only
 * documented cap for <live-player> on Android is 6 streams. Four, with my own preview, stays under it.
 */
export const MAX_REMOTE_VIDEOS = 4;
/**
 * The most co-hosts a class may be set up for: the protocol's own maximum of seats (docs/signalling.md).
 * TRTC documents at most 50 users publishing at once in a room, so past 50 some seats must stay
 * silent (docs/go-live.md); a seat is the staff's permission, not a stream.
 */
export const MAX_STAGE_CAPACITY = 64;

export class StageCapacity {
  private constructor(readonly value: number) {}

  static create(value: number | undefined): StageCapacity {
    if (value === undefined) return new StageCapacity(DEFAULT_STAGE_CAPACITY);
    if (!Number.isInteger(value) || value < 1 || value > MAX_STAGE_CAPACITY) {
      throw new DomainError('STAGE.CAPACITY', `stage capacity must be a whole number from 1 to ${MAX_STAGE_CAPACITY}, got ${value}`);
    }
    return new StageCapacity(value);
  }
}
