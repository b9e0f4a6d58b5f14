import { runDevServer } from './runDevServer';

void runDevServer(process.env, (line) => process.stdout.write(`${line}\n`));
