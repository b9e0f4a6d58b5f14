import { pathUpdates } from '../../miniprogram/viewmodels/pathUpdates';
import { chatItem } from '../../miniprogram/viewmodels/lessonItems';
import { placedPlayers } from '../../miniprogram/viewmodels/lessonFields';
import { ChatRing, inOrder } from '../../miniprogram/viewmodels/ChatRing';
import { ChatWindow } from '../../application/view/ChatWindow';
import { chatLinesOf } from '../../application/view/viewParts';
import { classCodeFrom } from '../../miniprogram/viewmodels/entryText';
import { ChatMessage } from '../../domain/chat/ChatMessage';

const tile = (id: string, speaking = false) => ({ id, name: id, speaking });

describe('pathUpdates', () => {
  it('sends only the changed field of a list item', () => {
    expect(pathUpdates('coHosts', [tile('s2'), tile('s3')], [tile('s2'), tile('s3', true)])).toEqual({ 'coHosts[1].speaking': true });
  });

  it('appends new items by index', () => {
    expect(pathUpdates('chat', [tile('m1')], [tile('m1'), tile('m2')])).toEqual({ 'chat[1]': tile('m2') });
  });

  it('re-sends the list when items leave or move', () => {
    expect(pathUpdates('coHosts', [tile('s2'), tile('s3')], [tile('s3')])).toEqual({ coHosts: [tile('s3')] });
    expect(pathUpdates('coHosts', [tile('s2'), tile('s3')], [tile('s3'), tile('s2')])).toEqual({ coHosts: [tile('s3'), tile('s2')] });
  });

  it('sends only the places that changed: a line in another place whole, a changed field alone', () => {
    const chat = Array.from({ length: 90 }, (_, index) => ({ id: `m${index}`, who: '同学', text: `${index}` }));
    const mine = { id: 'local-1', who: '我', text: '老师好' };
    const slotted = { id: 'm90', who: '同学', text: '同一秒' };
    expect(pathUpdates('chat', [...chat, mine], [...chat, slotted, mine])).toEqual({
      'chat[90]': slotted,
      'chat[91]': mine,
    });
    expect(pathUpdates('chat', [...chat, mine], [...chat, { ...mine, id: 'tim-77' }])).toEqual({ 'chat[90]': { ...mine, id: 'tim-77' } });
    // A line that lost a field (my picture's upload progress) is sent whole: a path cannot delete a field.
    expect(pathUpdates('chat', [...chat, { ...mine, stateText: '上传中 50%' }], [...chat, mine])).toEqual({ 'chat[90]': mine });
    expect(pathUpdates('chat', [...chat, { ...mine, state: 'sending' }], [...chat, { ...mine, state: 'sent' }])).toEqual({
      'chat[90].state': 'sent',
    });
  });

  it('sends changed fields of an object, and nothing when nothing changed', () => {
    expect(pathUpdates('network', { level: 'good', text: '网络良好' }, { level: 'poor', text: '网络较差' })).toEqual({
      'network.level': 'poor',
      'network.text': '网络较差',
    });
    expect(pathUpdates('network', { level: 'good' }, { level: 'good' })).toEqual({});
  });
});

