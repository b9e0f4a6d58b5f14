import { FieldType, fieldTypes } from './scriptFields';

/**
 * The one table of the lesson script format's actions: who may take each action and the fields
 * each one has. The validator (parseLessonScript), the JSON Schema (docs/lesson-script.schema.json,
 * made by lessonScriptSchema) and the docs table follow it. To add an action, add it to the
 * actor's table below with its fields, play it in LessonEmulator (me) or playOthers (everyone
 * else), then regenerate the schema (`npx lesson schema > docs/lesson-script.schema.json`, then Prettier).
 */
export interface FieldSpec {
  readonly type: FieldType;
  readonly optional?: boolean;
}

export interface ActionSpec {
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** Exactly one of these fields is given (chat: text or a picture). */
  readonly exactlyOne?: readonly string[];
}

/** Who acts: the student (`me`), the teacher or an assistant, another student, the network. */
export type Actor = 'me' | 'staff' | 'classmate' | 'network';

const { boolean, text, count, userId, imageUrl, imageFile, oneOf, options, choices } = fieldTypes;
const required = (type: FieldType): FieldSpec => ({ type });
const optional = (type: FieldType): FieldSpec => ({ type, optional: true });
const none: ActionSpec = { fields: {} };
const switched: ActionSpec = { fields: { on: required(boolean) } };

const othersChat: ActionSpec = { fields: { text: optional(text), image: optional(imageUrl) }, exactlyOne: ['text', 'image'] };
/**
 * Exactly this payload from this sender: a chat text, a signalling message body (docs/signalling.md),
 * or a write of the class's stored state, which the service allows only to the staff.
 */
const raw: ActionSpec = { fields: { channel: required(oneOf('chat', 'signal', 'state')), payload: required(text) } };

/** Commands that only staff may give; a classmate may send them too, and they must have no effect. */
const TEACHER_COMMANDS: Readonly<Record<string, ActionSpec>> = {
  board: switched,
  grant: { fields: { to: required(userId), mic: required(boolean), camera: required(boolean) } },
  revoke: { fields: { to: required(userId) } },
  muteAll: none,
  muteChat: switched,
  kick: { fields: { to: required(userId) } },
  endClass: none,
  // The class tools (docs/signalling.md, "Class tools"); a closeQuestion carries the correct answer and the counts the staff's client tallied.
  invite: { fields: { to: required(userId), mic: required(boolean), camera: required(boolean), seconds: optional(count) } },
  question: {
    fields: {
      id: required(text),
      options: required(options),
      multiple: optional(boolean),
      seconds: optional(count),
      correct: optional(choices),
    },
  },
  closeQuestion: { fields: { id: required(text) } },
  checkIn: { fields: { id: required(text), seconds: required(count) } },
  reward: { fields: { to: required(userId) } },
};

/** What a student answers the staff: an answer card and a check-in. */
const STUDENT_REPLIES: Readonly<Record<string, ActionSpec>> = {
  answer: { fields: { id: required(text), choices: required(choices) } },
  checkIn: { fields: { id: required(text) } },
};

export const ACTIONS: Readonly<Record<Actor, Readonly<Record<string, ActionSpec>>>> = {
  me: {
    join: none,
    leave: none,
    raiseHand: none,
    lowerHand: none,
    mic: switched,
    camera: switched,
    chat: { fields: { text: optional(text), image: optional(imageFile) }, exactlyOne: ['text', 'image'] },
    fullscreen: switched,
    background: none,
    foreground: none,
    // A tap on the "while you were away" card.
    dismissRecap: none,
    // A tap on one of the data saver's modes: 标准, 只看老师, 仅音频.
    dataSaver: { fields: { mode: required(oneOf('off', 'teacher-only', 'audio-only')) } },
    // Taps on the class tools' cards.
    acceptInvite: none,
    declineInvite: none,
    ...STUDENT_REPLIES,
    dismissQuestion: none,
  },
  staff: {
    camera: switched,
    mic: switched,
    chat: othersChat,
    raw,
    ...TEACHER_COMMANDS,
  },
  classmate: {
    join: none,
    leave: none,
    chat: othersChat,
    raiseHand: none,
    lowerHand: none,
    camera: switched,
    mic: switched,
    raw,
    ...TEACHER_COMMANDS,
    // A classmate's own answers, so that the counts can be made; after the forged commands, so that checkIn is theirs.
    ...STUDENT_REPLIES,
  },
  network: {
    imDown: none,
    // Messaging back; `resume: false`: the drop outlived the chat poll, so what was sent meanwhile never comes.
    imUp: { fields: { resume: optional(boolean) } },
    rtcDown: none,
    rtcUp: none,
    // The service delivers its last `count` messages on the channel again, with the same ids.
    redeliver: { fields: { count: required(count), channel: optional(oneOf('chat', 'signal')) } },
    kickedOffline: { fields: { reason: required(oneOf('multipleAccount', 'userSigExpired')) } },
    // The student's downlink as the media room grades it (bad: nothing gets through).
    quality: { fields: { level: required(oneOf('good', 'fair', 'poor', 'bad')) } },
  },
};

/** How each actor reads in an error message. */
export const ACTOR_NAMES: Readonly<Record<Actor, string>> = {
  me: 'me',
  staff: 'the teacher or an assistant',
  classmate: 'a student',
  network: 'the network',
};

/** An action of an actor, looked up as an own property only: `toString` or `__proto__` is no action. */
export function actionOf(actor: Actor, name: string): ActionSpec | undefined {
  const table = ACTIONS[actor];
  return Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}
