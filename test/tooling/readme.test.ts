/** The README is where a new developer starts: every npm script is there with its command. */
import * as fs from 'fs';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../..');
const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
const { scripts } = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('README', () => {
  it.each(Object.keys(scripts))('shows how to run `%s`', (name) => {
    const command = name === 'start' || name === 'test' ? `npm ${name}` : `npm run ${name}`;
    expect(readme).toMatch(new RegExp(`${command.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w:-])`));
  });

  it.each(['docs/miniprogram.md', 'docs/go-live.md', 'docs/architecture.md', 'lessons/', 'devtools/'])('points to %s', (target) => {
    expect(readme).toContain(target);
  });
});
