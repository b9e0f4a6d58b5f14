import * as fs from 'fs';
import { runLessonScript } from '../emulator/LessonEmulator';
import { ScriptError } from '../../infrastructure/local/script/LessonScript';
import { lessonScriptSchema } from '../emulator/lessonScriptSchema';
import { parseLessonScript } from '../../infrastructure/local/script/parseLessonScript';
import { storeDriver } from './storeDriver';

const USAGE = 'usage: lesson run <script.json> | lesson schema';

export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
}

/**
 * `lesson run <script.json>` plays a script and prints one JSON line per snapshot; `lesson schema`
 * prints the script format's JSON Schema. Exit codes: 0 done, 2 the script (or the command line)
 * is wrong, with a message naming the step, 1 anything else.
 */
export async function lessonCommand(argv: readonly string[], io: CommandOutput): Promise<number> {
  const [command, file] = argv;
  if (command === 'schema' && argv.length === 1) {
    io.out(`${JSON.stringify(lessonScriptSchema(), null, 2)}\n`);
    return 0;
  }
  if (command !== 'run' || !file || argv.length !== 2) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    io.err(`cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    io.err(`${file} is not valid JSON: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    const snapshots = await runLessonScript(parseLessonScript(json), storeDriver);
    for (const snapshot of snapshots) io.out(`${JSON.stringify(snapshot)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ScriptError) {
      io.err(`${file}: ${error.message}\n`);
      return 2;
    }
    io.err(`lesson run failed: ${(error as Error).stack ?? error}\n`);
    return 1;
  }
}
