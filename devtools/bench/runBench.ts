import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BenchArgError, BenchArgs, HELP, parseBenchArgs, parseHeapRunArgs, USAGE } from './benchArgs';
import { BenchClock } from './BenchClock';
import { BenchResults, comparisonTable, otherFigures } from './benchReport';
import { writeFigures } from './benchmarksDoc';
import { appHeapMiss, budgetMisses, BUDGETS, heapMiss } from './budgets';
import { buildApp, loadBuiltApp, REPO } from './builtLessonPage';
import { compareBindings, seedLikeLimits } from './compareBindings';
import { HEAVY_LESSON, heavyLesson } from './heavyLesson';
import { heapRun, HeapReading } from './heapRun';
import { joinCriticalPath } from './joinCriticalPath';
import { startupCost } from './startupCost';

/**
 * npm run bench: the heavy lesson into this project's page and the naive binding side by side,
 * heap after 1 and 10 minutes (each in a process of its own), the join's critical path, and the
 * package sizes. Prints a table, writes devtools/bench/results.json, refreshes BENCHMARKS.md on a default
 * run, and exits 1 when a budget is missed.
 */
const DEFAULTS: BenchArgs = {
  seconds: 60,
  seed: HEAVY_LESSON.seed,
  members: HEAVY_LESSON.members,
  heap: true,
  minutes: 10,
  out: path.join(REPO, 'devtools', 'bench', 'results.json'),
};

const sizes = require('../../scripts/packageSize.js') as {
  packageSizes(dist: string): BenchResults['packageSizes'][string];
  sizeMisses(sizes: BenchResults['packageSizes'][string], family: string): string[];
};

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === '--heap-run') {
    console.log(JSON.stringify(await heapRun(parseHeapRunArgs(argv.slice(1)))));
    return 0;
  }
  const parsed = parseBenchArgs(argv, DEFAULTS);
  if (parsed === HELP) {
    console.log(USAGE);
    return 0;
  }
  // A class of another size keeps its own results file, so the default one stays the default run's.
  const args =
    parsed.members !== DEFAULTS.members && parsed.out === DEFAULTS.out
      ? { ...parsed, out: DEFAULTS.out.replace(/\.json$/, `-${parsed.members}.json`) }
      : parsed;
  const work = path.join(REPO, '.cache', `bench-${process.pid}`);
  try {
    const dist = path.join(work, 'local');
    step('building the app');
    buildApp(dist);
    step(`playing a ${args.seconds} s heavy lesson of ${args.members} members into both bindings`);
    const app = loadBuiltApp(dist);
    const shape = { ...HEAVY_LESSON, seconds: args.seconds, seed: args.seed, members: args.members };
    const comparison = await compareBindings(app.core, app.renderLessonPage, new BenchClock(1000), shape, new BenchClock(1000));
    step('playing the seed-like page alone for 4 minutes, to see when its calls pass 256 KB and 1 MB');
    const seedLimits = await seedLikeLimits(new BenchClock(0), shape, 240);
    const heap = args.heap ? heapRuns(dist, args.seed, args.members, args.minutes) : undefined;
    step('timing the join');
    const join = await joinCriticalPath(100);
    const tencentDist = buildTencent(work);
    const packageSizes = { local: sizes.packageSizes(dist), ...(tencentDist ? { tencent: sizes.packageSizes(tencentDist) } : {}) };
    step('timing startup in a WeChat-like sandbox');
    const startup = { local: await startupCost(dist), ...(tencentDist ? { tencent: await startupCost(tencentDist) } : {}) };
    const misses = [
      ...budgetMisses(comparison.project, comparison.naive),
      ...(comparison.tencent ? budgetMisses(comparison.tencent, comparison.naive).map((miss) => `Tencent family: ${miss}`) : []),
      ...(heap ? heapMisses(heap) : []),
      ...Object.entries(packageSizes).flatMap(([build, size]) => sizes.sizeMisses(size, build).map((miss) => `${build} build: ${miss}`)),
      ...(join.project.calls > BUDGETS.joinCalls ? [`the join takes ${join.project.calls} calls (budget ${BUDGETS.joinCalls})`] : []),
    ];
    const results: BenchResults = {
      ranAt: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`,
      lesson: { seconds: args.seconds, seed: args.seed, members: args.members, events: heavyLesson(shape).length },
      comparison,
      seedLimits,
      heap,
      join,
      packageSizes,
      startup,
      budgetMisses: misses,
    };
    console.log(`\n${comparisonTable(results, false)}\n\n${otherFigures(results).join('\n')}\n`);
    fs.writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), args.out)}`);
    if (args.seconds === DEFAULTS.seconds && args.seed === DEFAULTS.seed && args.heap) {
      // The long heap run (`--minutes 120`) and another class size each keep a section of their own.
      const section =
        args.members !== DEFAULTS.members
          ? `members-${args.members}`
          : args.minutes !== DEFAULTS.minutes
            ? `minutes-${args.minutes}`
            : undefined;
      writeFigures(path.join(REPO, 'BENCHMARKS.md'), results, section);
      console.log('updated BENCHMARKS.md');
    }
    console.log(misses.length ? `budgets missed:\n- ${misses.join('\n- ')}` : 'every budget held');
    return misses.length ? 1 : 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Each heap reading in a fresh process started with --expose-gc, so earlier runs leave nothing behind. */
function heapRuns(dist: string, seed: number, members: number, minutes: number): NonNullable<BenchResults['heap']> {
  const run = (binding: 'project' | 'naive' | 'app', seconds: number): HeapReading => {
    step(`heap: ${binding} binding, ${seconds} s lesson`);
    const child = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        path.join(REPO, 'scripts', 'run-ts.js'),
        process.argv[1],
        '--heap-run',
        binding,
        `${seconds}`,
        `${seed}`,
        `${members}`,
        dist,
      ],
      { encoding: 'utf8' },
    );
    if (child.status !== 0) throw new Error(`the ${binding} heap run failed:\n${child.stderr}`);
    return JSON.parse(child.stdout.trim().split('\n').pop()!) as HeapReading;
  };
  return {
    project1min: run('project', 60),
    naive1min: run('naive', 60),
    project10min: run('project', 600),
    // The app's own heap, without the renderer: after 10 minutes and after the long run.
    app10min: run('app', 600),
    ...(minutes !== 10 ? { appLong: run('app', minutes * 60) } : {}),
  };
}

function heapMisses(heap: NonNullable<BenchResults['heap']>): string[] {
  const misses = [heapMiss(heap.project1min.endBytes, heap.project10min.endBytes)];
  if (heap.appLong) misses.push(appHeapMiss(heap.app10min.appBytes ?? 0, heap.appLong.appBytes ?? 0, heap.appLong.seconds / 60));
  return misses.filter((miss): miss is string => !!miss);
}

/** The Tencent build carries the real SDKs, so it is the size that matters for release. */
function buildTencent(work: string): string | undefined {
  const config = path.join(work, 'tencent.config.json');
  fs.writeFileSync(config, JSON.stringify({ family: 'tencent', sdkAppId: 1400000001, backendUrl: 'https://lesson.example.com' }));
  const dist = path.join(work, 'tencent');
  const built = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'build.js'), dist, '--config', config], { encoding: 'utf8' });
  if (built.status !== 0) {
    console.error(`the tencent build failed, so its size and startup are not reported:\n${built.stderr}`);
    return undefined;
  }
  return dist;
}

function step(text: string): void {
  console.log(`… ${text}`);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error instanceof BenchArgError ? `${error.message}\n${USAGE}` : error);
    process.exitCode = error instanceof BenchArgError ? 2 : 1;
  },
);
