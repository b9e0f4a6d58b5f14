import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from './support/builtApp';

/**
 * The build refuses secrets by their value, not only by their key's name: the mini-program
 * package is readable by anyone who has it. Made-up values in the shapes of real ones.
 */
const WORK = path.join(REPO, '.cache', 'miniprogram-test', `secrets-${process.pid}`);
const SECRET_ID = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA';
const SECRET_KEY = 'Gu5t9xGARNpq86cd98joQYCN3Cozk1qA';
const PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----';
const USER_SIG =
  'eJwtzEELgjAYgOH-8p0lNjdTvHmsFpEmYrdq0xZl2zcvJvrfr3GQQ1JkALfdoomMH0KjKw-h2Ye3pVh56jV7JzaIbz2a98TKVcJDVhkEjSWfNSRCxNEJrlZKpjWM';
const TENCENT = { family: 'tencent', sdkAppId: 1400000001, backendUrl: 'https://school.example/api/lesson' };

function build(name: string, config: unknown, tree = REPO): { outDir: string; refusal?: string } {
  fs.mkdirSync(WORK, { recursive: true });
  const configFile = path.join(WORK, `${name}.json`);
  fs.writeFileSync(configFile, JSON.stringify(config));
  const outDir = path.join(WORK, `out-${name}`);
  try {
    execFileSync(process.execPath, [path.join(tree, 'scripts', 'build.js'), outDir, '--config', configFile], { stdio: 'pipe' });
    return { outDir };
  } catch (error) {
    return { outDir, refusal: String((error as { stderr?: Buffer }).stderr) };
  }
}

afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

describe('a secret in the config, under a key that is allowed', () => {
  it.each([
    [
      'a SecretId as the session storage key',
      { family: 'local', sessionStorageKey: SECRET_ID },
      SECRET_ID,
      /"sessionStorageKey" holds a Tencent Cloud SecretId/,
    ],
    [
      'a SecretKey inside the school server address',
      { ...TENCENT, backendUrl: `https://school.example/api?key=${SECRET_KEY}&v=1` },
      SECRET_KEY,
      /"backendUrl" holds a string shaped like a Tencent Cloud SecretKey/,
    ],
    [
      'a private key as the session storage key',
      { family: 'local', sessionStorageKey: PRIVATE_KEY },
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7',
      /"sessionStorageKey" holds a PEM private key/,
    ],
    [
      'a UserSig-like token in the address',
      { ...TENCENT, backendUrl: `https://school.example/${USER_SIG}` },
      USER_SIG,
      /"backendUrl" holds a high-entropy token/,
    ],
  ])('refuses %s, naming the key and the reason but not the secret', (_what, config, secret, message) => {
    const { outDir, refusal } = build('config', config);
    expect(refusal).toMatch(message);
    expect(refusal).toMatch(/secrets stay on the school server/);
    expect(refusal).not.toContain(secret);
    expect(fs.existsSync(outDir)).toBe(false);
  });

  it('builds an ordinary config (the school address, a storage key, the app id) without complaint', () => {
    const { outDir, refusal } = build('ordinary', {
      ...TENCENT,
      backendUrl: 'https://school.example/api/lesson/v2',
      sessionStorageKey: 'lesson.sessionToken',
    });
    expect(refusal).toBeUndefined();
    expect(fs.existsSync(path.join(outDir, 'lib', 'core.js'))).toBe(true);
  }, 60_000);
});

describe('a secret that reaches the built package from the sources', () => {
  /** A copy of the sources (node_modules still resolve from the repo) with one line added to the core. */
  function treeWith(line: string): string {
    const tree = path.join(WORK, 'tree');
    fs.rmSync(tree, { recursive: true, force: true });
    for (const dir of ['domain', 'application', 'infrastructure', 'server', 'staff', 'miniprogram', 'scripts', 'lessons'])
      fs.cpSync(path.join(REPO, dir), path.join(tree, dir), { recursive: true });
    fs.appendFileSync(path.join(tree, 'miniprogram', 'core.ts'), `\n${line}\n`);
    return tree;
  }

  it('refuses the package, names the file and the reason, and removes the output', () => {
    const tree = treeWith(`export const SUPPORT_DESK = { region: 'ap-guangzhou', key: '${SECRET_KEY}' };`);
    const { outDir, refusal } = build('leaky', { family: 'local' }, tree);
    expect(refusal).toMatch(
      /lib\/core\.js:\d+ holds a string shaped like a Tencent Cloud SecretKey \(32 letters and digits\), Gu5t… \(32 characters\); anyone who has the mini-program can read it/,
    );
    expect(refusal).not.toContain(SECRET_KEY);
    expect(fs.existsSync(outDir)).toBe(false);
  }, 60_000);
});
