type Schema = Record<string, unknown>;

/**
 * A small JSON Schema (2020-12) checker for the keywords our schemas use: $ref to #/$defs,
 * type, const, enum, not, minimum, maximum, minLength, maxLength, pattern, required,
 * properties, additionalProperties: false, items, minItems, maxItems, anyOf, oneOf. Any other keyword throws, so a
 * schema cannot quietly say more than this checks. Returns the first problem's path, or null.
 */
export function schemaProblem(schema: Schema, value: unknown): string | null {
  return check(schema, value, schema, '$');
}

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs']);
const KEYWORDS = new Set([
  '$ref',
  'type',
  'const',
  'enum',
  'not',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'anyOf',
  'oneOf',
]);

function check(schema: Schema, value: unknown, root: Schema, at: string): string | null {
  for (const keyword of Object.keys(schema)) {
    if (!KEYWORDS.has(keyword) && !ANNOTATIONS.has(keyword)) throw new Error(`schemaProblem does not know "${keyword}" (at ${at})`);
  }
  if (typeof schema.$ref === 'string') {
    const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name ? (root.$defs as Record<string, Schema>)[name] : undefined;
    if (!target) throw new Error(`unresolvable $ref ${schema.$ref}`);
    const problem = check(target, value, root, at);
    if (problem) return problem;
  }
  if (schema.type !== undefined && !hasType(value, schema.type as string)) return `${at}: not of type ${schema.type}`;
  if ('const' in schema && value !== schema.const) return `${at}: not ${JSON.stringify(schema.const)}`;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return `${at}: not one of ${JSON.stringify(schema.enum)}`;
  if (schema.not && check(schema.not as Schema, value, root, at) === null) return `${at}: matches what is excluded`;
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) return `${at}: below ${schema.minimum}`;
    if (typeof schema.maximum === 'number' && value > schema.maximum) return `${at}: above ${schema.maximum}`;
  }
  if (typeof value === 'string') {
    const length = Array.from(value).length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) return `${at}: shorter than ${schema.minLength}`;
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) return `${at}: longer than ${schema.maxLength}`;
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      return `${at}: does not match ${schema.pattern}`;
  }
  if (Array.isArray(value) && typeof schema.minItems === 'number' && value.length < schema.minItems)
    return `${at}: fewer than ${schema.minItems} items`;
  if (Array.isArray(value) && typeof schema.maxItems === 'number' && value.length > schema.maxItems)
    return `${at}: more than ${schema.maxItems} items`;
  if (Array.isArray(value) && schema.items) {
    for (let i = 0; i < value.length; i++) {
      const problem = check(schema.items as Schema, value[i], root, `${at}[${i}]`);
      if (problem) return problem;
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const problem = checkObject(schema, value as Record<string, unknown>, root, at);
    if (problem) return problem;
  }
  if (Array.isArray(schema.anyOf)) {
    const problems = (schema.anyOf as Schema[]).map((option) => check(option, value, root, at));
    if (!problems.includes(null)) return `${at}: matches none of ${problems.length} choices (${shortest(problems)})`;
  }
  if (Array.isArray(schema.oneOf)) {
    const matches = (schema.oneOf as Schema[]).filter((option) => check(option, value, root, at) === null).length;
    if (matches !== 1) return `${at}: matches ${matches} of the choices where exactly one must match`;
  }
  return null;
}

function checkObject(schema: Schema, value: Record<string, unknown>, root: Schema, at: string): string | null {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  for (const field of (schema.required ?? []) as string[]) {
    if (!Object.prototype.hasOwnProperty.call(value, field)) return `${at}: needs "${field}"`;
  }
  for (const [field, fieldValue] of Object.entries(value)) {
    if (Object.prototype.hasOwnProperty.call(properties, field)) {
      const problem = check(properties[field], fieldValue, root, `${at}.${field}`);
      if (problem) return problem;
    } else if (schema.additionalProperties === false) return `${at}: "${field}" is not allowed`;
  }
  return null;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
  }
  throw new Error(`unknown type ${type}`);
}

function shortest(problems: (string | null)[]): string {
  return (problems.filter(Boolean) as string[]).sort((a, b) => b.length - a.length)[0] ?? '';
}
