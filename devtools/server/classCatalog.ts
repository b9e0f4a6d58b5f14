import * as fs from 'fs';

export interface CatalogClass {
  readonly classId: string;
  readonly enrolled?: readonly string[];
  readonly over?: boolean;
  readonly [field: string]: unknown;
}

export interface ClassCatalog {
  /** Names by token (the user id, in development). A Map: a token such as `constructor` finds nobody. */
  readonly students: ReadonlyMap<string, string>;
  readonly classes: readonly CatalogClass[];
}

export type Lookup =
  | { readonly ok: true; readonly found: CatalogClass; readonly userName: string }
  | { readonly ok: false; readonly status: number; readonly error: 'AUTH' | 'CLASS_NOT_FOUND' | 'NOT_ENROLLED' | 'CLASS_OVER' };

/** Reads the development class list (see devtools/server/classes.example.json); a bad file stops the server at start. */
export function loadCatalog(file: string): ClassCatalog {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { students?: unknown; classes?: unknown };
  const students = parsed.students;
  if (typeof students !== 'object' || students === null || Array.isArray(students) || !Array.isArray(parsed.classes)) {
    throw new Error(`${file}: expected { "students": {…}, "classes": […] }`);
  }
  const entries = Object.entries(students);
  const unnamed = entries.find(([, name]) => typeof name !== 'string');
  if (unnamed) throw new Error(`${file}: the student "${unnamed[0]}" needs a name (a string)`);
  return { students: new Map(entries as [string, string][]), classes: parsed.classes as CatalogClass[] };
}

/** The same checks, in the same order, as the production backend's: who, which class, enrolled, over. */
export function lookUp(catalog: ClassCatalog, classId: string, userId: string | undefined): Lookup {
  const userName = userId === undefined ? undefined : catalog.students.get(userId);
  if (!userId || !userName) return { ok: false, status: 401, error: 'AUTH' };
  const found = catalog.classes.find((candidate) => candidate.classId === classId);
  if (!found) return { ok: false, status: 404, error: 'CLASS_NOT_FOUND' };
  if (found.enrolled && !found.enrolled.includes(userId)) return { ok: false, status: 403, error: 'NOT_ENROLLED' };
  if (found.over) return { ok: false, status: 410, error: 'CLASS_OVER' };
  return { ok: true, found, userName };
}

/** The class as the contract returns it: the server's own bookkeeping stays behind. */
export function publicInfo(found: CatalogClass): Record<string, unknown> {
  const { enrolled: _enrolled, over: _over, ...info } = found;
  return info;
}
