import { ClassControlEvent } from '../../application/ports/ClassControlPort';
import { ClassState, INITIAL_CLASS_STATE } from '../../domain/classroom/ClassState';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { decodeClassStateReply } from '../../infrastructure/shared/signalling/classStateCodec';
import { ClassRules, foldCommand, foldHand } from '../../infrastructure/shared/signalling/foldClassState';

/** What a heard signal did to the copy: taken in, or it shows something was missed (read the state). */
export type Heard = 'taken' | 'stale' | 'behind';

/**
 * The staff client's copy of the class: the server's state as last read, with the commands and
 * hands heard since folded on top by the same fold the server uses, so the console moves at
 * once. The server's read is the truth; a copy that may have missed something says `behind`.
 */
export class ClassCopy {
  private current: ClassState = INITIAL_CLASS_STATE;
  /** The server's change number the copy is known to hold; commands heard do not say theirs. */
  private revision = 0;
  private known = false;

  constructor(
    private readonly rules: ClassRules,
    private readonly staff: ReadonlySet<string>,
  ) {}

  get state(): ClassState {
    return this.current;
  }

  get rev(): number {
    return this.revision;
  }

  /** Whether a read of the server has been taken since the kit started. */
  get read(): boolean {
    return this.known;
  }

  /** A read's answer; one older than what the copy holds changes nothing. Returns whether it was taken. */
  take(raw: unknown, now: number): boolean {
    const reply = decodeClassStateReply(raw, now);
    if (!reply) return false;
    if (reply.kind === 'unchanged') {
      this.known ||= reply.rev === this.revision;
      return false;
    }
    if (this.known && (reply.rev < this.revision || reply.state.seq < this.current.seq)) return false;
    this.current = reply.state;
    this.revision = reply.rev;
    this.known = true;
    return true;
  }

  /** A command the kit sent, stored as `rev`: folded now, unless its message came back first. */
  stored(command: TeacherCommand, seq: number, rev: number, now: number): Heard {
    if (seq > this.current.seq + 1) return 'behind';
    if (seq === this.current.seq + 1) this.current = foldCommand(this.current, command, this.rules, now);
    this.revision = Math.max(this.revision, rev);
    return 'taken';
  }

  hear(event: ClassControlEvent, now: number): Heard {
    if (event.type === 'command') {
      if (!this.staff.has(event.senderId)) return 'stale';
      if (event.seq <= this.current.seq) return 'stale';
      if (event.seq > this.current.seq + 1) return 'behind';
      this.current = foldCommand(this.current, event.command, this.rules, now);
      // Its change number is not on the wire: one more at least; a read says exactly.
      this.revision += 1;
      return 'taken';
    }
    if (this.staff.has(event.senderId)) return 'stale';
    const rev = event.rev ?? this.revision + 1;
    if (rev <= this.revision) return 'stale';
    this.current = foldHand(this.current, event.senderId, event.raised);
    const gap = rev > this.revision + 1;
    this.revision = rev;
    return gap ? 'behind' : 'taken';
  }
}
