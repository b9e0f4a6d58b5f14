import * as fs from 'fs';
import { BenchResults, comparisonTable, otherFigures } from './benchReport';

/**
 * Replaces the figures between the markers in BENCHMARKS.md with this run's, so they always come
 * from a run. `section` names another pair of markers (`bench:members-10000:start`), for the run of
 * another class size.
 */
export function writeFigures(file: string, results: BenchResults, section?: string): void {
  const name = section ? `bench:${section}` : 'bench';
  const START = `<!-- ${name}:start (written by npm run bench; edit around it) -->`;
  const END = `<!-- ${name}:end -->`;
  const doc = fs.readFileSync(file, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no bench markers; put ${START} and ${END} where the figures go`);
  const figures = [
    `Ran ${results.ranAt} on ${results.machine}; heavy lesson of ${results.lesson.seconds} s, ${results.lesson.members} members, seed ${results.lesson.seed}, ${results.lesson.events} events.`,
    '',
    comparisonTable(results, true),
    '',
    ...otherFigures(results).map((line) => `- ${line}`),
    '',
    results.budgetMisses.length ? `Budgets missed: ${results.budgetMisses.join('; ')}.` : 'Every budget held.',
  ].join('\n');
  fs.writeFileSync(file, `${doc.slice(0, start + START.length)}\n${figures}\n${doc.slice(end)}`);
}
