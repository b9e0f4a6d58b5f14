import { MediaPage } from '../../../../infrastructure/trtc-wx/TrtcRenderBinding';

/** A page as WeChat runs it: setData applies path keys (`players[2].muteVideo`) to `data`. */
export class StandInPage implements MediaPage {
  data: Record<string, unknown> = {};
  readonly patches: Record<string, unknown>[] = [];

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
