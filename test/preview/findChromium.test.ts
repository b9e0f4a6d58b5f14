import { findChromium, noChromiumMessage, SYSTEM_CHROMIUM } from '../../devtools/preview/findChromium';

describe('finding the browser', () => {
  const on =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file);

  it('takes CHROMIUM_PATH first, even when another browser is installed', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome/chrome' }, on('/opt/chrome/chrome', SYSTEM_CHROMIUM)).path).toBe(
      '/opt/chrome/chrome',
    );
  });

  it('reports a CHROMIUM_PATH that names no file instead of quietly using another', () => {
    const lookup = findChromium({ CHROMIUM_PATH: '/opt/typo' }, on(SYSTEM_CHROMIUM));
    expect(lookup.path).toBeUndefined();
    expect(noChromiumMessage(lookup)).toContain('CHROMIUM_PATH=/opt/typo');
  });

  it("falls back to Debian's Chromium when playwright has none of its own", () => {
    expect(findChromium({}, on(SYSTEM_CHROMIUM)).path).toBe(SYSTEM_CHROMIUM);
  });

  it('says how to get one when there is none', () => {
    const lookup = findChromium({}, on());
    expect(lookup.path).toBeUndefined();
    expect(lookup.tried).toContain(SYSTEM_CHROMIUM);
    expect(noChromiumMessage(lookup)).toMatch(/apt-get install -y chromium fonts-noto-cjk/);
  });
});
