import { LocalImService } from '../../../infrastructure/local/LocalImService';
import { ManualClock } from '../../../infrastructure/local/ManualClock';

/** The in-memory IM refuses what Tencent IM refuses a non-member (10007, insufficient permission). */
describe('posting to a group in the in-memory IM', () => {
  it('takes a line from a member only: never joined, left, or banned is refused, and nobody receives it', () => {
    const im = new LocalImService(new ManualClock());
    const heard: string[] = [];
    im.join('chat', 's1');
    im.inbox('s1').add(({ event }) => event.type === 'message' && heard.push(event.message.from));
    im.join('chat', 's2');
    expect(() => im.postChat('chat', 's3', { text: '我没进群' })).toThrow(expect.objectContaining({ code: 'REJECTED' }));
    im.postChat('chat', 's2', { text: '老师好' });
    im.leave('chat', 's2');
    expect(() => im.postChat('chat', 's2', { text: '我走了' })).toThrow(/10007/);
    im.join('chat', 's4');
    im.ban('chat', 's4');
    expect(() => im.postChat('chat', 's4', { text: '我被移出了' })).toThrow(/not a member/);
    expect(heard).toEqual(['s2']);
  });
});
