export interface BenchArgs {
  readonly seconds: number;
  readonly seed: number;
  /** The 10-minute run for the heap check takes a while; `--no-heap` skips the heap runs. */
  readonly heap: boolean;
  readonly out: string;
}

/** A child run of one binding, started by the bench itself for a clean heap reading. */
export interface HeapRunArgs {
  readonly binding: 'project' | 'naive';
  readonly seconds: number;
  readonly seed: number;
  readonly dist: string;
}

export const USAGE = 'usage: npm run bench -- [--seconds 5..3600] [--seed <whole number>] [--no-heap] [--out <file.json>]';

export class BenchArgError extends Error {}

export function parseBenchArgs(argv: readonly string[], defaults: BenchArgs): BenchArgs {
  const args = { ...defaults };
  for (let index = 0; index < argv.length; index += 1) {
    const name = argv[index];
    const value = () => {
      const next = argv[++index];
      if (next === undefined || next.startsWith('--')) throw new BenchArgError(`${name} needs a value`);
      return next;
    };
    if (name === '--seconds') args.seconds = wholeNumber(name, value(), 5, 3600);
    else if (name === '--seed') args.seed = wholeNumber(name, value(), 0, 2 ** 32 - 1);
    else if (name === '--out') args.out = jsonFile(value());
    else if (name === '--no-heap') args.heap = false;
    else throw new BenchArgError(`unknown argument: ${name}`);
  }
  return args;
}

export function parseHeapRunArgs(argv: readonly string[]): HeapRunArgs {
  const [binding, seconds, seed, dist] = argv;
  if (binding !== 'project' && binding !== 'naive') throw new BenchArgError(`heap run: unknown binding ${binding}`);
  if (!dist) throw new BenchArgError('heap run: no built app given');
  return { binding, seconds: wholeNumber('seconds', seconds, 5, 3600), seed: wholeNumber('seed', seed, 0, 2 ** 32 - 1), dist };
}

function wholeNumber(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new BenchArgError(`${name} takes a whole number from ${min} to ${max}, got "${text}"`);
  return value;
}

function jsonFile(text: string): string {
  if (!text.endsWith('.json')) throw new BenchArgError(`--out takes a .json file, got "${text}"`);
  return text;
}
