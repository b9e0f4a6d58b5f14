import { ClassState, INITIAL_CLASS_STATE } from '../../../domain/classroom/ClassState';
import { TeacherCommand } from '../../../domain/classroom/TeacherCommand';
import { encodeClassState } from '../../../infrastructure/shared/signalling/classStateCodec';
import { foldCommand, foldHand } from '../../../infrastructure/shared/signalling/foldClassState';
import { ClassChange } from '../../../server/application/ports/ClassStore';
import { MemoryClassStore } from '../../../server/infrastructure/memory/MemoryClassStore';

/** A 128-character id, as long as the protocol allows. */
export const longId = (prefix: string, n: number) => `${prefix}-${String(n).padStart(5, '0')}-`.padEnd(128, 'abcdefghij'[n % 10]);

export type CrowdStep = { kind: 'command'; command: TeacherCommand } | { kind: 'hand'; userId: string };

/**
 * The protocol's largest class, built as it happens: 500 students removed, 500 hands raised and
 * 64 seats granted, with `me` among the hands (at place `handPlace`) or on a seat.
 */
export function crowdSteps(me: string, where: { handPlace?: number; seat?: boolean }): CrowdStep[] {
  const steps: CrowdStep[] = [];
  for (let n = 0; n < 500; n++) steps.push({ kind: 'command', command: { type: 'kick', to: longId('gone', n) } });
  for (let n = 0; n < 500; n++) {
    if (where.handPlace === n + 1) steps.push({ kind: 'hand', userId: me });
    else steps.push({ kind: 'hand', userId: longId('hand', n) });
  }
  for (let n = 0; n < 64; n++) {
    const to = where.seat && n === 10 ? me : longId('seat', n);
    steps.push({ kind: 'command', command: { type: 'grant', to, mic: n % 2 === 0, camera: true } });
  }
  return steps;
}

/** What the staff commanded, folded by the shared fold: the class a student must see. */
export function commandedState(steps: readonly CrowdStep[], staff: readonly string[], stageCapacity: number): ClassState {
  const rules = { stageCapacity, isStudent: (userId: string) => !staff.includes(userId) };
  return steps.reduce(
    (state, step) => (step.kind === 'command' ? foldCommand(state, step.command, rules) : foldHand(state, step.userId, true)),
    INITIAL_CLASS_STATE,
  );
}

/**
 * Protocol v2's store, for the property to fail on: the class state lives in an IM group field,
 * which refuses a value over 512 bytes (the write fails; what is stored stays the last that fitted).
 */
export class GroupFieldStore extends MemoryClassStore {
  override async commit(change: ClassChange, state: ClassState): Promise<'stored' | 'conflict'> {
    if (Buffer.byteLength(encodeClassState(state, change.rev), 'utf8') > 512)
      throw new Error('IM 10004: a group field value is at most 512 bytes');
    return super.commit(change, state);
  }
}
