export type Role = 'teacher' | 'assistant' | 'student';

/** Teachers and assistants run the lesson; everyone else only takes part in it. */
export function mayCommand(role: Role): boolean {
  return role === 'teacher' || role === 'assistant';
}
