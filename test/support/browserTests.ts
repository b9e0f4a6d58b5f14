import { findChromium, noChromiumMessage } from '../../devtools/preview/findChromium';

/**
 * `describe` for tests that drive a real Chromium. Without a browser they are skipped with a note
 * on how to get one, except in CI (CI=true), where a missing browser fails them: .ci/run installs it.
 */
export function describeWithChromium(name: string, body: (executablePath: string) => void): void {
  const lookup = findChromium();
  if (lookup.path) {
    const executablePath = lookup.path;
    describe(name, () => body(executablePath));
    return;
  }
  if (process.env.CI) {
    describe(name, () =>
      it('has a browser to drive', () => {
        throw new Error(noChromiumMessage(lookup));
      }),
    );
    return;
  }
  console.warn(`skipping "${name}": ${noChromiumMessage(lookup)}`);
  describe.skip(name, () => body(''));
}
