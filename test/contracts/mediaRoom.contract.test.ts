import { MediaRoomEvent } from '../../application/ports/MediaRoomPort';
import { FamilyLesson, LESSON, whenAble } from './support/FamilyFixture';
import { familyTable } from './support/families';
import { failureOf, lastConnection, lastStream, record } from './support/recorder';

const TEACHER = LESSON.teacher.userId;
const CLASSMATE = LESSON.classmate.userId;
const TEACHER_ON_CAMERA = [{ userId: TEACHER, source: 'camera' as const, video: true, audio: true }];

describe.each(familyTable)('MediaRoomPort contract: %s family', (_, family) => {
  let lesson: FamilyLesson;
  let heard: ReturnType<typeof record<MediaRoomEvent>>;
  beforeEach(async () => {
    lesson = await family.lesson();
    heard = record((listener) => lesson.ports.media.subscribe(listener));
  });
  afterEach(() => lesson.dispose());

  const enter = async () => {
    await lesson.ports.media.enter(lesson.ticket);
    await lesson.settle();
  };

  describe('before the student enters the room', () => {
    it('refuses to publish or switch camera with NOT_CONNECTED, and the room carries nothing of theirs', async () => {
      expect(await failureOf(() => lesson.ports.media.publish({ mic: true, camera: true }))).toBe('NOT_CONNECTED');
      expect(await failureOf(() => lesson.ports.media.switchCamera())).toBe('NOT_CONNECTED');
      expect(lesson.observe.published()).toEqual({ mic: false, camera: false });
    });

    it('plays nothing, whatever the plan says, and leaving is harmless', async () => {
      lesson.far.publish(TEACHER, 'camera', { audio: true, video: true });
      expect(() => lesson.ports.media.play(TEACHER_ON_CAMERA)).not.toThrow();
      await lesson.settle();
      expect(lesson.observe.playing()).toEqual([]);
      await expect(lesson.ports.media.leave()).resolves.toBeUndefined();
    });

    it('keeps the plan it was given, and plays it once in the room', async () => {
      lesson.far.publish(TEACHER, 'camera', { audio: true, video: true });
      lesson.ports.media.play(TEACHER_ON_CAMERA);
      await enter();
      expect(lesson.observe.playing()).toEqual(TEACHER_ON_CAMERA);
    });
  });

  it('tells a student who enters late about the teacher already on camera', async () => {
    lesson.far.publish(TEACHER, 'camera', { audio: true, video: true });
    await enter();
    expect(lastStream(heard.events, TEACHER)).toEqual({ audio: true, video: true });
    expect(lastConnection(heard.events) ?? 'connected').toBe('connected');
  });

  whenAble(family.abilities.streamDetail)("reports each change to the teacher's camera, microphone and board as a stream", async () => {
    await enter();
    lesson.far.publish(TEACHER, 'camera', { audio: true, video: false });
    await lesson.settle();
    expect(lastStream(heard.events, TEACHER)).toEqual({ audio: true, video: false });
    lesson.far.publish(TEACHER, 'camera', { audio: true, video: true });
    await lesson.settle();
    expect(lastStream(heard.events, TEACHER)).toEqual({ audio: true, video: true });
    lesson.far.publish(TEACHER, 'board', { audio: false, video: true });
    await lesson.settle();
    expect(lastStream(heard.events, TEACHER, 'board')).toEqual({ audio: false, video: true });
    lesson.far.publish(TEACHER, 'camera', { audio: false, video: false });
    await lesson.settle();
    expect(lastStream(heard.events, TEACHER)).toEqual({ audio: false, video: false });
  });

  it('publishes exactly the devices asked for; repeating the same state changes nothing', async () => {
    await enter();
    await lesson.ports.media.publish({ mic: true, camera: false });
    expect(lesson.observe.published()).toEqual({ mic: true, camera: false });
    await lesson.ports.media.publish({ mic: true, camera: false });
    expect(lesson.observe.published()).toEqual({ mic: true, camera: false });
    await lesson.ports.media.publish({ mic: true, camera: true });
    expect(lesson.observe.published()).toEqual({ mic: true, camera: true });
    await lesson.ports.media.publish({ mic: false, camera: false });
    expect(lesson.observe.published()).toEqual({ mic: false, camera: false });
    expect(heard.of('error')).toEqual([]);
  });

  whenAble(family.abilities.perStreamPlayback)('plays exactly the plan it is given, and an empty plan silences everyone', async () => {
    await enter();
    lesson.far.publish(TEACHER, 'camera', { audio: true, video: true });
    lesson.far.publish(CLASSMATE, 'camera', { audio: true, video: true });
    lesson.ports.media.play(TEACHER_ON_CAMERA);
    lesson.ports.media.play(TEACHER_ON_CAMERA);
    await lesson.settle();
    expect(lesson.observe.playing()).toEqual(TEACHER_ON_CAMERA);
    lesson.ports.media.play([]);
    await lesson.settle();
    expect(lesson.observe.playing()).toEqual([]);
  });

  it('keeps playing the plan for a stream that arrives after the plan', async () => {
    await enter();
    lesson.ports.media.play(TEACHER_ON_CAMERA);
    lesson.far.publish(TEACHER, 'camera', { audio: true, video: true });
    await lesson.settle();
    expect(lesson.observe.playing()).toEqual(TEACHER_ON_CAMERA);
  });

  it('switches camera once in the room', async () => {
    await enter();
    await expect(lesson.ports.media.switchCamera()).resolves.toBeUndefined();
  });

  whenAble(family.abilities.streamDetail)('entering twice leaves the student in the room once: each change is reported once', async () => {
    await enter();
    await enter();
    heard.clear();
    lesson.far.publish(TEACHER, 'board', { audio: false, video: true });
    await lesson.settle();
    expect(heard.of('stream')).toEqual([{ type: 'stream', stream: { userId: TEACHER, source: 'board', hasVideo: true, hasAudio: false } }]);
    await lesson.ports.media.publish({ mic: true, camera: false });
    expect(lesson.observe.published()).toEqual({ mic: true, camera: false });
  });

  it('after leaving, publishes nothing and hears nothing; leaving again is harmless', async () => {
    await enter();
    await lesson.ports.media.publish({ mic: true, camera: true });
    await lesson.ports.media.leave();
    expect(lesson.observe.published()).toEqual({ mic: false, camera: false });
    heard.clear();
    lesson.far.publish(TEACHER, 'camera', { audio: true, video: true });
    await lesson.settle();
    expect(heard.events).toEqual([]);
    await expect(lesson.ports.media.leave()).resolves.toBeUndefined();
    expect(await failureOf(() => lesson.ports.media.publish({ mic: true, camera: false }))).toBe('NOT_CONNECTED');
  });

  whenAble(family.abilities.roomRemoval)('reports being removed from the room', async () => {
    await enter();
    lesson.far.kickFromRoom();
    await lesson.settle();
    expect(heard.of('kicked')).toEqual([{ type: 'kicked' }]);
  });

  it('reports the connection dropping and coming back', async () => {
    await enter();
    lesson.far.network(false);
    await lesson.settle();
    expect(['reconnecting', 'disconnected']).toContain(lastConnection(heard.events));
    lesson.far.network(true);
    await lesson.settle();
    expect(lastConnection(heard.events)).toBe('connected');
  });

  it('stops telling a listener that unsubscribed', async () => {
    await enter();
    heard.stop();
    heard.clear();
    lesson.far.publish(TEACHER, 'camera', { audio: true, video: true });
    await lesson.settle();
    expect(heard.events).toEqual([]);
  });
});
