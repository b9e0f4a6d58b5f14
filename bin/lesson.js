#!/usr/bin/env node
// The `lesson` command: runs devtools/lesson/cli.ts through the project's TypeScript runner.
const path = require('path');
process.argv.splice(2, 0, path.join(__dirname, '..', 'devtools', 'lesson', 'cli.ts'));
require('../scripts/run-ts.js');
