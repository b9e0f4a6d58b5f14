import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { filesUnder, SOURCE } from './support/builtApp';

// The official template compiler (wcc), as miniprogram-simulate and DevTools use it.
const wcc = require('miniprogram-compiler/src/wcc') as (root: string, files: string[], wxs: string[], options: object) => string;

function compile(root: string, file: string): string {
  return wcc(
    root,
    [
      path
        .relative(root, file)
        .replace(/\.wxml$/, '')
        .split(path.sep)
        .join('/'),
    ],
    [],
    {},
  );
}

describe('WXML templates', () => {
  const templates = filesUnder(SOURCE, '.wxml');

  it('finds the pages and components', () => {
    expect(templates.length).toBeGreaterThanOrEqual(7);
  });

  it.each(templates.map((file) => [path.relative(SOURCE, file), file]))('%s compiles with wcc', (_name, file) => {
    expect(compile(SOURCE, file)).toContain('$gwx');
  });

  it('rejects what wcc cannot read, such as ?? in a binding', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxml-'));
    const broken = path.join(dir, 'broken.wxml');
    fs.writeFileSync(broken, '<view>{{name ?? "同学"}}</view>\n');
    expect(() => compile(dir, broken)).toThrow(/broken\.wxml:1:/);
  });
});
