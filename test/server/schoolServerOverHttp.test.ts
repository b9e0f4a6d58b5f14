import { HttpClassStateServer } from '../../infrastructure/shared/http/HttpClassStateServer';
import { nodeRequest } from '../infrastructure/tencent/support/nodeRequest';
import { aSchoolOverHttp, until } from './support/schoolOverHttp';

// Real sockets, a child process or a big class: generous margins on a loaded machine, never a timed check.
jest.setTimeout(30_000);

type School = Awaited<ReturnType<typeof aSchoolOverHttp>>;

const studentApp = (school: School, userId: string) =>
  new HttpClassStateServer(nodeRequest, { baseUrl: school.url, sessionToken: () => userId, timeoutMs: 5_000 });

describe('the school server over HTTP, as `npm run dev:server` runs it', () => {
  let school: School;
  beforeEach(async () => {
    school = await aSchoolOverHttp();
  });
  afterEach(() => school.stop());

  it("numbers the teacher's command, publishes it as the teacher, and a student's app reads it; a hand goes out as the student's", async () => {
    const teacher = await school.staffToken('t1');
    const app = studentApp(school, 's1');
    expect(await app.read('math-101')).toMatchObject({ seq: 0, stage: [], hands: [] });
    await app.hand('math-101', true);
    const sent = await school.call('POST', '/classes/math-101/commands', teacher, {
      type: 'grant',
      to: 's1',
      mic: true,
      camera: false,
      requestId: 'r1',
    });
    expect(sent).toMatchObject({ status: 200, body: { seq: 1 } });
    expect(await app.read('math-101')).toMatchObject({ seq: 1, stage: [{ userId: 's1', mic: true, camera: false }], hands: [] });
    await until(() => school.standIn.messages.length === 2);
    expect(school.standIn.messages.map(({ from, priority, desc }) => ({ from, priority, desc }))).toEqual([
      { from: 's1', priority: 'Low', desc: 'hand' },
      { from: 't1', priority: 'High', desc: 'grant' },
    ]);
  });

  it("refuses a student's token, a forged one and a student asking for one, on commands; a body too large or not JSON", async () => {
    const grant = { type: 'muteChat', on: true };
    expect(await school.call('POST', '/classes/math-101/commands', 's1', grant)).toMatchObject({
      status: 403,
      body: { error: 'NOT_STAFF' },
    });
    const forged = (await school.staffToken('t1')).replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    expect(await school.call('POST', '/classes/math-101/commands', forged, grant)).toMatchObject({ status: 401 });
    expect(await school.call('POST', '/classes/math-101/commands', undefined, grant)).toMatchObject({ status: 401 });
    expect(await school.call('GET', '/classes/math-101/staff-token', 's1')).toMatchObject({ status: 403, body: { error: 'NOT_STAFF' } });
    const teacher = await school.staffToken('t1');
    const big = { ...grant, padding: 'x'.repeat(5_000) };
    expect(await school.call('POST', '/classes/math-101/commands', teacher, big)).toMatchObject({
      status: 413,
      body: { error: 'BODY_TOO_LARGE' },
    });
    expect(await school.call('POST', '/classes/math-101/commands', teacher, '{"type":')).toMatchObject({
      status: 400,
      body: { error: 'BAD_JSON' },
    });
    expect(await school.call('POST', '/classes/math-101/hand', 's1', { raised: 'yes' })).toMatchObject({ status: 400 });
    // Nothing refused changed the class.
    expect(await studentApp(school, 's2').read('math-101')).toMatchObject({ seq: 0, chatMuted: false });
  });

  it('answers a student who holds the latest number with 304 or "unchanged", for almost nothing', async () => {
    const teacher = await school.staffToken('a1');
    await school.call('POST', '/classes/math-101/commands', teacher, { type: 'muteChat', on: true });
    const first = await school.call('GET', '/classes/math-101/state', 's2');
    expect(first.status).toBe(200);
    expect(await school.call('GET', '/classes/math-101/state', 's2', undefined, { 'If-None-Match': String(first.etag) })).toMatchObject({
      status: 304,
      body: undefined,
    });
    const since = await school.call('GET', `/classes/math-101/state?since=${String(first.body?.rev)}`, 's2');
    expect(since.body).toEqual({ v: 3, unchanged: true, rev: first.body?.rev });
  });

  it('loses no command and no number when the server restarts in the middle of the lesson, and a retried request keeps its number', async () => {
    const teacher = await school.staffToken('t1');
    for (const [i, command] of [
      { type: 'muteChat', on: true },
      { type: 'grant', to: 's2', mic: true, camera: true },
    ].entries()) {
      await school.call('POST', '/classes/math-101/commands', teacher, { ...command, requestId: `r${i}` });
    }
    await school.restart();
    // The teacher's page resent its last request after the restart cut its answer: the same number comes back.
    expect(
      await school.call('POST', '/classes/math-101/commands', teacher, {
        type: 'grant',
        to: 's2',
        mic: true,
        camera: true,
        requestId: 'r1',
      }),
    ).toMatchObject({
      body: { seq: 2 },
    });
    expect(await school.call('POST', '/classes/math-101/commands', teacher, { type: 'revoke', to: 's2', requestId: 'r2' })).toMatchObject({
      body: { seq: 3 },
    });
    expect(await studentApp(school, 's3').read('math-101')).toMatchObject({ seq: 3, chatMuted: true, stage: [] });
    await until(() => school.standIn.messages.length === 3);
    expect(school.standIn.messages.map((message) => (JSON.parse(message.data) as { seq: number }).seq)).toEqual([1, 2, 3]);
  });

  it('keeps a command acknowledged while IM cannot be reached, and publishes it once IM is back', async () => {
    const teacher = await school.staffToken('t1');
    school.standIn.up = false;
    expect(await school.call('POST', '/classes/math-101/commands', teacher, { type: 'muteChat', on: true })).toMatchObject({ status: 200 });
    await until(() => school.log.some((line) => line.includes('publish.failed')));
    school.standIn.up = true;
    await until(() => school.standIn.messages.length === 1);
    expect(school.standIn.messages[0]).toMatchObject({ from: 't1', desc: 'muteChat' });
  });

  it('has the services keep a kicked student out: banned from the signal group, out of the chat group and the room', async () => {
    school.standIn.groups.get('math-101-chat')?.members.add('s3');
    school.standIn.rooms.set('1001', new Set(['s3', 's1']));
    const teacher = await school.staffToken('t1');
    expect(await school.call('POST', '/classes/math-101/commands', teacher, { type: 'kick', to: 's3' })).toMatchObject({ status: 200 });
    await until(() => school.log.some((line) => line.includes('removal.enforced')));
    expect(school.standIn.groups.get('math-101-signal')?.banned.has('s3')).toBe(true);
    expect(school.standIn.groups.get('math-101-chat')?.members.has('s3')).toBe(false);
    expect([...(school.standIn.rooms.get('1001') ?? [])]).toEqual(['s1']);
    expect(await school.call('POST', '/classes/math-101/hand', 's3', { raised: true })).toMatchObject({
      status: 403,
      body: { error: 'REMOVED' },
    });
  });
});
