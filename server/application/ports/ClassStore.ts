import { ClassState } from '../../../domain/classroom/ClassState';

/** What changed a class: a staff command (numbered) or a student's hand (not numbered). */
export type ChangeKind = 'command' | 'hand';

/**
 * One stored change and the signalling message it publishes. `rev` numbers every change of a
 * class (commands and hands alike: what a student's `since` compares); a command's own number is
 * the state's `seq` after it.
 */
export interface ClassChange {
  readonly classId: string;
  readonly rev: number;
  readonly kind: ChangeKind;
  /** Who the signalling message is sent as: the staff member, or the student whose hand it is. */
  readonly senderId: string;
  /** The message's `data`, exactly as it is published (docs/signalling.md). */
  readonly data: string;
  /** The staff client's own id for a command it may send again after a dropped answer. */
  readonly requestId?: string;
  /** The command's number; absent for a hand. */
  readonly seq?: number;
}

/** A class as last stored: its state and the number of its last change (0 before any). */
export interface ClassRecord {
  readonly rev: number;
  readonly state: ClassState;
}

/**
 * Where the school server keeps each class: the state, every change, and which changes are not
 * yet published. `commit` is one transaction and resolves only once the change is durable, so a
 * command acknowledged to a teacher survives a restart.
 */
export interface ClassStore {
  /** A class never changed reads as rev 0 with INITIAL_CLASS_STATE. */
  load(classId: string): Promise<ClassRecord>;
  /**
   * Stores `state` as the class's state at `change.rev` and the change beside it, unpublished.
   * 'conflict' (nothing written) when the class's stored rev is no longer `change.rev - 1`:
   * another server process changed it first.
   */
  commit(change: ClassChange, state: ClassState): Promise<'stored' | 'conflict'>;
  /** The change a staff client's request id already made, if it did (a retried POST). */
  changeByRequest(classId: string, senderId: string, requestId: string): Promise<ClassChange | undefined>;
  /** Changes not yet published, oldest first, across classes. */
  unpublished(limit: number): Promise<readonly ClassChange[]>;
  markPublished(classId: string, rev: number): Promise<void>;
  close(): Promise<void>;
}
