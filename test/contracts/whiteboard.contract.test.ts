import { BoardState } from '../../application/ports/WhiteboardPort';
import { FamilyLesson, LESSON } from './support/FamilyFixture';
import { familyTable } from './support/families';
import { record } from './support/recorder';

/** The board as the subscriber last heard it; having heard nothing means it is not showing. */
const lastBoard = (states: readonly BoardState[]) => states[states.length - 1] ?? { on: false, page: 0 };

describe.each(familyTable)('WhiteboardPort contract: %s family', (_, family) => {
  let lesson: FamilyLesson;
  let heard: ReturnType<typeof record<BoardState>>;
  beforeEach(async () => {
    lesson = await family.lesson();
    heard = record((listener) => lesson.ports.whiteboard.subscribe(listener));
  });
  afterEach(() => lesson.dispose());

  const opened = async () => {
    await lesson.ports.whiteboard.open(LESSON.classId);
    await lesson.readyForBoard();
    await lesson.settle();
  };
  const showing = () => lastBoard(heard.events).on;

  it('says nothing before it is opened', async () => {
    await lesson.readyForBoard();
    lesson.far.board({ on: true, page: 0 });
    await lesson.settle();
    expect(heard.events).toEqual([]);
  });

  it('reports the board as not showing until the teacher shows it', async () => {
    await opened();
    expect(showing()).toBe(false);
    expect(heard.events.filter((state) => state.on)).toEqual([]);
  });

  it("does not take the teacher's camera, or a classmate's stream, for the board", async () => {
    await opened();
    lesson.far.publish(LESSON.teacher.userId, 'camera', { audio: true, video: true });
    lesson.far.publish(LESSON.classmate.userId, 'board', { audio: false, video: true });
    await lesson.settle();
    expect(showing()).toBe(false);
  });

  it('reports the board the teacher was already showing when the student arrived', async () => {
    lesson.far.board({ on: true, page: 0 });
    await opened();
    expect(showing()).toBe(true);
  });

  it('reports the teacher showing and hiding the board', async () => {
    await opened();
    lesson.far.board({ on: true, page: 0 });
    await lesson.settle();
    expect(lastBoard(heard.events)).toEqual({ on: true, page: 0 });
    lesson.far.board({ on: false, page: 0 });
    await lesson.settle();
    expect(showing()).toBe(false);
  });

  (family.abilities.boardPages ? it : it.skip)('follows the teacher to another page', async () => {
    await opened();
    lesson.far.board({ on: true, page: 2 });
    await lesson.settle();
    expect(lastBoard(heard.events)).toEqual({ on: true, page: 2 });
    lesson.ports.whiteboard.followTeacher();
    lesson.far.board({ on: true, page: 3 });
    await lesson.settle();
    expect(lastBoard(heard.events)).toEqual({ on: true, page: 3 });
  });

  it('following the teacher is harmless and keeps the board where the teacher has it', async () => {
    await opened();
    lesson.far.board({ on: true, page: 0 });
    await lesson.settle();
    expect(() => lesson.ports.whiteboard.followTeacher()).not.toThrow();
    await lesson.settle();
    expect(lastBoard(heard.events)).toEqual({ on: true, page: 0 });
  });

  it('opening twice is harmless: later changes are still reported', async () => {
    await opened();
    lesson.far.board({ on: true, page: 0 });
    await lesson.settle();
    await lesson.ports.whiteboard.open(LESSON.classId);
    await lesson.settle();
    expect(showing()).toBe(true);
    heard.clear();
    lesson.far.board({ on: false, page: 0 });
    await lesson.settle();
    expect(heard.events).toEqual([{ on: false, page: 0 }]);
    lesson.far.board({ on: true, page: 0 });
    await lesson.settle();
    expect(heard.events).toEqual([
      { on: false, page: 0 },
      { on: true, page: 0 },
    ]);
  });

  it('after closing, says nothing more; closing again is harmless', async () => {
    await opened();
    await lesson.ports.whiteboard.close();
    heard.clear();
    lesson.far.board({ on: true, page: 0 });
    await lesson.settle();
    expect(heard.events).toEqual([]);
    await expect(lesson.ports.whiteboard.close()).resolves.toBeUndefined();
  });

  it('stops telling a listener that unsubscribed', async () => {
    await opened();
    heard.stop();
    heard.clear();
    lesson.far.board({ on: true, page: 0 });
    await lesson.settle();
    expect(heard.events).toEqual([]);
  });
});