describe('ChatWindow', () => {
  const messages = (count: number, from = 0): ChatMessage[] =>
    Array.from({ length: count }, (_, index) => ({ id: `m${from + index + 1}`, from: 's2', text: `${from + index + 1}`, at: index }));
  const ids = (lines: readonly ChatMessage[]) => lines.map((line) => line.id);
  const size = { lines: 5, stepLines: 2, earlierLines: 3 };
  // Each select a step later than the one before (a step is 125 ms).
  let now = 0;
  const next = () => (now += 1000);

  it('moves on by one line per message while the student follows', () => {
    const window = new ChatWindow(size);
    expect(ids(window.select(messages(3), next()))).toEqual(['m1', 'm2', 'm3']);
    expect(ids(window.select(messages(5), next()))).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(ids(window.select(messages(6), next()))).toEqual(['m2', 'm3', 'm4', 'm5', 'm6']);
    expect(ids(window.select(messages(7), next()))).toEqual(['m3', 'm4', 'm5', 'm6', 'm7']);
  });

  it('catches up after a burst a few lines per step, and says it is behind until it shows the newest', () => {
    const window = new ChatWindow(size);
    window.select(messages(5), next());
    expect(ids(window.select(messages(12), next()))).toEqual(['m3', 'm4', 'm5', 'm6', 'm7']);
    expect(window.behind).toBe(true);
    expect(ids(window.select(messages(12), next()))).toEqual(['m5', 'm6', 'm7', 'm8', 'm9']);
    window.select(messages(12), next());
    expect(ids(window.select(messages(12), next()))).toEqual(['m8', 'm9', 'm10', 'm11', 'm12']);
    expect(window.behind).toBe(false);
  });

  it('counts the lines of one step however many times the chat changes in it, over a step that slides', () => {
    const window = new ChatWindow(size);
    window.select(messages(5), 0);
    expect(ids(window.select(messages(6), 10))).toEqual(['m2', 'm3', 'm4', 'm5', 'm6']);
    expect(ids(window.select(messages(7), 20))).toEqual(['m3', 'm4', 'm5', 'm6', 'm7']);
    // Two lines in the last 125 ms already: the third waits.
    expect(ids(window.select(messages(8), 30))).toEqual(['m3', 'm4', 'm5', 'm6', 'm7']);
    expect(window.behind).toBe(true);
    // The line shown at 10 holds its place up to 135 (the step and the ms after it), so that a page
    // flush at 135 never carries it together with the next one; at 136 the next one comes.
    expect(ids(window.select(messages(8), 135))).toEqual(['m3', 'm4', 'm5', 'm6', 'm7']);
    expect(ids(window.select(messages(8), 136))).toEqual(['m4', 'm5', 'm6', 'm7', 'm8']);
  });

  it('holds still while the student reads back, even once the chat log has let the lines go, and follows again at the newest', () => {
    const window = new ChatWindow(size);
    window.select(messages(5), next());
    window.readBack();
    expect(window.unread).toBe(false);
    expect(ids(window.select(messages(8), next()))).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(window.unread).toBe(true);
    // The log holds 500; here it has dropped all five the student is reading.
    expect(ids(window.select(messages(10, 20), next()))).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    window.follow();
    expect(ids(window.select(messages(10, 20), next()))).toEqual(['m26', 'm27', 'm28', 'm29', 'm30']);
    expect(window.unread).toBe(false);
  });

  it('brings in older lines at the top while reading back, keeping the line that was on top', () => {
    const window = new ChatWindow(size);
    const log = messages(20);
    window.select(log, next());
    expect(window.earlier(log)).toBe(false);
    window.readBack();
    expect(window.earlier(log)).toBe(true);
    expect(window.keep).toBe('m16');
    expect(ids(window.select(log, next()))).toEqual(['m13', 'm14', 'm15', 'm16', 'm17']);
    expect(window.earlier(messages(3))).toBe(false);
  });

  it('goes back to a line the service placed above the window (missed chat fetched back), then plays on', () => {
    const window = new ChatWindow(size);
    const log = messages(10);
    window.select(log, next());
    const late = { id: 'late', from: 's3', text: 'late', at: 0 };
    const withLate = [...log.slice(0, 2), late, ...log.slice(2)];
    expect(ids(window.select(withLate, next()))).toEqual(['late', 'm3', 'm4', 'm5', 'm6']);
    expect(window.behind).toBe(true);
    window.select(withLate, next());
    window.select(withLate, next());
    expect(ids(window.select(withLate, next()))).toEqual(['m6', 'm7', 'm8', 'm9', 'm10']);
  });

  it('goes to the newest lines when my own line waits behind a burst, and holds my shown lines while my picture uploads', () => {
    const window = new ChatWindow(size);
    window.select(messages(5), next());
    const mine = { id: 'local-1', from: 's1', imageUrl: 'wxfile://p.jpg', at: 99, state: 'sending' as const, progress: 0 };
    const burst = [...messages(12), mine];
    expect(ids(window.select(burst, next()))).toEqual(['m12', 'local-1']);
    expect(window.behind).toBe(false);
    // Upload progress, many times a step: the lines on the page stay.
    for (const progress of [20, 40, 60, 80]) {
      expect(ids(window.select([...messages(12), { ...mine, progress }], 1_000_000))).toEqual(['m12', 'local-1']);
    }
  });

  it('says nothing is new after older lines came in above while reading, until a line comes', () => {
    const window = new ChatWindow(size);
    const log = messages(20);
    window.select(log, next());
    window.readBack();
    window.earlier(log);
    window.select(log, next());
    expect(window.unread).toBe(false);
    window.select(messages(21), next());
    expect(window.unread).toBe(true);
  });

  it('does not count earlier chat handed over on joining as new', () => {
    const window = new ChatWindow(size);
    window.select(messages(2), next());
    window.readBack();
    window.select([{ id: 'm0', from: 's2', text: '0', at: -1, earlier: true }, ...messages(2)], next());
    expect(window.unread).toBe(false);
  });
});

describe('classCodeFrom', () => {
  it('reads a class code from the query, or from a scene', () => {
    expect(classCodeFrom({ classId: 'math-101' })).toBe('math-101');
    expect(classCodeFrom({ scene: encodeURIComponent('classId=math-101') })).toBe('math-101');
    expect(classCodeFrom({ scene: 'math-102' })).toBe('math-102');
    expect(classCodeFrom({})).toBe('');
    expect(classCodeFrom(undefined)).toBe('');
  });
});

