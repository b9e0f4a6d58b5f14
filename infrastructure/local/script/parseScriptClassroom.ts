import { MAX_STAGE_CAPACITY } from '../../../domain/classroom/StageCapacity';
import { isUserId, MAX_USER_ID_LENGTH } from '../../../domain/classroom/UserId';
import { ScriptClassroom, ScriptDeviceStatus, ScriptError, ScriptPerson } from './LessonScript';
import { RESERVED_IDS } from './scriptFields';

export type Json = Record<string, unknown>;

export const CLASSROOM_FIELDS = [
  'classId',
  'title',
  'teacher',
  'assistants',
  'students',
  'me',
  'stageCapacity',
  'chatHistory',
  'devices',
  'schedule',
] as const;
export const DEVICE_FIELDS = ['camera', 'microphone'] as const;
export const DEVICE_STATUSES: readonly ScriptDeviceStatus[] = ['allowed', 'refused', 'ask'];
/** The in-memory service keeps a group's last 1000 messages; it cannot hand a new member more. */
export const MAX_CHAT_HISTORY = 1000;
export const PERSON_FIELDS = ['userId', 'name'] as const;

/** The people and the class; a problem here is named by its path, as `classroom.students[1].userId`. */
export function parseScriptClassroom(value: unknown): ScriptClassroom {
  const raw = jsonObject(value, '"classroom" must be an object');
  onlyFields(raw, CLASSROOM_FIELDS, 'classroom');
  for (const field of ['classId', 'title']) {
    if (typeof raw[field] !== 'string' || !(raw[field] as string).trim())
      throw new ScriptError(`classroom.${field} must be a non-empty string`);
  }
  const capacity = raw.stageCapacity;
  if (capacity !== undefined && !(Number.isInteger(capacity) && (capacity as number) >= 1 && (capacity as number) <= MAX_STAGE_CAPACITY)) {
    throw new ScriptError(
      `classroom.stageCapacity must be a whole number from 1 to ${MAX_STAGE_CAPACITY} (the product's limit), got ${JSON.stringify(capacity)}`,
    );
  }
  const chatHistory = raw.chatHistory ?? 0;
  if (!(Number.isInteger(chatHistory) && (chatHistory as number) >= 0 && (chatHistory as number) <= MAX_CHAT_HISTORY)) {
    throw new ScriptError(
      `classroom.chatHistory must be a whole number from 0 to ${MAX_CHAT_HISTORY} (messages handed to a new member), got ${JSON.stringify(raw.chatHistory)}`,
    );
  }
  const classroom: ScriptClassroom = {
    classId: raw.classId as string,
    title: raw.title as string,
    teacher: person(raw.teacher, 'classroom.teacher'),
    assistants: people(raw.assistants, 'classroom.assistants'),
    students: people(raw.students, 'classroom.students'),
    me: person(raw.me, 'classroom.me'),
    stageCapacity: capacity as number | undefined,
    chatHistory: chatHistory as number,
    devices: devices(raw.devices),
    ...(raw.schedule === undefined ? {} : { schedule: schedule(raw.schedule) }),
  };
  const ids = [classroom.teacher, ...classroom.assistants, ...classroom.students, classroom.me].map((p) => p.userId);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new ScriptError(`classroom: the user id "${duplicate}" is used twice`);
  return classroom;
}

/** The phone's answers: each device allowed, refused (only the settings page changes it) or never asked. */
function devices(value: unknown): ScriptClassroom['devices'] {
  if (value === undefined) return { camera: 'allowed', microphone: 'allowed' };
  const raw = jsonObject(value, 'classroom.devices must be an object with camera and microphone');
  onlyFields(raw, DEVICE_FIELDS, 'classroom.devices');
  const statusOf = (field: (typeof DEVICE_FIELDS)[number]): ScriptDeviceStatus => {
    const status = raw[field] ?? 'allowed';
    if (!DEVICE_STATUSES.includes(status as ScriptDeviceStatus)) {
      throw new ScriptError(
        `classroom.devices.${field} must be ${DEVICE_STATUSES.map((s) => JSON.stringify(s)).join(', ')}, got ${JSON.stringify(raw[field])}`,
      );
    }
    return status as ScriptDeviceStatus;
  };
  return { camera: statusOf('camera'), microphone: statusOf('microphone') };
}

function person(value: unknown, where: string): ScriptPerson {
  const p = jsonObject(value, `${where} must be an object with userId and name`);
  onlyFields(p, PERSON_FIELDS, where);
  if (!isUserId(p.userId)) throw new ScriptError(`${where}.userId must be a user id: 1 to ${MAX_USER_ID_LENGTH} characters, not blank`);
  if (RESERVED_IDS.includes(p.userId))
    throw new ScriptError(`${where}.userId "${p.userId}" is reserved: steps say "me" for the student and "network" for the network`);
  if (typeof p.name !== 'string') throw new ScriptError(`${where}.name must be a string`);
  return { userId: p.userId, name: p.name };
}

function people(value: unknown, where: string): ScriptPerson[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ScriptError(`${where} must be an array`);
  return value.map((entry, i) => person(entry, `${where}[${i}]`));
}

export function jsonObject(value: unknown, message: string, step?: number): Json {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ScriptError(message, step);
  return value as Json;
}

/** Refuses a field the format does not have: a typo must not pass for a default. */
export function onlyFields(value: Json, allowed: readonly string[], where: string, step?: number): void {
  const unknown = Object.keys(value).find((key) => !allowed.includes(key));
  if (unknown === undefined) return;
  const has = allowed.length > 0 ? `it has ${allowed.map((field) => `"${field}"`).join(', ')}` : 'it has no fields';
  throw new ScriptError(`unknown field "${unknown}" in ${where} (${has})`, step);
}

/** The timetable, in ms of simulated time (the script starts at 0); the end may be left out. */
function schedule(value: unknown): { startsAt: number; endsAt?: number } {
  const raw = jsonObject(value, 'classroom.schedule must be an object {startsAt, endsAt?}');
  onlyFields(raw, ['startsAt', 'endsAt'] as const, 'classroom.schedule');
  const time = (field: unknown) => Number.isSafeInteger(field) && (field as number) >= 0;
  if (!time(raw.startsAt)) throw new ScriptError('classroom.schedule.startsAt must be a whole number of ms, 0 or more');
  if (raw.endsAt === undefined) return { startsAt: raw.startsAt as number };
  if (!time(raw.endsAt) || (raw.endsAt as number) <= (raw.startsAt as number))
    throw new ScriptError('classroom.schedule.endsAt must be a whole number of ms after startsAt');
  return { startsAt: raw.startsAt as number, endsAt: raw.endsAt as number };
}
