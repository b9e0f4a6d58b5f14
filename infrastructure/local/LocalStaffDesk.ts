import { ClassState, INITIAL_CLASS_STATE } from '../../application/ports/ClassControlPort';
import { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import { DEFAULT_STAGE_CAPACITY } from '../../domain/classroom/StageCapacity';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { encodeClassState } from '../shared/signalling/classStateCodec';
import { foldCommand, foldHand } from '../shared/signalling/foldClassState';

/**
 * The staff's clients for one class, as docs/signalling.md asks a teacher-side client to behave:
 * each command takes the next number and is folded into the class state, which `store` then
 * writes to the signalling group's profile (the in-memory service a moment after the command
 * went out, as a real client's second request would land; the SDK stand-ins at once).
 */
export class LocalStaffDesk {
  private current: ClassState = INITIAL_CLASS_STATE;
  private readonly staff: Set<string>;

  constructor(
    private readonly info: Pick<ClassInfo, 'teacher' | 'assistants' | 'stageCapacity'>,
    private readonly store: (value: string) => void,
  ) {
    this.staff = new Set([info.teacher.userId, ...info.assistants.map((assistant) => assistant.userId)]);
  }

  isStaff(userId: string): boolean {
    return this.staff.has(userId);
  }

  /** The number a client would put on a command: a staff client's next one, or a classmate's guess. */
  commandFrom(userId: string, command: TeacherCommand): number {
    return this.staff.has(userId) ? this.command(command) : this.current.seq + 1;
  }

  get state(): ClassState {
    return this.current;
  }

  /** The next sequence number, with the command folded into the state the staff keep. */
  command(command: TeacherCommand): number {
    const rules = { stageCapacity: this.info.stageCapacity ?? DEFAULT_STAGE_CAPACITY, isStudent: (id: string) => !this.staff.has(id) };
    this.current = foldCommand(this.current, command, rules);
    this.store(encodeClassState(this.current));
    return this.current.seq;
  }

  /** A student's hand as the staff's client hears it on the signalling group. */
  hand(userId: string, raised: boolean): void {
    if (this.staff.has(userId)) return;
    const next = foldHand(this.current, userId, raised);
    if (next === this.current) return;
    this.current = next;
    this.store(encodeClassState(this.current));
  }
}
