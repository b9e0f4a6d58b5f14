import { MAX_STAGE_CAPACITY } from '../../domain/classroom/StageCapacity';
import { MAX_USER_ID_LENGTH } from '../../domain/classroom/UserId';
import { MAX_SCRIPT_AT_MS, ROOT_FIELDS } from '../../infrastructure/local/script/parseLessonScript';
import {
  CLASSROOM_FIELDS,
  DEVICE_FIELDS,
  DEVICE_STATUSES,
  MAX_CHAT_HISTORY,
  PERSON_FIELDS,
} from '../../infrastructure/local/script/parseScriptClassroom';
import { ActionSpec, ACTIONS } from '../../infrastructure/local/script/scriptActions';
import { RESERVED_IDS } from '../../infrastructure/local/script/scriptFields';
import { HEARD_ACTIONS, MAX_REPLY_AFTER_MS } from '../../infrastructure/local/script/replyRules';

type Schema = Record<string, unknown>;

/**
 * The JSON Schema of version 1 scripts, made from the same table the validator reads, for
 * editors to complete and check scripts (docs/lesson-script.schema.json). It says what a schema
 * can: fields, types, ranges, reserved ids. Who may take which action, unique ids and "me joins
 * first" are checked by the lesson command only.
 */
export function lessonScriptSchema(): Schema {
  const person = closed(PERSON_FIELDS, { userId: { $ref: '#/$defs/userId' }, name: { type: 'string' } }, PERSON_FIELDS);
  const people = { type: 'array', items: { $ref: '#/$defs/person' } };
  const classroom = closed(
    CLASSROOM_FIELDS,
    {
      classId: { type: 'string', minLength: 1 },
      title: { type: 'string', minLength: 1 },
      teacher: { $ref: '#/$defs/person' },
      assistants: people,
      students: people,
      me: { $ref: '#/$defs/person' },
      stageCapacity: { type: 'integer', minimum: 1, maximum: MAX_STAGE_CAPACITY },
      chatHistory: {
        type: 'integer',
        minimum: 0,
        maximum: MAX_CHAT_HISTORY,
        description: 'recent chat messages handed to a member who joins; 0 when left out',
      },
      devices: {
        ...closed(DEVICE_FIELDS, { camera: { enum: DEVICE_STATUSES }, microphone: { enum: DEVICE_STATUSES } }, []),
        description: "the phone's camera and microphone permissions at the start; allowed when left out",
      },
      schedule: {
        ...closed(['startsAt', 'endsAt'], { startsAt: { type: 'integer', minimum: 0 }, endsAt: { type: 'integer', minimum: 1 } }, [
          'startsAt',
        ]),
        description: "the timetable in ms of simulated time (the script starts at 0); the page's clock shows it",
      },
    },
    ['classId', 'title', 'teacher', 'me'],
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Lesson script, version 1',
    description: 'docs/lesson-scripts.md. Generated from infrastructure/local/script/scriptActions.ts: `npx lesson schema`.',
    ...closed(
      ROOT_FIELDS,
      {
        $schema: { type: 'string' },
        description: { type: 'string' },
        version: { const: 1 },
        classroom: { $ref: '#/$defs/classroom' },
        replies: { type: 'array', items: { $ref: '#/$defs/reply' } },
        steps: { type: 'array', items: { anyOf: [{ $ref: '#/$defs/snapshot' }, { $ref: '#/$defs/action' }] } },
      },
      ['version', 'classroom', 'steps'],
    ),
    $defs: {
      userId: {
        type: 'string',
        minLength: 1,
        maxLength: MAX_USER_ID_LENGTH,
        pattern: '\\S',
        not: { enum: RESERVED_IDS },
      },
      person,
      classroom,
      at: { type: 'number', minimum: 0, maximum: MAX_SCRIPT_AT_MS, description: 'milliseconds of simulated time' },
      snapshot: closed(['at', 'snapshot'], { at: { $ref: '#/$defs/at' }, snapshot: { type: 'string', minLength: 1 } }, ['at', 'snapshot']),
      action: { anyOf: actionSchemas(STEP_HEAD) },
      reply: { anyOf: actionSchemas(REPLY_HEAD) },
    },
  };
}

/** What comes before an action's own fields: a step's time, or a reply's trigger and wait. */
interface ActionHead {
  readonly properties: Schema;
  readonly required: readonly string[];
}

const STEP_HEAD: ActionHead = { properties: { at: { $ref: '#/$defs/at' } }, required: ['at'] };

const REPLY_HEAD: ActionHead = {
  properties: {
    when: closed(
      ['by', 'does'],
      {
        by: { type: 'string', minLength: 1, description: 'a user id, "me" or "anyone"' },
        does: { enum: [...HEARD_ACTIONS] },
      },
      ['by', 'does'],
    ),
    after: { type: 'number', minimum: 0, maximum: MAX_REPLY_AFTER_MS, description: 'milliseconds after what it answers; 0 when left out' },
  },
  required: ['when'],
};

/** One schema per action and field set; an action whose fields differ by actor (chat) has one per variant. */
function actionSchemas(head: ActionHead): Schema[] {
  const seen = new Map<string, { name: string; schema: Schema }>();
  for (const table of Object.values(ACTIONS)) {
    for (const [name, spec] of Object.entries(table)) {
      const schema = actionSchema(name, spec, head);
      seen.set(JSON.stringify(schema), { name, schema });
    }
  }
  const key = (entry: { name: string; schema: Schema }) => `${entry.name} ${JSON.stringify(entry.schema)}`;
  return [...seen.values()].sort((a, b) => (key(a) < key(b) ? -1 : 1)).map((entry) => entry.schema);
}

function actionSchema(name: string, spec: ActionSpec, head: ActionHead): Schema {
  const fields = Object.entries(spec.fields);
  const properties: Schema = { ...head.properties, by: { type: 'string', minLength: 1 }, do: { const: name } };
  for (const [field, { type }] of fields) properties[field] = type.schema;
  const required = [...head.required, 'by', 'do', ...fields.filter(([, field]) => !field.optional).map(([field]) => field)];
  const schema = closed(Object.keys(properties), properties, required);
  return spec.exactlyOne ? { ...schema, oneOf: spec.exactlyOne.map((field) => ({ required: [field] })) } : schema;
}

function closed(fields: readonly string[], properties: Schema, required: readonly string[]): Schema {
  if (fields.length !== Object.keys(properties).length) throw new Error('the schema and the validator list different fields');
  return { type: 'object', additionalProperties: false, required: [...required], properties };
}