describe('chatItems', () => {
  const said = (id: string, earlier: boolean): ChatMessage => ({
    id,
    from: 's2',
    text: id,
    at: 0,
    ...(earlier ? { earlier: true as const } : {}),
  });
  const dividers = (messages: ChatMessage[]) =>
    chatLinesOf(messages, 's1', (id) => id)
      .map(chatItem)
      .map(({ id, earlier, divider }) => ({ id, earlier: !!earlier, divider: divider ?? '' }));

  it('puts the 以上为历史消息 divider under the last earlier line only, even before any live line', () => {
    expect(dividers([said('m1', true), said('m2', true), said('m3', false)])).toEqual([
      { id: 'm1', earlier: true, divider: '' },
      { id: 'm2', earlier: true, divider: '以上为历史消息' },
      { id: 'm3', earlier: false, divider: '' },
    ]);
    expect(dividers([said('m1', true)])).toEqual([{ id: 'm1', earlier: true, divider: '以上为历史消息' }]);
    expect(dividers([said('m1', false)])).toEqual([{ id: 'm1', earlier: false, divider: '' }]);
  });
});

describe('placedPlayers', () => {
  it('gives each <live-player> the slot the lesson view gives its stream, and leaves a stream it does not play unseen', () => {
    const players = [
      { id: 't1_main', userID: 't1', source: 'camera', muteVideo: false },
      { id: 't1_aux', userID: 't1', source: 'board', muteVideo: false },
      { id: 's9_main', userID: 's9', source: 'camera', muteVideo: true },
    ];
    const slots = [
      { userId: 't1', source: 'board', slot: 'main', place: 'stage' },
      { userId: 't1', source: 'camera', slot: 'pip', place: 'stage' },
    ] as const;
    expect(placedPlayers(players, slots).map(({ id, slot, place }) => `${id} ${slot} ${place}`)).toEqual([
      't1_main pip stage',
      't1_aux main stage',
      's9_main unseen row',
    ]);
  });
});

describe('ChatRing', () => {
  const line = (n: number) => ({ id: `m${n}`, who: '同学', text: `${n}` });
  const lines = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => line(from + index));

  it('puts a new line into the slot of the oldest, so the page sends one slot and the head', () => {
    const ring = new ChatRing(4);
    const filling = ring.place(lines(1, 3));
    expect(filling).toEqual({ slots: lines(1, 3), head: 0 });
    const full = ring.place(lines(1, 4));
    expect(pathUpdates('chat', filling.slots, full.slots)).toEqual({ 'chat[3]': line(4) });
    const moved = ring.place(lines(2, 5));
    expect(moved.head).toBe(1);
    expect(pathUpdates('chat', full.slots, moved.slots)).toEqual({ 'chat[0]': line(5) });
    expect(inOrder(moved)).toEqual(lines(2, 5));
    const twoMore = ring.place(lines(4, 7));
    expect(inOrder(twoMore)).toEqual(lines(4, 7));
    expect(Object.keys(pathUpdates('chat', moved.slots, twoMore.slots))).toEqual(['chat[1]', 'chat[2]']);
  });

  it('leaves the slot of a line that moved out of the middle vacant, and fills the ring on from the newest', () => {
    const ring = new ChatRing(4);
    const full = ring.place(lines(1, 4));
    // Line 2 (my line, sent) moved out of the window: its slot goes vacant, nothing else moves.
    const left = ring.place([line(1), line(3), line(4)]);
    expect(pathUpdates('chat', full.slots, left.slots)).toEqual({ 'chat[1]': { id: 'vacant-1', v: true } });
    // Line 5 comes: the vacant slot is not after the newest, so line 1 gives up its slot.
    const moved = ring.place([line(1), line(3), line(4), line(5)]);
    expect(pathUpdates('chat', left.slots, moved.slots)).toEqual({ 'chat[0]': line(5) });
    expect(moved.head).toBe(2);
    expect(inOrder(moved)).toEqual([line(3), line(4), line(5)]);
  });

  it('writes a window that took a line in among the others over the slots, sending only the places that changed', () => {
    const ring = new ChatRing(4);
    const full = ring.place(lines(1, 4));
    // My line 2, sent, placed after 3.
    const moved = ring.place([line(1), line(3), line(2), line(4)]);
    expect(pathUpdates('chat', full.slots, moved.slots)).toEqual({ 'chat[1]': line(3), 'chat[2]': line(2) });
    expect(inOrder(moved)).toEqual([line(1), line(3), line(2), line(4)]);
  });

  it('lays the lines out again when the window jumps or moves back', () => {
    const ring = new ChatRing(4);
    ring.place(lines(1, 4));
    ring.place(lines(2, 5));
    expect(ring.place(lines(20, 23))).toEqual({ slots: lines(20, 23), head: 0 });
    expect(ring.place(lines(10, 13))).toEqual({ slots: lines(10, 13), head: 0 });
  });
});
