import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { INITIAL_CLASS_STATE } from '../../domain/classroom/ClassState';
import { encodeClassState, withServerTime } from '../../infrastructure/shared/signalling/classStateCodec';

const { buildStaffKit } = require('../../scripts/buildStaffKit') as {
  buildStaffKit(options: { write: false }): Promise<Record<string, { text: string; bytes: number }>>;
};

/** What a page gets from the one file: the kit and its two adapters. */
const EXPORTS = ['FetchStaffServer', 'StaffError', 'StaffKit', 'TimStaffMessaging', 'staffClassOf'];
/** A page pays for every byte it loads: the kit stays well under what a console's own code weighs. */
const BUDGET_BYTES = 40 * 1024;

describe('the staff kit as one file a page loads, and as a module', () => {
  let files: Record<string, { text: string; bytes: number }>;
  beforeAll(async () => {
    files = await buildStaffKit({ write: false });
  });

  it('runs in a page with nothing but the browser globals, as the global StaffKit', async () => {
    const requests: string[] = [];
    const page: Record<string, unknown> = {
      setTimeout,
      clearTimeout,
      fetch: async (url: string) => {
        requests.push(url);
        return {
          status: 200,
          text: async () => withServerTime(encodeClassState(INITIAL_CLASS_STATE, 0), 0),
        };
      },
    };
    vm.createContext(page);
    vm.runInContext(files['staff-kit.js'].text, page);
    const kit = page.StaffKit as Record<string, unknown>;
    expect(Object.keys(kit).sort()).toEqual(EXPORTS);

    // A kit made from the page's file reads the class through the page's fetch and refuses a misfit before sending.
    const made = vm.runInContext(
      `(() => {
        const chat = { on() {}, off() {}, createTextMessage: (o) => o, sendMessage: () => Promise.reject(new Error('no')) };
        const constants = { EVENT: { MESSAGE_RECEIVED: 'm', NET_STATE_CHANGE: 'n', SDK_READY: 'r' },
          TYPES: { CONV_GROUP: 'GROUP', MSG_TEXT: 't', MSG_IMAGE: 'i', MSG_CUSTOM: 'c', MSG_GRP_TIP: 'g', NET_STATE_CONNECTED: 'connected' } };
        const kit = new StaffKit.StaffKit({
          classInfo: { classId: 'math-101', teacherId: 't1', assistantIds: [] },
          userId: 't1',
          server: new StaffKit.FetchStaffServer({ base: 'https://school.example/api', classId: 'math-101', staffToken: () => 'tok' }),
          messaging: new StaffKit.TimStaffMessaging({ chat, constants, signalGroupId: 'sig', chatGroupId: 'chat' }),
        });
        // Stopped at the end: a page that closes leaves no timer behind.
        return kit.start().then(() => kit.ask({ id: 'q', options: ['1','2','3','4','5','6','7','8','9'] })).catch((e) => [e.name, e.code, kit.state.seq]).finally(() => kit.stop());
      })()`,
      page,
    );
    expect(await made).toEqual(['StaffError', 'BAD_FIELDS', 0]);
    expect(requests).toEqual(['https://school.example/api/classes/math-101/state']);
  });

  it('imports as an ES module with the same names, and both fit the budget', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-kit-'));
    try {
      const file = path.join(dir, 'staff-kit.mjs');
      fs.writeFileSync(file, files['staff-kit.mjs'].text);
      const names = execFileSync(
        process.execPath,
        ['--input-type=module', '-e', `import * as kit from ${JSON.stringify(file)}; console.log(Object.keys(kit).sort().join(','))`],
        {
          encoding: 'utf8',
        },
      );
      expect(names.trim().split(',')).toEqual(EXPORTS);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(files['staff-kit.js'].bytes).toBeLessThan(BUDGET_BYTES);
    expect(files['staff-kit.mjs'].bytes).toBeLessThan(BUDGET_BYTES);
    expect(files['staff-kit.js'].text).not.toMatch(/\brequire\(/);
  });
});
