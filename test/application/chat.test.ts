import { CHAT_MEMORY_LIMIT } from '../../domain/chat/ChatLog';
import { CHAT_WINDOW } from '../../application/view/ChatWindow';
import { aLesson, ME } from '../support/lessonHarness';

describe('chat', () => {
  it('sends trimmed text that the teacher receives', async () => {
    const lesson = aLesson();
    const received: string[] = [];
    lesson.hub.im.inbox('t1').add(({ event }) => event.type === 'message' && received.push(event.message.text ?? ''));
    await lesson.join();
    expect((await lesson.app.sendText.execute('  老师好  ')).ok).toBe(true);
    expect(received).toEqual(['老师好']);
    expect(lesson.view().chat).toEqual([{ from: ME, text: '老师好', state: 'sent' }]);
  });

  it('refuses empty and over-long text and keeps nothing of it', async () => {
    const lesson = aLesson();
    await lesson.join();
    expect(await lesson.app.sendText.execute('   ')).toEqual({ ok: false, code: 'CHAT.EMPTY' });
    expect(await lesson.app.sendText.execute('好'.repeat(501))).toEqual({ ok: false, code: 'CHAT.TOO_LONG' });
    expect((await lesson.app.sendText.execute('好'.repeat(500))).ok).toBe(true);
    expect(lesson.view().chat).toHaveLength(1);
  });

  it('refuses to send while the teacher has muted chat, and allows it again after', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'muteChat', on: true });
    await lesson.settle();
    expect(await lesson.app.sendText.execute('可以问个问题吗')).toEqual({ ok: false, code: 'CHAT.MUTED' });
    expect(lesson.view()).toMatchObject({ chatMuted: true, chat: [] });
    lesson.teacher.command({ type: 'muteChat', on: false });
    await lesson.settle();
    expect((await lesson.app.sendText.execute('可以问个问题吗')).ok).toBe(true);
  });

  it('shows the teacher and classmates in arrival order', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.chat({ text: '大家好' });
    lesson.classmate('s2').chat({ imageUrl: 'https://im.example/a.png' });
    expect(lesson.view().chat).toEqual([
      { from: 't1', text: '大家好' },
      { from: 's2', image: true },
    ]);
  });

  it('accepts jpg, png, gif and webp pictures up to 20 MB', async () => {
    const lesson = aLesson();
    await lesson.join();
    const mb = 1024 * 1024;
    expect(await lesson.app.sendImage.execute({ path: 'wxfile://tmp/a.bmp', size: mb })).toEqual({ ok: false, code: 'IMAGE.TYPE' });
    expect(await lesson.app.sendImage.execute({ path: 'wxfile://tmp/a.png', size: 20 * mb + 1 })).toEqual({
      ok: false,
      code: 'IMAGE.TOO_LARGE',
    });
    for (const name of ['a.jpg', 'b.JPEG', 'c.png', 'd.gif', 'e.webp']) {
      expect((await lesson.app.sendImage.execute({ path: `wxfile://tmp/${name}`, size: 20 * mb })).ok).toBe(true);
    }
    expect(lesson.view().chat.map((line) => line.state)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
  });

  it('marks a message the network lost on the way as failed, and a retry sends it', async () => {
    const lesson = aLesson({ callDelayMs: 100 });
    await lesson.join();
    const sending = lesson.app.sendText.execute('断网了吗');
    await lesson.clock.advance(50);
    lesson.hub.im.setOnline(ME, false);
    await lesson.clock.advance(50);
    expect(await sending).toEqual({ ok: false, code: 'CHAT.SEND_FAILED' });
    expect(lesson.view().chat).toEqual([{ from: ME, text: '断网了吗', state: 'failed' }]);
    lesson.hub.im.setOnline(ME, true);
    await lesson.clock.advance(1_000);
    expect(lesson.view().status).toBe('waiting');
    const retried = lesson.app.retryMessage.execute(lesson.classroom().chat.messages[0].id);
    await lesson.clock.advance(100);
    expect((await retried).ok).toBe(true);
    expect(lesson.view().chat).toEqual([{ from: ME, text: '断网了吗', state: 'sent' }]);
    expect(lesson.teacher.heardChat()).toEqual(['断网了吗']);
    expect(await lesson.app.retryMessage.execute('no-such-message')).toEqual({ ok: false, code: 'CHAT.NOT_FOUND' });
  });

  it('keeps what I write while messaging is away, and sends it in order when it is back', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.hub.im.setOnline(ME, false);
    expect(await lesson.app.sendText.execute('第一句')).toEqual({ ok: true, value: undefined });
    expect(await lesson.app.sendText.execute('第二句')).toEqual({ ok: true, value: undefined });
    expect(lesson.view().chat.map((line) => line.state)).toEqual(['sending', 'sending']);
    expect(lesson.teacher.heardChat()).toEqual([]);
    lesson.hub.im.setOnline(ME, true);
    await lesson.settle();
    expect(lesson.view().chat).toEqual([
      { from: ME, text: '第一句', state: 'sent' },
      { from: ME, text: '第二句', state: 'sent' },
    ]);
    expect(lesson.teacher.heardChat()).toEqual(['第一句', '第二句']);
  });

  it('marks what still waits as failed when the lesson ends before messaging is back', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.hub.im.setOnline(ME, false);
    await lesson.app.sendText.execute('还在吗');
    lesson.hub.rtc.kick(lesson.info.roomId, ME);
    await lesson.settle();
    expect(lesson.view().chat).toEqual([{ from: ME, text: '还在吗', state: 'failed' }]);
  });

  it('shows my message as sending until the service answers', async () => {
    const lesson = aLesson({ callDelayMs: 100 });
    await lesson.join();
    const sending = lesson.app.sendText.execute('在吗');
    await lesson.settle();
    expect(lesson.view().chat).toEqual([{ from: ME, text: '在吗', state: 'sending' }]);
    await lesson.clock.advance(100);
    await sending;
    expect(lesson.view().chat[0].state).toBe('sent');
  });

  it('keeps at most 500 messages in memory, dropping the oldest', async () => {
    const lesson = aLesson();
    await lesson.join();
    for (let i = 0; i < CHAT_MEMORY_LIMIT + 20; i += 1) {
      lesson.teacher.chat({ text: `第${i}条` });
      await lesson.clock.advance(25);
    }
    const kept = lesson.classroom().chat.messages;
    expect(kept).toHaveLength(CHAT_MEMORY_LIMIT);
    expect(kept[0].text).toBe('第20条');
    const shown = lesson.view().chat;
    expect(shown.length).toBeLessThanOrEqual(CHAT_WINDOW.lines);
    expect(shown[shown.length - 1].text).toBe(`第${CHAT_MEMORY_LIMIT + 19}条`);
  });

  it('shows a redelivered message once', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.chat({ text: '一' }).chat({ text: '二' });
    lesson.hub.im.redeliver(lesson.info.chatGroupId, 2);
    expect(lesson.view().chat.map((line) => line.text)).toEqual(['一', '二']);
  });
});

describe('the chat window and a late line', () => {
  it('goes back to show a line the service numbered before the window start (missed chat fetched back)', async () => {
    const { ChatWindow } = await import('../../application/view/ChatWindow');
    const window = new ChatWindow();
    const line = (id: string) => ({ id }) as unknown as import('../../domain/chat/ChatMessage').ChatMessage;
    const lines = Array.from({ length: CHAT_WINDOW.lines + 10 }, (_, i) => line(`m${i}`));
    for (let n = 1; n <= lines.length; n++) window.select(lines.slice(0, n), n * 1000);
    const before = window.select(lines, 100_000);
    expect(before).toHaveLength(CHAT_WINDOW.lines);
    const late = line('late');
    const withLate = [...lines.slice(0, lines.length - before.length - 3), late, ...lines.slice(lines.length - before.length - 3)];
    expect(window.select(withLate, 101_000).map((message) => message.id)).toContain('late');
  });
});
