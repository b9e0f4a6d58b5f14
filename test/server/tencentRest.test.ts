import { GroupSignal, PublishError } from '../../server/application/ports/SignalPublisher';
import { ImRestPublisher } from '../../server/infrastructure/tencent/ImRestPublisher';
import { TencentMemberRemoval } from '../../server/infrastructure/tencent/TencentMemberRemoval';
import { CloudApiError } from '../../server/infrastructure/tencent/TrtcRestClient';
import { aTencentStandIn, clientsFor, steppedClock } from './support/restFixture';
import { TencentRestStandIn } from './support/tencentRestStandIn';

// Real sockets, a child process or a big class: generous margins on a loaded machine, never a timed check.
jest.setTimeout(30_000);

const signal = (rev: number, over: Partial<GroupSignal> = {}): GroupSignal => ({
  groupId: 'math-101-signal',
  senderId: 't1',
  data: JSON.stringify({ v: 3, type: 'muteChat', on: true, seq: rev }),
  description: 'muteChat',
  priority: 'High',
  dedupeKey: 1_000 + rev,
  ...over,
});

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: PublishError | CloudApiError) => ({ code: error.code, retryable: error.retryable }),
  );

describe("the school server's Tencent REST clients, against a stand-in of the documented endpoints", () => {
  let standIn: TencentRestStandIn;
  afterEach(() => standIn.close());

  it('sends a signal as the staff member, with its Random and priority, and IM keeps one copy of a resend', async () => {
    standIn = await aTencentStandIn();
    const publisher = new ImRestPublisher(clientsFor(standIn, steppedClock()).im);
    await publisher.publish(signal(1));
    await publisher.publish(signal(1));
    await publisher.publish(signal(2, { senderId: 's2', priority: 'Low', description: 'hand' }));
    expect(standIn.messages.map(({ from, random, priority, desc, ext }) => ({ from, random, priority, desc, ext }))).toEqual([
      { from: 't1', random: 1_001, priority: 'High', desc: 'muteChat', ext: 'lesson.signal' },
      { from: 's2', random: 1_002, priority: 'Low', desc: 'hand', ext: 'lesson.signal' },
    ]);
    expect(JSON.parse(standIn.messages[0].data)).toMatchObject({ type: 'muteChat', seq: 1 });
  });

  it('past 40 messages a second in the group, the service discards the hands and keeps the staff command', async () => {
    standIn = await aTencentStandIn();
    const publisher = new ImRestPublisher(clientsFor(standIn, steppedClock()).im);
    const hand = (n: number) =>
      signal(n, { senderId: `s${n}`, priority: 'Low', description: 'hand', data: JSON.stringify({ v: 3, type: 'hand', raised: true }) });
    for (let n = 1; n <= 45; n++) await publisher.publish(hand(n));
    await publisher.publish(signal(46));
    expect(standIn.messages.filter((message) => message.desc === 'hand')).toHaveLength(40);
    expect(standIn.messages.map((message) => message.desc)).toContain('muteChat');
    expect(standIn.discarded.map((message) => message.from)).toEqual(['s41', 's42', 's43', 's44', 's45']);
  });

  it('is refused for good with a UserSig made from the wrong key, and for an unknown group', async () => {
    standIn = await aTencentStandIn();
    const wrongKey = new ImRestPublisher(clientsFor(standIn, steppedClock(), { secretKey: 'not-the-key' }).im);
    expect(await failureOf(wrongKey.publish(signal(1)))).toEqual({ code: 70003, retryable: false });
    const right = new ImRestPublisher(clientsFor(standIn, steppedClock()).im);
    expect(await failureOf(right.publish(signal(1, { groupId: 'no-such-group' })))).toEqual({ code: 10010, retryable: false });
    expect(standIn.messages).toEqual([]);
  });

  it('says a dropped network may be tried again, and the same send goes through once it is back', async () => {
    standIn = await aTencentStandIn();
    const publisher = new ImRestPublisher(clientsFor(standIn, steppedClock()).im);
    standIn.up = false;
    expect(await failureOf(publisher.publish(signal(1)))).toEqual({ code: 'NETWORK', retryable: true });
    standIn.up = true;
    await publisher.publish(signal(1));
    expect(standIn.messages).toHaveLength(1);
  });

  it('keeps a burst under 200 calls a second, and one group’s commands under its 40 a second, so none is refused or discarded', async () => {
    const clock = steppedClock();
    standIn = await aTencentStandIn(clock.now);
    const publisher = new ImRestPublisher(clientsFor(standIn, clock).im);
    await Promise.all(Array.from({ length: 450 }, (_, i) => publisher.publish(signal(i + 1))));
    expect(standIn.messages).toHaveLength(450);
    expect(standIn.discarded).toEqual([]);
    const times = standIn.messages.map((message) => message.at);
    expect(Math.max(...times.map((at) => times.filter((other) => other >= at && other - at < 1_000).length))).toBeLessThanOrEqual(40);
    expect(standIn.busiestSecond('group_open_http_svc/send_group_msg')).toBeLessThanOrEqual(200);
    expect(standIn.calls.filter((call) => call.code !== 0)).toEqual([]);
  });

  it('renews the admin UserSig before it expires, so a server up for days never sends an expired one', async () => {
    const clock = steppedClock();
    standIn = await aTencentStandIn(clock.now);
    const publisher = new ImRestPublisher(clientsFor(standIn, clock).im);
    await publisher.publish(signal(1));
    // Past the first signature's 24 h: only a signature made since can be accepted.
    clock.advance(24.5 * 60 * 60 * 1000);
    // tls-sig-api-v2 stamps the signature with the machine's own time: the stand-in judges it by that.
    const realNow = jest.spyOn(Date, 'now').mockReturnValue(clock.now());
    try {
      await publisher.publish(signal(2));
    } finally {
      realNow.mockRestore();
    }
    expect(standIn.messages).toHaveLength(2);
    expect(standIn.calls.map((call) => call.code)).toEqual([0, 0]);
  });

  it('renews at once when the service says the signature expired (70001), and sends the same message once', async () => {
    const clock = steppedClock();
    standIn = await aTencentStandIn(clock.now);
    const publisher = new ImRestPublisher(clientsFor(standIn, clock).im);
    await publisher.publish(signal(1));
    // The service's clock is ahead of ours: it already sees our signature as expired.
    standIn.clockAhead(24.5 * 60 * 60 * 1000);
    const realNow = jest.spyOn(Date, 'now').mockReturnValue(clock.now() + 24.5 * 60 * 60 * 1000);
    try {
      await publisher.publish(signal(2));
    } finally {
      realNow.mockRestore();
    }
    expect(standIn.calls.map((call) => call.code)).toEqual([0, 70001, 0]);
    expect(standIn.messages).toHaveLength(2);
  });

  it('bans a removed student from the audio-video group, deletes them from the chat group and takes them out of the room', async () => {
    standIn = await aTencentStandIn();
    standIn.groups.get('math-101-signal')?.members.add('s2');
    standIn.groups.get('math-101-chat')?.members.add('s2');
    standIn.rooms.set('1001', new Set(['s2', 's3']));
    const { im, trtc } = clientsFor(standIn, steppedClock());
    await new TencentMemberRemoval(im, trtc).remove({ groupIds: ['math-101-signal', 'math-101-chat'], roomId: '1001' }, 's2');
    expect(standIn.groups.get('math-101-signal')?.banned.has('s2')).toBe(true);
    expect(standIn.groups.get('math-101-chat')?.members.has('s2')).toBe(false);
    expect([...(standIn.rooms.get('1001') ?? [])]).toEqual(['s3']);
    expect(standIn.calls.find((call) => call.api === 'RemoveUser')?.code).toBe(0);
    // A banned student cannot speak in the group either.
    const publisher = new ImRestPublisher(im);
    expect(await failureOf(publisher.publish(signal(3, { senderId: 's2' })))).toEqual({ code: 10007, retryable: false });
  });

  it('takes a student out of a string-named room by RemoveUserByStrRoomId, and a forged TC3 signature is refused', async () => {
    standIn = await aTencentStandIn();
    standIn.rooms.set('room-a', new Set(['s2']));
    const good = clientsFor(standIn, steppedClock());
    await good.trtc.removeUser('room-a', ['s2']);
    expect(standIn.rooms.get('room-a')?.size).toBe(0);
    const forged = clientsFor(standIn, steppedClock(), { cloudSecret: 'not-the-secret' });
    expect(await failureOf(forged.trtc.removeUser('1001', ['s2']))).toEqual({ code: 'AuthFailure.SignatureFailure', retryable: false });
    const stale = clientsFor(standIn, steppedClock(Date.now() - 10 * 60_000));
    expect(await failureOf(stale.trtc.removeUser('1001', ['s2']))).toEqual({ code: 'AuthFailure.SignatureExpire', retryable: false });
  });
});
