import * as fs from 'fs';
import * as path from 'path';
import { ROOM_CODES } from '../../infrastructure/tic/support/TicCloud';
import { REPO } from './builtApp';

/** The webrtc-room properties TIC documents and the page binds (lesson/media/tic.wxml). */
const ROOM_PROPERTIES = {
  useCloud: 'Boolean',
  roomID: 'Number',
  userID: 'String',
  userSig: 'String',
  sdkAppID: 'Number',
  privateMapKey: 'String',
  template: 'String',
  muted: 'Boolean',
  enableCamera: 'Boolean',
  enableIM: 'Boolean',
};

const TIC_METHODS = [
  'init',
  'login',
  'logout',
  'createClassroom',
  'destroyClassroom',
  'joinClassroom',
  'quitClassroom',
  'sendTextMessage',
  'sendCustomMessage',
  'sendGroupTextMessage',
  'sendGroupCustomMessage',
  'getImInstance',
  'getBoardInstance',
  'addTICMessageListener',
  'removeTICMessageListener',
  'addTICEventListener',
  'removeTICEventListener',
  'addTICStatusListener',
  'removeTICStatusListener',
];

/**
 * What a test hands the stand-in components of a built app (on `globalThis.standInTic`): each
 * component, once attached, asks it for the TIC service object it forwards its methods to.
 */
export interface StandInTicHost {
  webrtcRoom(component: { data: Record<string, unknown>; triggerEvent(name: string, detail: unknown): void }): unknown;
  ticComponent(component: unknown): unknown;
}

/**
 * Stand-ins for what a deployer copies into miniprogram/tic/, at TIC's documented paths: real
 * WeChat components, so webrtc-room reads the attributes the page's WXML bound to it and posts its
 * room events with triggerEvent('RoomEvent'), as TIC's does. Their methods are served by the test's
 * TIC cloud when `globalThis.standInTic` is set; without it they only exist (a build check).
 */
export function writeStandInTic(tree: string): void {
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
    fs.writeFileSync(path.join(tree, file), text);
  };
  const dir = 'miniprogram/tic/components';
  write('miniprogram/tic/constant/Constant.js', `module.exports = ${JSON.stringify({ ROOM: ROOM_CODES, BOARD: {} })};`);
  const host = 'const host = () => globalThis.standInTic;';
  write(
    `${dir}/webrtc-room/webrtc-room.js`,
    `${host}
Component({
  properties: { ${Object.entries(ROOM_PROPERTIES)
    .map(([name, type]) => `${name}: ${type}`)
    .join(', ')} },
  lifetimes: { attached() { this.room = host() && host().webrtcRoom(this); } },
  methods: { ${['start', 'pause', 'resume', 'stop', 'switchCamera'].map((name) => `${name}() { this.room.${name}(); }`).join(', ')} },
});
`,
  );
  write(
    `${dir}/tic-component/tic-component.js`,
    `${host}
Component({
  lifetimes: { attached() { this.tic = host() && host().ticComponent(this); } },
  methods: { ${TIC_METHODS.map((name) => `${name}(...args) { return this.tic.${name}(...args); }`).join(', ')} },
});
`,
  );
  for (const component of ['tic-component/tic-component', 'webrtc-room/webrtc-room']) {
    write(`${dir}/${component}.json`, '{ "component": true }');
    write(`${dir}/${component}.wxml`, '<view class="tic-stand-in"></view>');
  }
}

/**
 * A copy of the sources under `root` (inside the repo, so node_modules still resolve), without
 * TIC; with `tic`, the stand-in TIC components copied in as a deployer would.
 */
export function sourceTree(root: string, name: string, { tic = false } = {}): string {
  const tree = path.join(root, `tree-${name}`);
  for (const dir of ['domain', 'application', 'infrastructure', 'server', 'staff', 'miniprogram', 'scripts', 'lessons'])
    fs.cpSync(path.join(REPO, dir), path.join(tree, dir), { recursive: true });
  fs.rmSync(path.join(tree, 'miniprogram', 'tic'), { recursive: true, force: true });
  if (tic) writeStandInTic(tree);
  return tree;
}
