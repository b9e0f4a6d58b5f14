import { DomainError } from '../shared/DomainError';
import { Role } from './Role';
import { isUserId } from './UserId';

export class Participant {
  private constructor(
    readonly userId: string,
    readonly name: string,
    readonly role: Role,
  ) {}

  /** The id is kept exactly as the backend gave it (see UserId): a trimmed id would name someone else. */
  static create(props: { userId: string; name?: string; role: Role }): Participant {
    if (!isUserId(props.userId)) throw new DomainError('PARTICIPANT.NO_ID', 'a participant needs a user id');
    return new Participant(props.userId, props.name?.trim() || props.userId, props.role);
  }
}
