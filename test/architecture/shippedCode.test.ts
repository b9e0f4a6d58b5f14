import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { shippedCodeViolations } from './shippedCode';

const ROOT = path.resolve(__dirname, '../..');

describe('shipped code', () => {
  it('imports no developer tool and no package outside dependencies', () => {
    expect(shippedCodeViolations(ROOT)).toEqual([]);
  });

  it('is caught importing the emulator, a test helper or a dev package', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shipped-'));
    try {
      const write = (file: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), text);
      };
      write('package.json', JSON.stringify({ dependencies: { inversify: '6', '@scope/lib': '1' } }));
      write('infrastructure/local/A.ts', "import { run } from '../../devtools/emulator/LessonEmulator';\nimport 'inversify/lib';\n");
      write(
        'miniprogram/core.ts',
        "import { harness } from '../test/support/lessonHarness';\nimport * as fc from 'fast-check';\nimport '@scope/lib/x';\n",
      );
      write('miniprogram/tic/vendor.ts', "import 'anything-tencent-ships';\n");
      expect(shippedCodeViolations(root).map((violation) => violation.rule)).toEqual([
        'shipped code imports devtools/ ("../../devtools/emulator/LessonEmulator")',
        'shipped code imports test/ ("../test/support/lessonHarness")',
        'shipped code imports "fast-check", which is not a dependency',
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
