import { FamilyLesson, LESSON, lessonClassInfo } from './support/FamilyFixture';
import { familyTable } from './support/families';
import { failureOf } from './support/recorder';

describe.each(familyTable)('ClassroomBackendPort contract: %s family', (_, family) => {
  let lesson: FamilyLesson;
  beforeEach(async () => (lesson = await family.lesson()));
  afterEach(() => lesson.dispose());

  it('gives the class info: title, staff, room and both groups', async () => {
    await expect(lesson.ports.backend.classInfo(LESSON.classId)).resolves.toEqual(lessonClassInfo());
  });

  it('gives credentials for the signed-in student that the services accept and that have not expired', async () => {
    const credentials = await lesson.ports.backend.credentials(LESSON.classId);
    expect(credentials).toMatchObject({ userId: LESSON.student.userId, userName: LESSON.student.name, sdkAppId: lesson.login.sdkAppId });
    expect(credentials.expiresAt).toBeGreaterThan(lesson.clock.now());
    const { sdkAppId, userId, userSig } = credentials;
    await expect(lesson.ports.chat.login({ sdkAppId, userId, userSig })).resolves.toBeUndefined();
  });

  it('names a class that does not exist CLASS_NOT_FOUND', async () => {
    expect(await failureOf(() => lesson.ports.backend.classInfo('no-such-class'))).toBe('CLASS_NOT_FOUND');
    expect(await failureOf(() => lesson.ports.backend.credentials('no-such-class'))).toBe('CLASS_NOT_FOUND');
  });

  it('names a class that is over CLASS_OVER', async () => {
    lesson.far.classOver();
    expect(await failureOf(() => lesson.ports.backend.classInfo(LESSON.classId))).toBe('CLASS_OVER');
    expect(await failureOf(() => lesson.ports.backend.credentials(LESSON.classId))).toBe('CLASS_OVER');
  });

  it('answers the same again when asked twice', async () => {
    const first = await lesson.ports.backend.classInfo(LESSON.classId);
    await expect(lesson.ports.backend.classInfo(LESSON.classId)).resolves.toEqual(first);
  });
});
