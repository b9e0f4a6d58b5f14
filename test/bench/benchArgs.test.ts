import { BenchArgError, BenchArgs, HELP, parseBenchArgs } from '../../devtools/bench/benchArgs';

const DEFAULTS: BenchArgs = { seconds: 60, seed: 7, members: 3000, heap: true, minutes: 10, out: 'devtools/bench/results.json' };

describe('npm run bench -- <options>', () => {
  it('takes the defaults when given nothing', () => {
    expect(parseBenchArgs([], DEFAULTS)).toEqual(DEFAULTS);
  });

  it('takes a value after the option or after "="', () => {
    expect(
      parseBenchArgs(['--seconds', '5', '--seed=42', '--members', '10000', '--no-heap', '--minutes', '120', '--out=quick.json'], DEFAULTS),
    ).toEqual({
      seconds: 5,
      seed: 42,
      members: 10_000,
      heap: false,
      minutes: 120,
      out: 'quick.json',
    });
  });

  it('answers --help with the usage instead of a run', () => {
    expect(parseBenchArgs(['--help'], DEFAULTS)).toBe(HELP);
    expect(parseBenchArgs(['-h'], DEFAULTS)).toBe(HELP);
  });

  it.each([
    [['--seconds=2'], /--seconds takes a whole number from 5 to 3600, got "2"/],
    [['--seconds', '1.5'], /--seconds takes a whole number/],
    [['--seconds'], /--seconds <value>' argument missing/],
    [['--out', 'results.txt'], /--out takes a \.json file/],
    [['--members', '5'], /--members takes a whole number from 10 to 100000, got "5"/],
    [['--minutes', '0'], /--minutes takes a whole number from 1 to 240, got "0"/],
    [['--secnds', '5'], /Unknown option '--secnds'/],
    [['quick'], /Unexpected argument 'quick'/],
  ])('refuses %j by name', (argv, message) => {
    expect(() => parseBenchArgs(argv, DEFAULTS)).toThrow(BenchArgError);
    expect(() => parseBenchArgs(argv, DEFAULTS)).toThrow(message);
  });
});
