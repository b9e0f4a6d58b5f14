import { Classroom } from '../../domain/classroom/Classroom';

export type NameOf = (userId: string) => string;

/**
 * Names by user id: the staff from the roster, classmates from the names the app was given, the
 * id itself otherwise. The given names are copied into a Map once (own entries only), so an id
 * such as `constructor` or `__proto__` finds its own name or none, never something inherited.
 */
export function nameBook(classmateNames: Readonly<Record<string, string>> = {}): (classroom: Classroom) => NameOf {
  const names = new Map(Object.entries(classmateNames).filter(([, name]) => typeof name === 'string'));
  return (classroom) => (userId) => classroom.roster.nameOf(userId) ?? names.get(userId) ?? userId;
}
