import { NO_SCHOOL } from '../../support/noSchool';
import { ManualClock, settle } from '../../../infrastructure/local/ManualClock';
import { MemoryLogger } from '../../../infrastructure/shared/MemoryLogger';
import { TicChat } from '../../../infrastructure/tic/TicChat';
import { TicClassControl } from '../../../infrastructure/tic/TicClassControl';
import { TicMediaRoom } from '../../../infrastructure/tic/TicMediaRoom';
import { TicPageBinding } from '../../../infrastructure/tic/TicPageBinding';
import { TicSession } from '../../../infrastructure/tic/TicSession';
import { TicWhiteboard } from '../../../infrastructure/tic/TicWhiteboard';
import { ChatEvent } from '../../../application/ports/ChatPort';
import { BoardState } from '../../../application/ports/WhiteboardPort';
import { StandInTicPage } from './support/StandInTicPage';
import { ROOM_CODES, SDK_APP_ID, TicCloud } from './support/TicCloud';

const LOGIN = { sdkAppId: SDK_APP_ID, userId: 's1', userSig: 'sig-s1' };

function adapters() {
  const clock = new ManualClock();
  const logger = new MemoryLogger();
  const cloud = new TicCloud();
  cloud.createClassroom(2001);
  const binding = new TicPageBinding(ROOM_CODES);
  const page = new StandInTicPage(cloud, binding);
  binding.attach(page);
  const session = new TicSession(binding, clock, logger);
  const chat = new TicChat(session, clock);
  const control = new TicClassControl(session, NO_SCHOOL, logger);
  const media = new TicMediaRoom(binding, async ({ roomId, userId }) => `pmk-${roomId}-${userId}`, clock, logger);
  const board = new TicWhiteboard(session, logger);
  control.setTeacher('t1');
  return { clock, logger, cloud, page, session, chat, control, media, board };
}

describe('TIC adapters against bad or missing answers', () => {
  it('turns a callback without {module, code, desc}, a throw, and silence into PortErrors', async () => {
    const { cloud, chat, page, clock } = adapters();
    cloud.answerNext('init', { ok: true });
    await expect(chat.login(LOGIN)).rejects.toMatchObject({ code: 'UNKNOWN', message: 'TIC init answered without {module, code, desc}' });
    page.tic.login = () => {
      throw new Error('boom');
    };
    await expect(chat.login(LOGIN)).rejects.toMatchObject({ code: 'UNKNOWN' });
    page.tic.login = () => undefined;
    const silent = expect(chat.login(LOGIN)).rejects.toMatchObject({ code: 'TIMEOUT' });
    await clock.advance(15_000);
    await silent;
  });

  it('maps a refused login to AUTH with a message for the student', async () => {
    const { chat } = adapters();
    await expect(chat.login({ ...LOGIN, userSig: '' })).rejects.toMatchObject({
      code: 'AUTH',
      message: '登录信息缺少签名，请重新进入课堂',
    });
  });

  it('says plainly when the page has not attached the components', async () => {
    const { clock, logger } = adapters();
    const chat = new TicChat(new TicSession(new TicPageBinding(ROOM_CODES), clock, logger), clock);
    await expect(chat.login(LOGIN)).rejects.toMatchObject({
      code: 'NOT_CONNECTED',
      message: 'the lesson page has no tic-component (#tx_board) attached',
    });
  });

  it('refuses chat and signalling in different groups, and a group that is not a classroom number', async () => {
    const { chat, control } = adapters();
    await chat.login(LOGIN);
    await expect(chat.joinChat('math-chat')).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    await chat.joinChat('2001');
    await expect(control.join('2002', '2002')).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });

  it('quits the classroom only when chat and signalling have both left, and removes only its own listeners', async () => {
    const { chat, control, page } = adapters();
    const someoneElse = {};
    page.tic.addTICMessageListener(someoneElse);
    await chat.login(LOGIN);
    await Promise.all([chat.joinChat('2001'), control.join('2001', '2001')]);
    await chat.leaveChat();
    expect(page.tic.classId).toBe(2001);
    await control.leave();
    expect(page.tic.classId).toBeUndefined();
    await chat.logout();
    expect(page.tic.messageListeners).toEqual([someoneElse]);
    expect(page.tic.eventListeners).toEqual([]);
  });

  it('logs and drops listener calls of the wrong shape instead of throwing into TIC', async () => {
    const { chat, cloud, page, logger } = adapters();
    const events: ChatEvent[] = [];
    chat.subscribe((event) => events.push(event));
    await chat.login(LOGIN);
    await chat.joinChat('2001');
    expect(() => page.tic.memberEvent('onTICMemberJoin', 'not-a-list')).not.toThrow();
    expect(() => page.tic.messageListeners[0].onTICRecvGroupTextMessage!(42 as never, 'hi', 2)).not.toThrow();
    cloud.membersJoin(2001, 's2');
    expect(events).toEqual([{ type: 'members-joined', userIds: ['s2'] }]);
    expect(logger.count('tic.bad_callback')).toBe(2);
  });

  it('drops room events of unknown codes or shapes, logging each kind once', async () => {
    const { media, page, logger } = adapters();
    const entering = media.enter({ sdkAppId: SDK_APP_ID, roomId: '2001', userId: 's1', userSig: 'sig-s1' });
    await settle();
    page.room.post('ok', 999);
    page.room.post('ok', 999);
    page.room.post('ok', ROOM_CODES.SUCC_MEMBERS_LIST, '{not json');
    await entering;
    expect(logger.entries.filter((entry) => entry.event === 'tic.room_event_dropped').map((entry) => entry.detail?.reason)).toEqual([
      'unknown-code',
      'malformed',
    ]);
  });

  it('fails the entry with the room error webrtc-room posts, and refuses a room that is not a number', async () => {
    const { media, cloud } = adapters();
    cloud.maxRoomMembers = 0;
    await expect(media.enter({ sdkAppId: SDK_APP_ID, roomId: '2001', userId: 's1', userSig: 'sig-s1' })).rejects.toMatchObject({
      code: 'ROOM_FULL',
      message: '这是一对一课堂，已有同学在上课，暂时无法进入',
    });
    await expect(media.enter({ sdkAppId: SDK_APP_ID, roomId: 'room-a', userId: 's1', userSig: 'sig-s1' })).rejects.toMatchObject({
      code: 'UNSUPPORTED',
    });
  });

  it('opens the board after the classroom was joined by asking it to sync again, and follows the courseware pages', async () => {
    const { chat, board, cloud, page } = adapters();
    const states: BoardState[] = [];
    board.subscribe((state) => states.push(state));
    await chat.login(LOGIN);
    await chat.joinChat('2001');
    await settle();
    cloud.board.show(1);
    await board.open();
    await settle();
    cloud.board.show(0);
    expect(page.tic.getBoardInstance()!.reloads).toBe(1);
    expect(states).toEqual([
      { on: false, page: 0 },
      { on: true, page: 1 },
      { on: true, page: 0 },
    ]);
    await board.close();
    cloud.board.hide();
    expect(states).toHaveLength(3);
  });

  it('reads the class state from the school server, not from TIC’s IM instance', async () => {
    const { chat, control, page } = adapters();
    await chat.login(LOGIN);
    await control.join('2001', '2001');
    page.tic.getImInstance = () => ({});
    // Unreachable here: the read went to the school server, and WebIM's missing profile call never mattered.
    await expect(control.currentState()).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
