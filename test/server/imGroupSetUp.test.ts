import { setUpGroups } from '../../devtools/server/setUpGroups';
import { TencentRestStandIn } from './support/tencentRestStandIn';
import { APP, CLOUD_KEY, tencentEnvFor } from './support/restFixture';

/** Tencent IM with nothing made yet: a new application, as a school starts from. */
async function anEmptyImApp() {
  return new TencentRestStandIn({ ...APP, cloudKey: CLOUD_KEY, groups: {} }).start();
}

describe("the school server makes a class's IM groups (npm run im:groups)", () => {
  let im: TencentRestStandIn;
  const log: string[] = [];
  const run = (...classIds: string[]) => setUpGroups(tencentEnvFor(im), classIds, (line) => log.push(line));
  const made = (api: string) => im.calls.filter((call) => call.api === api && call.code === 0).length;

  beforeEach(async () => {
    im = await anEmptyImApp();
    log.length = 0;
  });
  afterEach(() => im.close());

  it('from an empty application: two live groups, the teacher their owner, the assistant their admin', async () => {
    expect(await run('math-101')).toBe(true);
    for (const groupId of ['math-101-signal', 'math-101-chat']) {
      const group = im.groups.get(groupId);
      expect(group).toMatchObject({ type: 'AVChatRoom', owner: 't1' });
      expect([...(group?.admins ?? [])]).toEqual(['a1']);
    }
    expect(im.groups.get('math-101-signal')?.name).toBe('函数的单调性·信令');
    expect(log).toEqual([
      'math-101: math-101-signal created',
      'math-101: math-101-signal admins added: a1',
      'math-101: math-101-chat created',
      'math-101: math-101-chat admins added: a1',
    ]);
  });

  it('run twice, or twice at once, makes nothing twice', async () => {
    await Promise.all([run('math-101'), run('math-101')]);
    expect(made('group_open_http_svc/create_group')).toBe(2);
    log.length = 0;
    expect(await run('math-101')).toBe(true);
    expect(log).toEqual(['math-101: math-101-signal found', 'math-101: math-101-chat found']);
    expect(made('group_open_http_svc/create_group')).toBe(2);
    expect([...(im.groups.get('math-101-chat')?.admins ?? [])]).toEqual(['a1']);
  });

  it('a network that drops in the middle: the run fails plainly, and the next one finishes the job', async () => {
    let calls = 0;
    const cut = im.calls.push.bind(im.calls);
    im.calls.push = (...entries) => {
      calls += entries.length;
      // After the signalling group is made, IM stops answering.
      if (entries.some((entry) => entry.api === 'group_open_http_svc/create_group')) im.up = false;
      return cut(...entries);
    };
    await expect(run('math-101')).rejects.toThrow();
    expect(calls).toBeGreaterThan(0);
    im.up = true;
    im.calls.push = cut;
    expect(await run('math-101')).toBe(true);
    expect([...im.groups.keys()].sort()).toEqual(['math-101-chat', 'math-101-signal']);
    expect([...(im.groups.get('math-101-signal')?.admins ?? [])]).toEqual(['a1']);
  });

  it('says what only a person can fix: a group of another type made in the console', async () => {
    im.groups.set('math-101-chat', { type: 'Public', members: new Set(), banned: new Set(), owner: 't1' });
    expect(await run('math-101')).toBe(false);
    expect(log).toContain('math-101: math-101-chat NEEDS A HAND: the group is a Public, not an AVChatRoom: dismiss it or name another id');
    expect(im.groups.get('math-101-chat')?.type).toBe('Public');
  });
});
