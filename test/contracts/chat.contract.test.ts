import { ChatEvent } from '../../application/ports/ChatPort';
import { FamilyLesson, LESSON, whenAble } from './support/FamilyFixture';
import { familyTable } from './support/families';
import { failureOf, lastConnection, record } from './support/recorder';

const CLASSMATE = LESSON.classmate.userId;
const PHOTO = { path: 'wxfile://tmp/blackboard.jpg', size: 48_000, type: 'image' };

describe.each(familyTable)('ChatPort contract: %s family', (_, family) => {
  let lesson: FamilyLesson;
  let heard: ReturnType<typeof record<ChatEvent>>;
  beforeEach(async () => {
    lesson = await family.lesson();
    heard = record((listener) => lesson.ports.chat.subscribe(listener));
  });
  afterEach(() => lesson.dispose());

  const joined = async () => {
    await lesson.ports.chat.login(lesson.login);
    await lesson.ports.chat.joinChat(LESSON.chatGroupId);
    await lesson.settle();
  };
  const texts = () => heard.of('message').map(({ message }) => ({ from: message.from, text: message.text }));

  describe('before the student is in the chat group', () => {
    it('refuses to join or send before logging in, with NOT_CONNECTED', async () => {
      expect(await failureOf(() => lesson.ports.chat.joinChat(LESSON.chatGroupId))).toBe('NOT_CONNECTED');
      expect(await failureOf(() => lesson.ports.chat.sendText('老师好'))).toBe('NOT_CONNECTED');
    });

    it('refuses to send after logging in but before joining, with NOT_CONNECTED', async () => {
      await lesson.ports.chat.login(lesson.login);
      expect(await failureOf(() => lesson.ports.chat.sendText('老师好'))).toBe('NOT_CONNECTED');
      expect(await failureOf(() => lesson.ports.chat.sendImage(PHOTO, () => undefined))).toBe('NOT_CONNECTED');
    });

    it('refuses a forged signature with AUTH', async () => {
      expect(await failureOf(() => lesson.ports.chat.login({ ...lesson.login, userSig: 'forged' }))).toBe('AUTH');
    });

    it('hears nothing from the group', async () => {
      await lesson.ports.chat.login(lesson.login);
      lesson.far.chat(CLASSMATE, '有人吗');
      await lesson.settle();
      expect(heard.of('message')).toEqual([]);
    });
  });

  whenAble(family.abilities.memberCount)('reports how many are in the group on joining', async () => {
    await joined();
    const [count] = heard.of('member-count');
    expect(Number.isInteger(count?.count) && count.count > 0).toBe(true);
  });

  it("delivers a classmate's message with who sent it, once", async () => {
    await joined();
    lesson.far.chat(CLASSMATE, '老师好');
    await lesson.settle();
    expect(texts()).toEqual([{ from: CLASSMATE, text: '老师好' }]);
    const [{ message }] = heard.of('message');
    expect(typeof message.id).toBe('string');
    expect(typeof message.at).toBe('number');
  });

  whenAble(family.abilities.chatHistory)(
    'hands a member who joins the last messages sent before, in order, marked earlier, before the join completes',
    async () => {
      lesson.far.chatHistory(2);
      for (const text of ['第一句', '第二句', '第三句']) lesson.far.chat(CLASSMATE, text);
      await lesson.ports.chat.login(lesson.login);
      await lesson.ports.chat.joinChat(LESSON.chatGroupId);
      const handed = heard.of('message').map(({ message }) => ({ text: message.text, earlier: message.earlier }));
      expect(handed).toEqual([
        { text: '第二句', earlier: true },
        { text: '第三句', earlier: true },
      ]);
      lesson.far.chat(CLASSMATE, '现在说的');
      await lesson.settle();
      expect(heard.of('message').map(({ message }) => message.earlier ?? false)).toEqual([true, true, false]);
    },
  );

  it('hands a member who joins nothing sent before when the group keeps no history for new members', async () => {
    lesson.far.chat(CLASSMATE, '没人看见');
    await joined();
    expect(heard.of('message')).toEqual([]);
  });

  whenAble(family.abilities.separateGroups)("hears only the chat group: a text in the class's signalling group is not chat", async () => {
    await joined();
    await lesson.ports.control.join(LESSON.classId, LESSON.signalGroupId);
    lesson.far.chat(CLASSMATE, '走错群了', LESSON.signalGroupId);
    await lesson.settle();
    expect(heard.of('message')).toEqual([]);
  });

  it('sends text, answering with the id and time the service gave it, and does not echo it back', async () => {
    await joined();
    const sent = await lesson.ports.chat.sendText('我也到了');
    expect(sent.id).toEqual(expect.any(String));
    expect(sent.at).toEqual(expect.any(Number));
    await lesson.settle();
    expect(heard.of('message')).toEqual([]);
  });

  (family.abilities.chatImages === false ? it.skip : it)(
    'sends a picture, reporting progress up to 100 and answering with its https address',
    async () => {
      await joined();
      const progress: number[] = [];
      const sent = await lesson.ports.chat.sendImage(PHOTO, (percent) => progress.push(percent));
      expect(progress[progress.length - 1]).toBe(100);
      expect(sent.imageUrl).toMatch(/^https:\/\//);
    },
  );

  (family.abilities.chatImages === false ? it : it.skip)('says plainly that it cannot send pictures (UNSUPPORTED)', async () => {
    await joined();
    expect(await failureOf(() => lesson.ports.chat.sendImage(PHOTO, () => undefined))).toBe('UNSUPPORTED');
  });

  it('reports who comes into the group', async () => {
    await joined();
    lesson.far.joinsChat('s3');
    await lesson.settle();
    expect(heard.of('members-joined').flatMap((event) => event.userIds)).toContain('s3');
  });

  it('reports who leaves the group, and the member count follows', async () => {
    await joined();
    lesson.far.joinsChat('s3');
    await lesson.settle();
    const counts = () =>
      [...heard.of('member-count'), ...heard.of('members-joined'), ...heard.of('members-left')].flatMap((event) =>
        event.count === undefined ? [] : [event.count],
      );
    const before = Math.max(...counts());
    const heardBefore = heard.of('member-count').length;
    lesson.far.leavesChat('s3');
    await lesson.settle();
    expect(heard.of('members-left').flatMap((event) => event.userIds)).toContain('s3');
    // The count after the leave, from the tip or from the online count read again.
    const after = [...heard.of('members-left'), ...heard.of('member-count').slice(heardBefore)].flatMap((event) =>
      event.count === undefined ? [] : [event.count],
    );
    // A family whose count followed the join (TIC's reads it only on joining) follows the leave too.
    if (before > (heard.of('member-count')[0]?.count ?? before)) expect(after.at(-1)).toBe(before - 1);
  });

  it('joining twice is harmless: each message still arrives once', async () => {
    await joined();
    await lesson.ports.chat.joinChat(LESSON.chatGroupId);
    lesson.far.chat(CLASSMATE, '一次');
    await lesson.settle();
    expect(texts()).toEqual([{ from: CLASSMATE, text: '一次' }]);
  });

  it('after leaving the group, hears nothing and cannot send; leaving again is harmless', async () => {
    await joined();
    await lesson.ports.chat.leaveChat();
    lesson.far.chat(CLASSMATE, '还在吗');
    await lesson.settle();
    expect(heard.of('message')).toEqual([]);
    expect(await failureOf(() => lesson.ports.chat.sendText('在'))).toBe('NOT_CONNECTED');
    await expect(lesson.ports.chat.leaveChat()).resolves.toBeUndefined();
  });

  it('after leaving and joining again, hears the group and sends again', async () => {
    await joined();
    await lesson.ports.chat.leaveChat();
    await lesson.ports.chat.joinChat(LESSON.chatGroupId);
    lesson.far.chat(CLASSMATE, '欢迎回来');
    await lesson.settle();
    expect(texts()).toEqual([{ from: CLASSMATE, text: '欢迎回来' }]);
    await expect(lesson.ports.chat.sendText('谢谢')).resolves.toMatchObject({ id: expect.any(String) });
  });

  it('after logging out, cannot send', async () => {
    await joined();
    await lesson.ports.chat.logout();
    expect(await failureOf(() => lesson.ports.chat.sendText('再见'))).toBe('NOT_CONNECTED');
  });

  whenAble(family.abilities.chatConnection)('reports the connection dropping and coming back', async () => {
    await joined();
    lesson.far.network(false);
    await lesson.settle();
    expect(['reconnecting', 'disconnected']).toContain(lastConnection(heard.events));
    lesson.far.network(true);
    await lesson.settle();
    expect(lastConnection(heard.events)).toBe('connected');
  });

  it.each(
    (family.abilities.kickReasons === false ? ['multipleAccount'] : ['multipleAccount', 'userSigExpired']) as (
      'multipleAccount' | 'userSigExpired'
    )[],
  )('reports being signed out by the service (%s)', async (reason) => {
    await joined();
    lesson.far.kickOffline(reason);
    await lesson.settle();
    expect(heard.of('kicked-offline')).toEqual([{ type: 'kicked-offline', reason }]);
  });

  it('stops telling a listener that unsubscribed', async () => {
    await joined();
    heard.stop();
    heard.clear();
    lesson.far.chat(CLASSMATE, '听得到吗');
    await lesson.settle();
    expect(heard.events).toEqual([]);
  });
});
