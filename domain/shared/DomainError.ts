/** Thrown when code breaks an invariant of the classroom; never for a user's mistake. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'DomainError';
  }
}
