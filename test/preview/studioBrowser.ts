import { type Page } from 'playwright-core';
import { launchChromium } from '../../devtools/preview/findChromium';

/** A headless Chromium with a throw-away profile, as the preview's browser tests drive it. */
export async function launchBrowser(executablePath: string, viewport = { width: 900, height: 800 }, fakeMedia = false) {
  const { browser: context, close } = await launchChromium(executablePath, viewport, fakeMedia);
  return { context, close };
}

type Field = string | boolean;

/** Acts through the console as a person would: who, what, the fields, "Do it"; waits until it was recorded. */
export async function actInConsole(page: Page, by: string, action: string, fields: Record<string, Field> = {}): Promise<void> {
  const recorded = () => page.evaluate(() => (globalThis as unknown as StudioWindow).__preview.studio.live.player.recording().steps.length);
  const before = await recorded();
  await page.selectOption('#console-who', by);
  if (by === '+') await page.fill('#console-new-id', String(fields.userId));
  await page.selectOption('#console-do', action);
  for (const [field, value] of Object.entries(fields)) {
    if (field === 'userId') continue;
    const input = page.locator(`#console-fields [data-field="${field}"]`);
    if (typeof value === 'boolean') await input.setChecked(value);
    else if ((await input.evaluate((element) => element.tagName)) === 'SELECT') await input.selectOption(value);
    else await input.fill(value);
  }
  await page.click('#console-act');
  await page.waitForFunction(
    (count) => (globalThis as unknown as StudioWindow).__preview.studio.live.player.recording().steps.length > count,
    before,
  );
}

/** The student's view as the studio's "Copy the student's view" puts it in its text area. */
export async function copiedView(page: Page): Promise<unknown> {
  await page.click('#copy-view');
  return JSON.parse(await page.locator('#view-json').inputValue());
}

/** What "Save the recording as a script" puts in its text area. */
export async function savedScript(page: Page): Promise<unknown> {
  await page.click('#save');
  return JSON.parse(await page.locator('#recording').inputValue());
}

export interface StudioWindow {
  __preview: { studio: { live: { player: { recording(): { steps: unknown[] }; now: number } } } };
}
