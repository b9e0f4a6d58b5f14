import type { SetDataLog } from './setDataLog';
import type { LessonEvent, MyControl } from './heavyLesson';
import type { RenderedPage } from './ProjectLessonPage';

type Core = typeof import('../../miniprogram/core');

/* What the bench does to a rendered lesson page, in either family: the page's visits, the student's taps, and the changes it waits to see. */

/**
 * Getting back into the class after the network returns (IM's rejoin, the class state read that
 * heals what was missed) takes up to this long; what the staff do meanwhile reaches the student
 * with that read, which the reconnection figures are about, not the page's data path.
 */
export const BACK_IN_CLASS_MS = 5000;

/** Whether a change the event makes is timed: not while hidden, offline, or getting back into the class. */
export function timed(log: SetDataLog, offline: boolean, backAt: number, event: LessonEvent, store: { view: { status: string } }): boolean {
  if (log.isHidden || offline) return false;
  const own = event.type === 'myTap' || event.type === 'mySend';
  return own || (store.view.status !== 'reconnecting' && event.at >= backAt + BACK_IN_CLASS_MS);
}

/** onHide or onShow, as WeChat calls them when the student leaves the page and comes back. */
export function visitPage(page: RenderedPage, log: SetDataLog, visit: 'hide' | 'show'): void {
  // Marked first: onShow's catch-up is sent from inside the call.
  if (visit === 'hide') log.pageHidden();
  else log.pageShown();
  (page.instance[visit === 'hide' ? 'onHide' : 'onShow'] as () => void)();
}

/** What the student must see on the page for a command or a send of theirs (the visible-change figures). */
export function expectOnPage(log: SetDataLog, event: LessonEvent): void {
  if (event.type === 'grant') log.expect('grant', (payload) => payload.onStage === true);
  else if (event.type === 'revoke') log.expect('revoke', (payload) => payload.onStage === false);
  else if (event.type === 'board' && event.on) log.expect('board on', (payload) => payload.main === 'board');
  else if (event.type === 'question') log.expect('answer card opens', (payload) => cardField(payload, 'kind') === 'question');
  else if (event.type === 'closeQuestion') log.expect('answer card closes', (payload) => cardField(payload, 'open') === false);
  else if (event.type === 'mySend') log.expect('my message sent', (_, json) => json.includes(event.text), 'tap');
}

/** The teacher opened or closed an answer card: the next call carrying the card is what it cost. */
export function markCard(log: SetDataLog, event: LessonEvent): void {
  if (event.type === 'question') log.card.mark('open');
  if (event.type === 'closeQuestion') log.card.mark('close');
}

/** A field of the card as a payload sets it: by path (`toolCard.open`) or with the whole card. */
function cardField(payload: Record<string, unknown>, field: string): unknown {
  return `toolCard.${field}` in payload ? payload[`toolCard.${field}`] : (payload.toolCard as Record<string, unknown> | undefined)?.[field];
}

/** The student's own tap, through the page's handler as WeChat would call it, awaited on the page. */
export function tapOnPage(page: RenderedPage, store: InstanceType<Core['LessonStore']>, log: SetDataLog, control: MyControl): void {
  const view = store.view;
  const handler = (name: string, event?: unknown) => (page.instance[name] as (event?: unknown) => void)(event);
  if (control === 'fullscreen') {
    const on = !view.fullscreen;
    log.expect('my tap: fullscreen', (payload) => payload.fullscreen === on, 'tap');
    return handler('onFullscreenToggle');
  }
  if (control === 'saver') {
    const mode = view.dataSaver.mode === 'off' ? 'teacher-only' : 'off';
    log.expect('my tap: data saver', (payload) => payload.saverMode === mode, 'tap');
    return handler('onSaverTap', { currentTarget: { dataset: { mode } } });
  }
  const raised = view.me.hand !== 'raised';
  log.expect('my tap: hand', (payload) => payload.handRaised === raised, 'tap');
  handler('onHandTap');
}
