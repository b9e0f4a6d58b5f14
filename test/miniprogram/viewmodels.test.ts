import { pathUpdates } from '../../miniprogram/viewmodels/pathUpdates';
import { chatItem } from '../../miniprogram/viewmodels/lessonItems';
import { placedPlayers } from '../../miniprogram/viewmodels/lessonFields';
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

  it("sends one place's fields when a message slots in above mine or mine takes the service's id, not the whole chat", () => {
    const chat = Array.from({ length: 90 }, (_, index) => ({ id: `m${index}`, who: '同学', text: `${index}` }));
    const mine = { id: 'local-1', who: '我', text: '老师好' };
    const slotted = { id: 'm90', who: '同学', text: '同一秒' };
    expect(pathUpdates('chat', [...chat, mine], [...chat, slotted, mine])).toEqual({
      'chat[90].id': 'm90',
      'chat[90].who': '同学',
      'chat[90].text': '同一秒',
      'chat[91]': mine,
    });
    expect(pathUpdates('chat', [...chat, mine], [...chat, { ...mine, id: 'tim-77' }])).toEqual({ 'chat[90].id': 'tim-77' });
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
  const messages = (count: number): ChatMessage[] =>
    Array.from({ length: count }, (_, index) => ({ id: `m${index + 1}`, from: 's2', text: `${index + 1}`, at: index }));

  it('keeps its first line while messages arrive, then jumps forward in one step', () => {
    const window = new ChatWindow(50, 25);
    expect(window.select(messages(60))[0].id).toBe('m11');
    expect(window.select(messages(85))[0].id).toBe('m11');
    expect(window.select(messages(86))[0].id).toBe('m37');
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
      .map(({ id, earlier, divider }) => ({ id, earlier, divider }));

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
