import * as fs from 'fs';
import { chromium } from 'playwright-core';

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
