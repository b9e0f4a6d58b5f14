import fc from 'fast-check';
import { readIncomingChat } from '../../application/events/readIncomingChat';
import { IncomingChat } from '../../application/ports/ChatPort';
import { ChatLog } from '../../domain/chat/ChatLog';
import { decodeSignal } from '../../infrastructure/shared/signalling/decodeSignal';
import { decodeClassStateReply } from '../../infrastructure/shared/signalling/classStateCodec';
import { SIGNAL_EXTENSION } from '../../infrastructure/shared/signalling/SignalProtocol';
import { aClassroom, act, classroomAction, ME, TEACHER } from './classroomActions';
import { brokenInvariant, commandedState } from './classroomInvariants';
import { convergenceProperty } from './convergence';
import { lessonPayloadProperty } from './lessonPayloads';
import { schoolOutboxProperty } from './schoolOutbox';

export interface NamedProperty {
  readonly name: string;
  /** Cases per run in `npm test`; `npm run fuzz` runs ten times as many. */
  readonly runs: number;
  check(numRuns: number): Promise<void>;
}

function named<Ts extends [unknown, ...unknown[]]>(
  name: string,
  runs: number,
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
): NamedProperty {
  return { name, runs, check: async (numRuns) => fc.assert(property, { numRuns }) };
}

const roles = {
  roleOf: (userId: string) => (userId === TEACHER ? ('teacher' as const) : userId === 'a1' ? ('assistant' as const) : ('student' as const)),
};

/** Field values of every JSON type, so commands arrive with wrong types as often as right ones. */
const anyValue = fc.oneof(
  fc.string(),
  fc.boolean(),
  fc.integer(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.constant(ME),
);

const signalData = fc.oneof(
  fc.string(),
  fc.json(),
  fc
    .record(
      {
        v: fc.oneof(fc.constant(2), fc.constant(1), anyValue),
        seq: fc.oneof(fc.integer({ min: 1, max: 5 }), anyValue),
        type: fc.oneof(fc.constantFrom('grant', 'revoke', 'muteAll', 'muteChat', 'kick', 'endClass', 'hand'), fc.string()),
        to: anyValue,
        mic: anyValue,
        camera: anyValue,
        on: anyValue,
        raised: anyValue,
      },
      { requiredKeys: [] },
    )
    .map((body) => JSON.stringify(body)),
);

export const PROPERTIES: readonly NamedProperty[] = [
  named(
    'any sequence of teacher, classmate, network and student actions keeps the classroom invariants',
    4_000,
    fc.property(fc.array(classroomAction, { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (actions, capacity) => {
      const classroom = aClassroom(capacity);
      actions.forEach((action, step) => {
        const before = commandedState(classroom);
        act(classroom, action, step);
        const broken = brokenInvariant(classroom);
        if (broken) throw new Error(`after step ${step} (${JSON.stringify(action)}): ${broken}`);
        const fromStudent = action.kind === 'command' && !classroom.roster.mayCommand(action.sender);
        if (fromStudent && commandedState(classroom) !== before) throw new Error(`a classmate's ${action.kind} changed the class`);
      });
    }),
  ),
  named(
    'any signalling payload from anyone decodes without throwing, and only staff commands change the class',
    2_500,
    fc.property(
      signalData,
      fc.constantFrom(TEACHER, 'a1', 's2', ''),
      fc.oneof(fc.constant(SIGNAL_EXTENSION), fc.string()),
      fc.array(classroomAction, { maxLength: 10 }),
      (data, from, extension, history) => {
        const decoded = decodeSignal({ from, data, extension });
        if (!decoded.ok) return;
        if (decoded.event.senderId !== from) throw new Error('the sender was taken from the payload');
        const classroom = aClassroom();
        history.forEach((action, step) => act(classroom, action, step));
        const before = commandedState(classroom);
        if (decoded.event.type === 'command') classroom.applyCommand(decoded.event.senderId, decoded.event.seq, decoded.event.command);
        else classroom.handRules.signal(decoded.event.senderId, decoded.event.raised, 99);
        if (decoded.event.type === 'command' && roles.roleOf(from) === 'student' && commandedState(classroom) !== before)
          throw new Error("a classmate's command changed the class");
        const broken = brokenInvariant(classroom);
        if (broken) throw new Error(broken);
      },
    ),
  ),
  named(
    'any chat payload is refused or shown safely, and the log stays bounded and unique',
    2_000,
    fc.property(
      fc.array(
        fc.record({
          id: fc.oneof(fc.constantFrom('m1', 'm2', 'm3'), anyValue),
          from: anyValue,
          text: fc.option(anyValue),
          imageUrl: fc.option(fc.oneof(fc.webUrl(), anyValue)),
          at: fc.oneof(fc.integer(), anyValue),
        }),
        { maxLength: 30 },
      ),
      (messages) => {
        const log = new ChatLog(10);
        for (const raw of messages) {
          const read = readIncomingChat(raw as unknown as IncomingChat);
          if (typeof read === 'string') continue;
          if (read.imageUrl && !read.imageUrl.startsWith('https://')) throw new Error(`shows ${read.imageUrl}`);
          if (read.text !== undefined && typeof read.text !== 'string') throw new Error('shows a non-text');
          log.add(read);
        }
        const ids = log.messages.map((message) => message.id);
        if (ids.length > 10 || new Set(ids).size !== ids.length) throw new Error(`log holds ${ids.join(',')}`);
      },
    ),
  ),
  named(
    'any class-state reply reads as a state, as unchanged or as nothing, never throwing',
    1_000,
    fc.property(fc.oneof(fc.string(), fc.json(), anyValue), (raw) => {
      const reply = decodeClassStateReply(raw);
      if (reply && (!Number.isSafeInteger(reply.rev) || reply.rev < 0)) throw new Error('a malformed change number was accepted');
      const state = reply?.kind === 'state' ? reply.state : undefined;
      if (state && (!Array.isArray(state.stage) || typeof state.chatMuted !== 'boolean' || !Number.isSafeInteger(state.seq)))
        throw new Error('a malformed state was accepted');
    }),
  ),
  named('any payload on either channel, from anyone, leaves a whole lesson working and its rules intact', 500, lessonPayloadProperty),
  named(
    'the school server publishes every stored change once and in order, through restarts, IM outages, store failures and resent requests',
    1_000,
    schoolOutboxProperty,
  ),
  named(
    'any interleaving of staff commands, classmates, redeliveries, drops, background, school-server restarts and refusals, and a late join converges on the staff’s class',
    10_000,
    convergenceProperty,
  ),
];
