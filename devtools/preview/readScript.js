/**
 * The lesson script the preview plays, checked before anything is built: read, parsed as JSON and
 * validated by the same parser the app and `npx lesson run` use. A problem throws a ScriptError
 * whose message names the file and, where there is one, the step.
 */
const esbuild = require('esbuild');
const fs = require('fs');
const Module = require('module');
const path = require('path');

const SCRIPT_DIR = path.join(__dirname, '..', '..', 'infrastructure', 'local', 'script');

/** The TypeScript parser, bundled in memory as scripts/run-ts.js does (nothing is written). */
function loadParser() {
  const [bundle] = esbuild.buildSync({
    stdin: {
      contents: "export { parseLessonScript } from './parseLessonScript'; export { ScriptError } from './LessonScript';",
      resolveDir: SCRIPT_DIR,
      loader: 'ts',
    },
    write: false,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  }).outputFiles;
  const filename = path.join(SCRIPT_DIR, 'parser.js');
  const parser = new Module(filename, null);
  parser._compile(bundle.text, filename);
  return parser.exports;
}

class ScriptFileError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ScriptError';
  }
}

function readScript(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ScriptFileError(`cannot read ${file}: ${error.message}`);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScriptFileError(`${file} is not valid JSON: ${error.message}`);
  }
  const { parseLessonScript, ScriptError } = loadParser();
  try {
    parseLessonScript(json);
  } catch (error) {
    if (error instanceof ScriptError) throw new ScriptFileError(`${file}: ${error.message}`);
    throw error;
  }
  return path.resolve(file);
}

module.exports = { readScript, ScriptFileError };
