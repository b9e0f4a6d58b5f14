import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/** The runtime globals of WeChat that the pure layers must never touch. */
const PLATFORM_GLOBALS = new Set(['wx', 'getApp', 'getCurrentPages', 'Page', 'Component', 'App', 'Behavior']);

const LAYERS: Record<string, readonly string[]> = {
  domain: ['domain'],
  application: ['domain', 'application'],
};

export interface Violation {
  readonly file: string;
  readonly rule: string;
}

/** Reads every .ts file under root/domain and root/application and lists imports or globals that break the layers. */
export function layerViolations(root: string): Violation[] {
  const violations: Violation[] = [];
  for (const [layer, allowed] of Object.entries(LAYERS)) {
    for (const file of tsFiles(path.join(root, layer))) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const relative = path.relative(root, file);
      for (const specifier of importsOf(source)) {
        if (!specifier.startsWith('.')) {
          violations.push({ file: relative, rule: `${layer} imports the package "${specifier}"` });
          continue;
        }
        const target = path.relative(root, path.resolve(path.dirname(file), specifier)).split(path.sep)[0];
        if (!allowed.includes(target)) violations.push({ file: relative, rule: `${layer} imports ${target}/ ("${specifier}")` });
      }
      for (const name of platformGlobalsIn(source)) violations.push({ file: relative, rule: `${layer} uses the WeChat global ${name}` });
    }
  }
  return violations;
}

/**
 * The adapter families under infrastructure/, each with its folders (Tencent's adapters keep a
 * folder per SDK). Adapters more than one family uses live in infrastructure/shared/.
 */
const FAMILIES: Record<string, readonly string[]> = {
  local: ['local'],
  tencent: ['tencent', 'tim-wx', 'trtc-wx'],
  tic: ['tic'],
};

/**
 * Classroom backends a family may bind in place of the school's own contract (apaas/: LCIC classes
 * the school server relays, bound by the Tencent family with `backend: "lcic"`). Not a family: any
 * family may import them, and, like shared/, they import no family.
 */
const BACKENDS: readonly string[] = ['apaas'];

/** Imports from one family's folders into another family's, or from a backend into any family: families stay swappable only apart. */
export function familyViolations(root: string): Violation[] {
  const violations: Violation[] = [];
  const familyOf = (folder: string) => Object.keys(FAMILIES).find((family) => FAMILIES[family].includes(folder));
  const owners: [string, readonly string[]][] = [
    ...Object.entries(FAMILIES).map(([family, folders]): [string, readonly string[]] => [`${family} family`, folders]),
    ...BACKENDS.map((backend): [string, readonly string[]] => [`${backend} backend`, [backend]]),
  ];
  for (const [owner, folders] of owners) {
    for (const file of folders.flatMap((folder) => tsFiles(path.join(root, 'infrastructure', folder)))) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      for (const specifier of importsOf(source).filter((text) => text.startsWith('.'))) {
        const target = path.relative(path.join(root, 'infrastructure'), path.resolve(path.dirname(file), specifier)).split(path.sep)[0];
        const other = familyOf(target);
        if (other && `${other} family` !== owner)
          violations.push({ file: path.relative(root, file), rule: `the ${owner} imports the ${other} family ("${specifier}")` });
      }
    }
  }
  return violations;
}

export function importsOf(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        found.push((node.arguments[0] as ts.StringLiteral).text);
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A free identifier named like a WeChat global (not a property name, not a local declaration). */
function platformGlobalsIn(source: ts.SourceFile): string[] {
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && PLATFORM_GLOBALS.has(node.text) && isFreeReference(node)) found.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found];
}

function isFreeReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node)
    return false;
  if (ts.isPropertySignature(parent) || ts.isMethodSignature(parent)) return false;
  if (ts.isImportSpecifier(parent) || ts.isTypeReferenceNode(parent)) return false;
  return ts.isExpression(node);
}

export function tsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Where the staff kit may reach: the classroom's words, the ports' types, the shared signalling code, itself. */
const STAFF_KIT_MAY_IMPORT: readonly string[] = ['domain', 'application/ports', 'infrastructure/shared', 'staff'];

/**
 * The staff kit (staff/) is one framework-free file a page loads: no package, no WeChat, no
 * family, no server code; it shares the fold and codec with the student's app and the server.
 */
export function staffKitViolations(root: string): Violation[] {
  const violations: Violation[] = [];
  for (const file of tsFiles(path.join(root, 'staff'))) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const relative = path.relative(root, file);
    for (const specifier of importsOf(source)) {
      if (!specifier.startsWith('.')) {
        violations.push({ file: relative, rule: `the staff kit imports the package "${specifier}"` });
        continue;
      }
      const target = path
        .relative(root, path.resolve(path.dirname(file), specifier))
        .split(path.sep)
        .join('/');
      if (!STAFF_KIT_MAY_IMPORT.some((allowed) => target === allowed || target.startsWith(`${allowed}/`)))
        violations.push({ file: relative, rule: `the staff kit imports ${target}` });
    }
    for (const name of platformGlobalsIn(source)) violations.push({ file: relative, rule: `the staff kit uses the WeChat global ${name}` });
  }
  return violations;
}
