import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeClassStateReply } from '../../infrastructure/shared/signalling/classStateCodec';
import { aTencentStandIn, tencentEnvFor } from '../../test/server/support/restFixture';
import { REPO } from './builtLessonPage';
import { agent, call, inBatches, lagOf, percentile, seqOf, until } from './schoolLoadCalls';
import { ServerProcess, startSchoolServer } from './schoolServerProcess';

/**
 * npm run bench:school — the school server of `npm run dev:server`, in a process of its own on
 * loopback, with IM and TRTC as a local stand-in of their REST endpoints: the largest class state
 * (64 seats, 500 hands, 500 removed, 128-character ids) built by real commands and hands; 10,000
 * students reading it within 10 s; each command's time from the staff's call to the group send;
 * and a crash of the server in the middle of a burst of commands. Writes devtools/bench/school-results.json.
 */
const STUDENTS = 10_000;
/** 128 characters that compress no better than real ids would: the number, then its hash. */
const idOf = (prefix: string, n: number) =>
  `${prefix}${String(n).padStart(6, '0')}-${crypto.createHash('sha512').update(`${prefix}${n}`).digest('base64url')}`.slice(0, 128);
const CLASS_ID = 'big-class';
const TEACHER = idOf('t', 1);
/** 10,000 students each read the state once, spread evenly over 10 s, as a class back from a blip. */
async function catchUp(server: ServerProcess, headersOf: () => Record<string, string>, query: string) {
  const latencies: number[] = [];
  let bytes = 0;
  const statuses = new Map<number, number>();
  const cpuBefore = server.cpuSeconds();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: STUDENTS }, (_, i) =>
      new Promise((resolve) => setTimeout(resolve, i)).then(async () => {
        // wx.request takes a gzipped answer, as the phone's network stack does.
        const headers = { ...(process.env.NO_GZIP ? {} : { 'Accept-Encoding': 'gzip' }), ...headersOf() };
        const answer = await call(`${server.url}/classes/${CLASS_ID}/state${query}`, 'GET', idOf('s', i + 1), undefined, headers);
        latencies.push(answer.ms);
        bytes += answer.bytes;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    reads: STUDENTS,
    seconds: Math.round(seconds * 100) / 100,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: percentile(latencies, 100),
    serverCpuShareOfOneCore: Math.round(((server.cpuSeconds() - cpuBefore) / seconds) * 1000) / 10,
    megabytesOnTheWire: Math.round(bytes / 1e5) / 10,
    statuses: Object.fromEntries(statuses),
  };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'school-bench-'));
  const students = Object.fromEntries(Array.from({ length: STUDENTS }, (_, i) => [idOf('s', i + 1), `学生${i + 1}`]));
  const catalog = {
    students,
    classes: [
      {
        classId: CLASS_ID,
        title: '万人大课',
        teacher: { userId: TEACHER, name: '王老师' },
        assistants: [],
        stageCapacity: 64,
        trtcRoomId: 3001,
        chatGroupId: 'big-chat',
        signalGroupId: 'big-signal',
      },
    ],
  };
  fs.writeFileSync(path.join(dir, 'classes.json'), JSON.stringify(catalog));
  const standIn = await aTencentStandIn();
  standIn.groups.set('big-signal', { type: 'AVChatRoom', members: new Set(), banned: new Set() });
  standIn.groups.set('big-chat', { type: 'Public', members: new Set(), banned: new Set() });
  const env = {
    LESSON_CLASSES_FILE: path.join(dir, 'classes.json'),
    LESSON_STATE_FILE: path.join(dir, 'school.sqlite'),
    LESSON_STAFF_SECRET: 'cd'.repeat(32),
    ...tencentEnvFor(standIn),
  };
  let server = await startSchoolServer(env);
  try {
    const token = (JSON.parse((await call(`${server.url}/classes/${CLASS_ID}/staff-token`, 'GET', TEACHER)).body) as { staffToken: string })
      .staffToken;
    const command = (body: unknown) => call(`${server.url}/classes/${CLASS_ID}/commands`, 'POST', token, body);
    const sentAt = new Map<number, number>();
    const timed = async (body: Record<string, unknown>) => {
      const at = Date.now();
      const answer = await command(body);
      sentAt.set((JSON.parse(answer.body) as { seq: number }).seq, at);
    };
    console.log('building the largest state: 500 kicks, 500 hands, 64 grants');
    await inBatches(
      Array.from({ length: 500 }, (_, i) => i + 1),
      10,
      (n) => timed({ type: 'kick', to: idOf('s', n) }),
    );
    await inBatches(
      Array.from({ length: 500 }, (_, i) => i + 501),
      20,
      (n) => call(`${server.url}/classes/${CLASS_ID}/hand`, 'POST', idOf('s', n), { raised: true }),
    );
    const sent = (count: number) => until(() => standIn.messages.length >= count);
    await sent(1000);
    const burst = lagOf(
      standIn.messages.filter((message) => message.desc === 'kick'),
      sentAt,
    );
    sentAt.clear();
    // A teacher's pace: one command at a time, each once the last one is out.
    for (let n = 1001; n <= 1064; n++) {
      await timed({ type: 'grant', to: idOf('s', n), mic: true, camera: true });
      await sent(n);
    }
    const toSend = lagOf(
      standIn.messages.filter((message) => message.desc === 'grant'),
      sentAt,
    );
    const whole = await call(`${server.url}/classes/${CLASS_ID}/state`, 'GET', idOf('s', 2000));
    const reply = decodeClassStateReply(whole.body);
    const state = reply?.kind === 'state' ? reply.state : undefined;
    const largest = {
      bytes: whole.bytes,
      seats: state?.stage.length,
      hands: state?.hands.length,
      removed: state?.removed.length,
      rev: reply?.rev,
    };
    console.log('largest state', largest);
    console.log('10,000 students catch up, each one change behind (the whole state)');
    const full = await catchUp(server, () => ({}), `?since=${Number(reply?.rev) - 1}`);
    console.log(full);
    console.log('10,000 students catch up, each already holding the latest (If-None-Match)');
    const conditional = await catchUp(server, () => ({ 'If-None-Match': String(whole.etag) }), '');
    console.log(conditional);
    console.log('a crash in the middle of 200 commands');
    const acknowledged: number[] = [];
    const crashing = Array.from({ length: 200 }, (_, i) =>
      command({ type: 'muteChat', on: i % 2 === 0, requestId: `crash-${i}` }).then(
        (answer) => answer.status === 200 && acknowledged.push((JSON.parse(answer.body) as { seq: number }).seq),
        () => undefined,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 40));
    await server.crash();
    await Promise.all(crashing);
    server = await startSchoolServer(env);
    const after = decodeClassStateReply((await call(`${server.url}/classes/${CLASS_ID}/state`, 'GET', idOf('s', 2000))).body);
    const seqAfter = after?.kind === 'state' ? after.state.seq : -1;
    const before = state?.seq ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const published = standIn.messages.filter((message) => message.desc !== 'hand').map(seqOf);
    const crash = {
      acknowledgedBeforeCrash: acknowledged.length,
      everyAcknowledgedKept: acknowledged.every((seq) => seq <= seqAfter),
      storedAfterRestart: seqAfter - before,
      publishedOnceInOrder: published.every((seq, i) => seq === i + 1) && published.length === seqAfter,
    };
    console.log(crash);
    const results = {
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
      largest,
      commandToGroupSendMs: { count: toSend.length, p50: percentile(toSend, 50), p99: percentile(toSend, 99) },
      commandToGroupSendInA500KickBurstMs: { count: burst.length, p50: percentile(burst, 50), p99: percentile(burst, 99) },
      catchUpWholeState: full,
      catchUpConditional: conditional,
      crash,
    };
    fs.writeFileSync(path.join(REPO, 'devtools', 'bench', 'school-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await server.stop();
    await standIn.close();
    agent.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
