import { createContainer, lessonUseCases } from '../../infrastructure/composition/createContainer';
import { APP, PORTS } from '../../application/ports/tokens';
import { LocalClassroomHub } from '../../infrastructure/local/LocalClassroomHub';
import { ManualClock } from '../../infrastructure/local/ManualClock';
import { MemoryLogger } from '../../infrastructure/shared/MemoryLogger';
import { familyTable } from '../contracts/support/families';
import { aClass } from '../support/lessonHarness';

describe('composition root', () => {
  const config = () => {
    const hub = new LocalClassroomHub(new ManualClock());
    hub.addClass({ info: aClass() });
    return { family: 'local' as const, hub, student: { userId: 's1', name: '小明' }, logger: new MemoryLogger() };
  };

  it('builds one set of use cases per container, sharing one session', () => {
    const container = createContainer(config());
    const app = lessonUseCases(container);
    expect(lessonUseCases(container)).toBe(app);
    expect(app.session.hasClassroom).toBe(false);
  });

  it('builds separate lessons for separate containers', () => {
    expect(lessonUseCases(createContainer(config())).session).not.toBe(lessonUseCases(createContainer(config())).session);
  });

  it('names an unknown family plainly', () => {
    expect(() => createContainer({ ...config(), family: 'webim-1.7' } as never)).toThrow('unknown adapter family: webim-1.7');
  });

  describe.each(familyTable)('for the %s family', (_, family) => {
    it('resolves every port token to one instance for the whole lesson, and the use cases over them', async () => {
      const lesson = await family.lesson();
      try {
        for (const [name, token] of Object.entries(PORTS)) {
          const port = lesson.container.get<object>(token);
          expect([name, typeof port]).toEqual([name, 'object']);
          expect(lesson.container.get(token)).toBe(port);
        }
        expect(lesson.container.get(PORTS.media)).toBe(lesson.ports.media);
        expect(lesson.container.get(PORTS.control)).toBe(lesson.ports.control);
        expect(lesson.container.get(APP.useCases)).toBe(lesson.app());
        expect(lesson.app().session.hasClassroom).toBe(false);
      } finally {
        lesson.dispose();
      }
    });
  });
});
