import { runDevServer } from './devServer';

void runDevServer(process.env, (line) => process.stdout.write(`${line}\n`));
