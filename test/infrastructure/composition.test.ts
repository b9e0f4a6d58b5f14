import { ContainerModule } from 'inversify';
import { PORTS } from '../../application/ports/tokens';
import { APP } from '../../infrastructure/composition/appTokens';
import { createContainer, lessonUseCases } from '../../infrastructure/composition/createContainer';
import { LocalClassroomHub } from '../../infrastructure/local/LocalClassroomHub';
import { localFamilyModule } from '../../infrastructure/local/localFamilyModule';
import { ManualClock } from '../../infrastructure/local/ManualClock';
import { MemoryLogger } from '../../infrastructure/shared/MemoryLogger';
import { familyTable } from '../contracts/support/families';
import { aClass } from '../support/lessonHarness';

describe('composition root', () => {
  const localModule = () => {
    const hub = new LocalClassroomHub(new ManualClock());
    hub.addClass({ info: aClass() });
    return localFamilyModule({ hub, student: { userId: 's1', name: '小明' }, logger: new MemoryLogger() });
  };

  it('builds one set of use cases per container, sharing one session', () => {
    const container = createContainer(localModule());
    const app = lessonUseCases(container);
    expect(lessonUseCases(container)).toBe(app);
    expect(app.session.hasClassroom).toBe(false);
    expect(container.get(APP.session)).toBe(app.session);
    expect(container.get(APP.joinLesson)).toBe(app.joinLesson);
  });

  it('builds separate lessons for separate containers', () => {
    expect(lessonUseCases(createContainer(localModule())).session).not.toBe(lessonUseCases(createContainer(localModule())).session);
  });

  it('refuses a family module that leaves a port unbound, naming the port', () => {
    const full = localModule();
    const withoutScreen = new ContainerModule((bind, unbind, isBound, rebind, unbindAsync, onActivation, onDeactivation) => {
      full.registry(bind, unbind, isBound, rebind, unbindAsync, onActivation, onDeactivation);
      unbind(PORTS.screen);
    });
    expect(() => lessonUseCases(createContainer(withoutScreen))).toThrow(/ScreenPort/);
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
