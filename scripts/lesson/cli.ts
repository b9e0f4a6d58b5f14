/*
 * `lesson run <script.json>`: plays a lesson script and prints one JSON line per snapshot.
 * Exit codes: 0 done, 2 the script is wrong (the message names the step), 1 anything else.
 */
import * as fs from 'fs';
import { runLessonScript } from '../../infrastructure/emulator/LessonEmulator';
import { ScriptError } from '../../infrastructure/emulator/LessonScript';
import { parseLessonScript } from '../../infrastructure/emulator/parseLessonScript';
import { storeDriver } from './storeDriver';

const USAGE = 'usage: lesson run <script.json>';

async function main(argv: string[]): Promise<number> {
  const [command, file] = argv;
  if (command !== 'run' || !file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`${file} is not valid JSON: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    const snapshots = await runLessonScript(parseLessonScript(json), storeDriver);
    for (const snapshot of snapshots) process.stdout.write(`${JSON.stringify(snapshot)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ScriptError) {
      process.stderr.write(`${file}: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`lesson run failed: ${(error as Error).stack ?? error}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
