/* The `lesson` command (bin/lesson.js): see lessonCommand for what it does and its exit codes. */
import { lessonCommand } from './lessonCommand';

lessonCommand(process.argv.slice(2), { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) }).then(
  (code) => process.exit(code),
);
