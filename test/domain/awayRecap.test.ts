import { recapOf } from '../../domain/classroom/AwayRecap';
import { ClassEvent } from '../../domain/classroom/ClassEvent';

const of = (...types: ClassEvent['type'][]) => types.map((type) => ({ type }) as ClassEvent);

describe('recapOf', () => {
  it('names each change by the last event of its kind, in a fixed order, with the class end last', () => {
    expect(recapOf(of('board-shown', 'chat-muted', 'granted-me', 'class-ended'), 3, 's1')).toEqual({
      messages: 3,
      changes: ['on-stage', 'chat-muted', 'board-on', 'class-ended'],
    });
  });

  it('leaves out a change undone before the return, but keeps one done, undone and done again', () => {
    expect(recapOf(of('chat-muted', 'chat-unmuted'), 0, 's1')).toBeUndefined();
    expect(recapOf(of('revoked-me', 'granted-me', 'revoked-me'), 0, 's1')).toEqual({ messages: 0, changes: ['off-stage'] });
  });

  it('does not call new devices for a student already on stage a trip to the stage', () => {
    expect(recapOf([{ type: 'granted-me', devicesOnly: true }], 0, 's1')).toBeUndefined();
  });

  it('is a card of messages alone when only chat arrived, and nothing when nothing happened', () => {
    expect(recapOf(of('stage-changed', 'unchanged'), 2, 's1')).toEqual({ messages: 2, changes: [] });
    expect(recapOf(of('stage-changed'), 0, 's1')).toBeUndefined();
  });
});
