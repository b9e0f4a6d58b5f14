// The console: act by hand as anyone in the class or as the network, with every action of the
// lesson script format. The form is made from the format's table (ACTIONS), so a new action
// appears here without code; what is done goes through the ScriptPlayer, checked and recorded.
const { ACTIONS } = require('../../../../infrastructure/local/script/scriptActions');
const { report } = require('./report');

const NEW_CLASSMATE = '+';
const byId = (id) => document.getElementById(id);

/** Everyone who can act, with the table of actions they take. */
function peopleOf(script) {
  const { classroom } = script;
  const known = new Set([classroom.teacher, ...classroom.assistants, ...classroom.students, classroom.me].map((p) => p.userId));
  const joiners = script.steps.filter((step) => step.do === 'join' && step.by !== 'me' && !known.has(step.by)).map((step) => step.by);
  return [
    { id: classroom.teacher.userId, label: `${classroom.teacher.name} (teacher)`, actor: 'staff' },
    ...classroom.assistants.map((p) => ({ id: p.userId, label: `${p.name} (assistant)`, actor: 'staff' })),
    ...classroom.students.map((p) => ({ id: p.userId, label: `${p.name} (classmate)`, actor: 'classmate' })),
    ...[...new Set(joiners)].map((id) => ({ id, label: `${id} (joins later)`, actor: 'classmate' })),
    { id: 'network', label: 'the network', actor: 'network' },
    { id: 'me', label: `${classroom.me.name} (the student, through the page)`, actor: 'me' },
    { id: NEW_CLASSMATE, label: 'a new classmate…', actor: 'classmate' },
  ];
}

function option(value, label = value) {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  return element;
}

/** One input for a field, chosen from the JSON Schema fragment its type carries. */
function inputFor(name, type, userIds) {
  const schema = type.schema;
  let input;
  if (schema.enum || schema.$ref) {
    input = document.createElement('select');
    for (const value of schema.enum || userIds) input.appendChild(option(value));
  } else {
    input = document.createElement('input');
    input.type = schema.type === 'boolean' ? 'checkbox' : schema.type === 'integer' ? 'number' : 'text';
    if (schema.type === 'object') input.placeholder = '{"path": "…", "size": 1024}';
    // A list (an answer card's options, the letters picked): comma-separated.
    if (schema.type === 'array') input.placeholder = name === 'options' ? 'A,B,C,D' : 'A,C';
  }
  input.dataset.field = name;
  input.dataset.kind = schema.type || 'string';
  return input;
}

function valueOf(input) {
  if (input.dataset.kind === 'boolean') return input.checked;
  if (input.value === '') return undefined;
  if (input.dataset.kind === 'integer') return Number(input.value);
  if (input.dataset.kind === 'object') return JSON.parse(input.value);
  if (input.dataset.kind === 'array')
    return input.value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  return input.value;
}

function showConsole({ live }) {
  const people = peopleOf(live.script);
  const { classroom } = live.script;
  const userIds = [classroom.me.userId, ...classroom.students.map((p) => p.userId), ...classroom.assistants.map((p) => p.userId)];
  const who = byId('console-who');
  const action = byId('console-do');
  const fields = byId('console-fields');
  const newId = byId('console-new-id');
  who.textContent = '';
  for (const person of people) who.appendChild(option(person.id, person.label));
  const actorOf = () => people.find((person) => person.id === who.value).actor;

  const showFields = () => {
    fields.textContent = '';
    const spec = ACTIONS[actorOf()][action.value];
    for (const [name, field] of Object.entries(spec.fields)) {
      const label = document.createElement('label');
      label.textContent = `${name}${field.optional ? ' (optional)' : ''} `;
      label.appendChild(inputFor(name, field.type, userIds));
      fields.appendChild(label);
    }
  };
  const showActions = () => {
    newId.hidden = who.value !== NEW_CLASSMATE;
    action.textContent = '';
    for (const name of Object.keys(ACTIONS[actorOf()])) action.appendChild(option(name));
    showFields();
  };
  who.onchange = showActions;
  action.onchange = showFields;
  showActions();

  byId('console-act').onclick = () => {
    let step;
    try {
      step = { by: who.value === NEW_CLASSMATE ? newId.value.trim() : who.value, do: action.value };
      for (const input of fields.querySelectorAll('[data-field]')) {
        const value = valueOf(input);
        if (value !== undefined) step[input.dataset.field] = value;
      }
    } catch (error) {
      report(error.message);
      return;
    }
    live.act(step).then(
      () => report(''),
      (error) => report(error.message),
    );
  };
}

module.exports = { showConsole };
