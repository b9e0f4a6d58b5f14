import { PortError } from '../../application/ports/PortError';
import { HttpClassStateServer } from '../../infrastructure/shared/http/HttpClassStateServer';
import { nodeRequest } from '../infrastructure/tencent/support/nodeRequest';
import { aSchoolOverHttp } from './support/schoolOverHttp';

jest.setTimeout(30_000);

type School = Awaited<ReturnType<typeof aSchoolOverHttp>>;

const studentApp = (school: School, userId: string) =>
  new HttpClassStateServer(nodeRequest, { baseUrl: school.url, sessionToken: () => userId, timeoutMs: 5_000 });

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'stored',
    (error: unknown) => (error instanceof PortError ? error.code : String(error)),
  );

/** The class tools on the real HTTP server: the staff ask, students answer the staff alone, and the staff read the tally. */
describe('the class tools on the school server over HTTP', () => {
  let school: School;
  let teacher: string;
  beforeEach(async () => {
    school = await aSchoolOverHttp();
    teacher = await school.staffToken('t1');
  });
  afterEach(() => school.stop());

  const command = (body: Record<string, unknown>) => school.call('POST', '/classes/math-101/commands', teacher, body);
  const tally = (query: string) => school.call('GET', `/classes/math-101/tally?${query}`, teacher);

  it('counts each student once, with their latest answer, and never publishes an answer to the group', async () => {
    expect(await command({ type: 'question', id: 'q1', options: ['A', 'B', 'C'], seconds: 60 })).toMatchObject({ status: 200 });
    const [s1, s2] = [studentApp(school, 's1'), studentApp(school, 's2')];
    await s1.reply('math-101', { kind: 'answer', questionId: 'q1', choices: ['A'] });
    await s2.reply('math-101', { kind: 'answer', questionId: 'q1', choices: ['B'] });
    // A resend and a changed mind: still one answer from s1, now C.
    await s1.reply('math-101', { kind: 'answer', questionId: 'q1', choices: ['A'] });
    await s1.reply('math-101', { kind: 'answer', questionId: 'q1', choices: ['C'] });
    expect(await tally('question=q1')).toMatchObject({ status: 200, body: { counts: [0, 1, 1], answered: 2 } });
    const published = school.standIn.messages.map(({ desc }) => desc);
    expect(published).toEqual(['question']);
    // The state a classmate reads has the question, not anyone's answer.
    const read = await s2.read('math-101');
    expect(read).toMatchObject({ question: { id: 'q1', results: null } });
    expect(JSON.stringify(read)).not.toContain('"s1"');
  });

  it('refuses an answer that does not fit the card, comes too late, or is for another question, and a tally to a student', async () => {
    await command({ type: 'question', id: 'q1', options: ['A', 'B'], seconds: 5 });
    const s1 = studentApp(school, 's1');
    expect(await refusal(s1.reply('math-101', { kind: 'answer', questionId: 'q1', choices: ['C'] }))).not.toBe('stored');
    expect(await refusal(s1.reply('math-101', { kind: 'answer', questionId: 'q1', choices: ['A', 'B'] }))).not.toBe('stored');
    expect(await refusal(s1.reply('math-101', { kind: 'answer', questionId: 'q9', choices: ['A'] }))).toBe('CLOSED');
    const student = await school.call('GET', '/classes/math-101/tally?question=q1', 's1');
    expect(student.status).toBe(403);
    await command({ type: 'closeQuestion', id: 'q1', correct: ['A'], counts: [0, 0] });
    expect(await refusal(s1.reply('math-101', { kind: 'answer', questionId: 'q1', choices: ['A'] }))).toBe('CLOSED');
  });

  it('refuses the commands no class tool can be: 9 options, an oversized option, a bad id, a check-in past 600 s, an invite with nothing on', async () => {
    const nine = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
    for (const body of [
      { type: 'question', id: 'q1', options: nine },
      { type: 'question', id: 'q1', options: ['A', 'x'.repeat(41)] },
      { type: 'question', id: 'q 1', options: ['A', 'B'] },
      { type: 'checkIn', id: 'c1', seconds: 601 },
      { type: 'invite', to: 's1', mic: false, camera: false },
      { type: 'closeQuestion', id: 'q1', counts: [-1, 2] },
    ])
      expect([body, (await command(body)).status]).toEqual([body, 400]);
    expect(school.standIn.messages).toEqual([]);
  });

  it('takes a check-in and an answer to an invitation only while open, and only from the one invited', async () => {
    await command({ type: 'checkIn', id: 'c1', seconds: 60 });
    await command({ type: 'invite', to: 's1', mic: true, camera: false, seconds: 30 });
    const [s1, s2] = [studentApp(school, 's1'), studentApp(school, 's2')];
    await s1.reply('math-101', { kind: 'check-in', checkInId: 'c1' });
    await s1.reply('math-101', { kind: 'check-in', checkInId: 'c1' });
    expect(await tally('checkIn=c1')).toMatchObject({ body: { checkedIn: ['s1'] } });
    expect(await refusal(s2.reply('math-101', { kind: 'invitation', seq: 2, accepted: true }))).toBe('CLOSED');
    expect(await refusal(s1.reply('math-101', { kind: 'invitation', seq: 2, accepted: true }))).toBe('stored');
    // The teacher's answer to a staff member answering as a student: refused.
    const asStaff = await school.call('POST', '/classes/math-101/check-ins', teacher, { id: 'c1' });
    expect(asStaff.status).toBe(401);
  });
});
