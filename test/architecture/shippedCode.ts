import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { importsOf, tsFiles, Violation } from './layerRules';

/** What goes into the mini-program package (miniprogram/tic/ is Tencent's, copied in as it is). */
export const SHIPPED = ['domain', 'application', 'infrastructure', 'miniprogram'];
/** Folders of the repository that hold tools and checks, never app code. */
export const DEVELOPER_ONLY = ['devtools', 'test', 'scripts', 'bin', 'lessons'];
/** The one developer file the app ships: the demo class is this script, bundled into the demo subpackage (docs/adr/0006). */
export const SHIPPED_FILES = ['lessons/demo.json'];

/**
 * Imports by shipped code of a developer tool: a file under DEVELOPER_ONLY, or a package that is
 * not among package.json's `dependencies` (devDependencies are not installed for the app).
 */
export function shippedCodeViolations(root: string): Violation[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const dependencies = new Set(Object.keys(manifest.dependencies ?? {}));
  const violations: Violation[] = [];
  for (const folder of SHIPPED) {
    for (const file of tsFiles(path.join(root, folder)).filter(
      (name) => !name.includes(`${path.sep}miniprogram${path.sep}tic${path.sep}`),
    )) {
      const relative = path.relative(root, file);
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      for (const specifier of importsOf(source)) {
        if (specifier.startsWith('.')) {
          const targetFile = path.relative(root, path.resolve(path.dirname(file), specifier)).split(path.sep);
          const target = targetFile[0];
          if (DEVELOPER_ONLY.includes(target) && !SHIPPED_FILES.includes(targetFile.join('/')))
            violations.push({ file: relative, rule: `shipped code imports ${target}/ ("${specifier}")` });
          continue;
        }
        if (!dependencies.has(packageName(specifier)))
          violations.push({ file: relative, rule: `shipped code imports "${specifier}", which is not a dependency` });
      }
    }
  }
  return violations;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
