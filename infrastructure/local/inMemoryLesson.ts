import { Container } from 'inversify';
import { LessonUseCases } from '../../application/LessonUseCases';
import { PersonInfo } from '../../application/ports/ClassroomBackendPort';
import { Clock, Logger } from '../../application/ports/PlatformPorts';
import { createContainer, lessonUseCases } from '../composition/createContainer';
import { MemoryLogger } from '../shared/MemoryLogger';
import { LocalClass, LocalClassroomHub } from './LocalClassroomHub';
import { localFamilyModule } from './localFamilyModule';

export interface InMemoryLessonOptions {
  /** The student whose app this is. */
  readonly student: PersonInfo;
  /** The hub's clock, unless a hub is given: simulated (ManualClock) in tests and scripts, real in the demo. */
  readonly clock?: Clock;
  /** A hub shared with another student's app; a new one otherwise. */
  readonly hub?: LocalClassroomHub;
  readonly classes?: readonly LocalClass[];
  /** How long every simulated service call takes. */
  readonly callDelayMs?: number;
  readonly logger?: Logger;
  /** Changes the container (a wrapped adapter) before the use cases are made from it. */
  readonly adjust?: (container: Container) => void;
}

export interface InMemoryLesson {
  readonly hub: LocalClassroomHub;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly container: Container;
  readonly app: LessonUseCases;
  /** The adapter bound to a port (application/ports/tokens), to play the phone or read what the student sent. */
  port<T>(token: symbol): T;
}

/**
 * The one way to stand up a lesson on the in-memory services: the hub, its classes, the local
 * family's container and the student's use cases. The demo, the lesson scripts, the bench and
 * the tests all start here.
 */
export function inMemoryLesson(options: InMemoryLessonOptions): InMemoryLesson {
  const hub = options.hub ?? new LocalClassroomHub(options.clock ?? requiredClock());
  if (options.callDelayMs !== undefined) hub.callDelayMs = options.callDelayMs;
  for (const localClass of options.classes ?? []) hub.addClass(localClass);
  const logger = options.logger ?? new MemoryLogger();
  const container = createContainer(localFamilyModule({ hub, student: options.student, logger }));
  options.adjust?.(container);
  return {
    hub,
    clock: hub.clock,
    logger,
    container,
    app: lessonUseCases(container),
    port: <T>(token: symbol) => container.get<T>(token),
  };
}

function requiredClock(): never {
  throw new Error('an in-memory lesson needs a clock or a hub');
}
