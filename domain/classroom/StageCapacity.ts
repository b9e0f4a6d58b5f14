import { DomainError } from '../shared/DomainError';

/** The seed's player grid shows six co-hosts; class info may set another size. */
export const DEFAULT_STAGE_CAPACITY = 6;
export const MAX_COHOST_VIDEOS = 6;
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
