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
  /** The last change number the server gave (a read, a command's answer, a hand); heard commands do not say theirs. */
  private revision = 0;
  private known = false;
  /** Something heard is folded that no server number covers: the next read takes the whole state. */
  private unconfirmed = false;

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

  /** The change number to read from (`?since=`), or undefined when the whole state is needed. */
  get readSince(): number | undefined {
    return this.known && !this.unconfirmed ? this.revision : undefined;
  }

  /** Whether a read of the server has been taken since the kit started. */
  get read(): boolean {
    return this.known;
  }

  /**
   * A read's answer. The server's state is the truth: it replaces whatever was folded on top,
   * unless it is older than a change number the server already gave (a read overtaken by a
   * command's own answer). Returns whether it was taken.
   */
  take(raw: unknown, now: number): boolean {
    const reply = decodeClassStateReply(raw, now);
    if (!reply) return false;
    if (reply.kind === 'unchanged') {
      this.known ||= reply.rev === this.revision;
      return false;
    }
    if (this.known && reply.rev < this.revision) return false;
    this.current = reply.state;
    this.revision = reply.rev;
    this.known = true;
    this.unconfirmed = false;
    return true;
  }

  /** A command the kit sent, stored as `rev`: folded now, unless its message came back first. */
  stored(command: TeacherCommand, seq: number, rev: number, now: number): Heard {
    if (seq > this.current.seq + 1) return 'behind';
    if (seq === this.current.seq + 1) this.current = foldCommand(this.current, command, this.rules, now);
    this.revision = Math.max(this.revision, rev);
    return 'taken';
  }

  /**
   * A signal heard on the group, folded at once for the console. A command does not carry its
   * change number, so the copy's number stays the server's last one and a read follows (the
   * kit reads after every command); a hand carries it, and a hand past a gap asks for a read.
   */
  hear(event: ClassControlEvent, now: number): Heard {
    if (event.type === 'command') {
      if (!this.staff.has(event.senderId)) return 'stale';
      if (event.seq <= this.current.seq) return 'stale';
      if (event.seq > this.current.seq + 1) return 'behind';
      this.current = foldCommand(this.current, event.command, this.rules, now);
      this.unconfirmed = true;
      return 'taken';
    }
    if (this.staff.has(event.senderId)) return 'stale';
    if (event.rev !== undefined && event.rev <= this.revision) return 'stale';
    this.current = foldHand(this.current, event.senderId, event.raised);
    if (event.rev === undefined) return 'taken';
    const gap = event.rev > this.revision + 1;
    this.revision = event.rev;
    return gap ? 'behind' : 'taken';
  }
}
