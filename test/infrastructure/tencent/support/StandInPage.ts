import { MediaAttributes } from '../../../../infrastructure/trtc-wx/mediaAttributes';
import { MediaPage } from '../../../../infrastructure/trtc-wx/TrtcRenderBinding';
import { PageValue, pathUpdates } from '../../../../miniprogram/viewmodels/pathUpdates';

/**
 * A page as WeChat runs it: setData applies path keys (`players[2].muteVideo`) to `data`. The media
 * attributes it is shown are diffed with the lesson page's one diff (pathUpdates) and applied at
 * once, as the lesson page's path does after a quiet spell.
 */
export class StandInPage implements MediaPage {
  data: Record<string, unknown> = {};
  readonly patches: Record<string, unknown>[] = [];
  private shown: Partial<Record<'pusher' | 'players', PageValue>> = {};

  showMedia(attributes: MediaAttributes): Promise<void> {
    const next = { pusher: attributes.pusher as PageValue, players: attributes.players as PageValue };
    const patch = { ...pathUpdates('pusher', this.shown.pusher, next.pusher), ...pathUpdates('players', this.shown.players, next.players) };
    this.shown = next;
    if (Object.keys(patch).length === 0) return Promise.resolve();
    return new Promise((resolve) => this.setData(patch, resolve));
  }

  setData(patch: Record<string, unknown>, callback?: () => void): void {
    this.patches.push(patch);
    for (const [path, value] of Object.entries(patch)) assign(this.data, path, clone(value));
    callback?.();
  }

  get lastPatch(): Record<string, unknown> | undefined {
    return this.patches[this.patches.length - 1];
  }

  players(): Record<string, unknown>[] {
    return (this.data.players as Record<string, unknown>[]) ?? [];
  }

  pusher(): Record<string, unknown> {
    return (this.data.pusher as Record<string, unknown>) ?? {};
  }
}

function assign(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
