import { parseArgs } from 'util';

export interface BenchArgs {
  readonly seconds: number;
  readonly seed: number;
  /** How many members the heavy lesson's class has. */
  readonly members: number;
  /** The 10-minute run for the heap check takes a while; `--no-heap` skips the heap runs. */
  readonly heap: boolean;
  /** How long the long heap runs last: 10 minutes, or 120 for the 2-hour check (`--minutes 120`). */
  readonly minutes: number;
  readonly out: string;
}

/** A child run of one binding, started by the bench itself for a clean heap reading. */
export interface HeapRunArgs {
  /** `app`: the student's app without a renderer (AppOnlyLesson), for the app's own heap. */
  readonly binding: 'project' | 'naive' | 'app';
  readonly seconds: number;
  readonly seed: number;
  readonly members: number;
  readonly dist: string;
}

export const USAGE =
  'usage: npm run bench -- [--seconds 5..3600] [--seed <whole number>] [--members 10..100000] [--no-heap] [--minutes 1..240] [--out <file.json>] [--help]';

export class BenchArgError extends Error {}

/** `--help` asks for the usage, not a run. */
export const HELP = 'help';

/** `--seconds 5` and `--seconds=5` alike (util.parseArgs); a mistyped option is refused by name. */
export function parseBenchArgs(argv: readonly string[], defaults: BenchArgs): BenchArgs | typeof HELP {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        seconds: { type: 'string' },
        seed: { type: 'string' },
        members: { type: 'string' },
        minutes: { type: 'string' },
        out: { type: 'string' },
        'no-heap': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new BenchArgError((error as Error).message);
  }
  if (values.help) return HELP;
  return {
    seconds: values.seconds === undefined ? defaults.seconds : wholeNumber('--seconds', values.seconds, 5, 3600),
    seed: values.seed === undefined ? defaults.seed : wholeNumber('--seed', values.seed, 0, 2 ** 32 - 1),
    members: values.members === undefined ? defaults.members : wholeNumber('--members', values.members, 10, 100_000),
    out: values.out === undefined ? defaults.out : jsonFile(values.out),
    heap: values['no-heap'] ? false : defaults.heap,
    minutes: values.minutes === undefined ? defaults.minutes : wholeNumber('--minutes', values.minutes, 1, 240),
  };
}

export function parseHeapRunArgs(argv: readonly string[]): HeapRunArgs {
  const [binding, seconds, seed, members, dist] = argv;
  if (binding !== 'project' && binding !== 'naive' && binding !== 'app') throw new BenchArgError(`heap run: unknown binding ${binding}`);
  if (!dist) throw new BenchArgError('heap run: no built app given');
  return {
    binding,
    seconds: wholeNumber('seconds', seconds, 5, 240 * 60),
    seed: wholeNumber('seed', seed, 0, 2 ** 32 - 1),
    members: wholeNumber('members', members, 10, 100_000),
    dist,
  };
}

function wholeNumber(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new BenchArgError(`${name} takes a whole number from ${min} to ${max}, got "${text}"`);
  return value;
}

function jsonFile(text: string): string {
  if (!text.endsWith('.json')) throw new BenchArgError(`--out takes a .json file, got "${text}"`);
  return text;
}
