import { DomainError } from '../shared/DomainError';
import { Role } from './Role';

export class Participant {
  private constructor(readonly userId: string, readonly name: string, readonly role: Role) {}

  static create(props: { userId: string; name?: string; role: Role }): Participant {
    const userId = props.userId.trim();
    if (!userId) throw new DomainError('PARTICIPANT.NO_ID', 'a participant needs a user id');
    return new Participant(userId, props.name?.trim() || userId, props.role);
  }
}
