import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

/** The system's Chromium on Debian (`apt-get install -y chromium`), which .ci/run installs. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumLookup {
  /** The browser to launch, or undefined when none was found. */
  readonly path: string | undefined;
  /** Every place looked at, in order, for the message when none was found. */
  readonly tried: readonly string[];
}

/**
 * The browser the preview's checks drive: CHROMIUM_PATH when set, then the one playwright would
 * have installed, then Debian's. A CHROMIUM_PATH that names no file is not passed over silently:
 * the lookup stops there, so a typo is reported rather than hidden behind another browser.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = fs.existsSync): ChromiumLookup {
  if (env.CHROMIUM_PATH)
    return { path: exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined, tried: [`CHROMIUM_PATH=${env.CHROMIUM_PATH}`] };
  const candidates = [playwrightChromium(), SYSTEM_CHROMIUM].filter((file): file is string => !!file);
  return { path: candidates.find((file) => exists(file)), tried: candidates };
}

/** How to get a browser, for a developer whose machine has none. */
export function noChromiumMessage(lookup: ChromiumLookup): string {
  return [
    `no Chromium found (looked at ${lookup.tried.join(', ')}).`,
    `Install one with \`sudo apt-get install -y chromium fonts-noto-cjk\`, or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
  ].join(' ');
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** A headless Chromium with a throw-away profile, as every browser check of the preview drives it. */
export async function launchChromium(
  executablePath: string,
  viewport = { width: 900, height: 800 },
  /** Chromium's fake camera and microphone, granted without a prompt (the teacher console's tests). */
  fakeMedia = false,
): Promise<{ browser: BrowserContext; close(): Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lesson-preview-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
      ...(fakeMedia
        ? ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', '--auto-select-desktop-capture-source=Entire screen']
        : []),
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
