import { ContainerModule } from 'inversify';
import { PersonInfo } from '../../application/ports/ClassroomBackendPort';
import { Logger } from '../../application/ports/PlatformPorts';
import { PORTS } from '../../application/ports/tokens';
import { LocalChat } from './LocalChat';
import { LocalClassControl } from './LocalClassControl';
import { LocalClassStateServer } from './LocalClassStateServer';
import { LocalClassroomBackend } from './LocalClassroomBackend';
import { LocalClassroomHub } from './LocalClassroomHub';
import { LocalImSession } from './LocalImSession';
import { LocalMediaRoom } from './LocalMediaRoom';
import { LocalDevicePermissions } from '../shared/LocalDevicePermissions';
import { LocalAppLifecycle, LocalNetworkStatus, LocalScreen } from './LocalPlatform';
import { LocalWhiteboard } from './LocalWhiteboard';

export interface LocalFamilyConfig {
  readonly hub: LocalClassroomHub;
  readonly student: PersonInfo;
  readonly logger: Logger;
}

/** The student's one IM login, shared by chat and signalling as TIM's is. */
const IM_SESSION = Symbol('LocalImSession');

/** Binds every port to the in-process services of one hub, for the student named in the config. */
export function localFamilyModule({ hub, student, logger }: LocalFamilyConfig): ContainerModule {
  return new ContainerModule((bind) => {
    bind(PORTS.clock).toConstantValue(hub.clock);
    bind(PORTS.logger).toConstantValue(logger);
    bind(IM_SESSION)
      .toDynamicValue(() => new LocalImSession(hub))
      .inSingletonScope();
    bind(PORTS.backend)
      .toDynamicValue(() => new LocalClassroomBackend(hub, student))
      .inSingletonScope();
    bind(PORTS.media)
      .toDynamicValue(() => new LocalMediaRoom(hub))
      .inSingletonScope();
    bind(PORTS.chat)
      .toDynamicValue((context) => new LocalChat(hub, context.container.get(IM_SESSION)))
      .inSingletonScope();
    bind(PORTS.control)
      .toDynamicValue(
        (context) =>
          new LocalClassControl(
            hub,
            context.container.get(IM_SESSION),
            new LocalClassStateServer(hub.school, student.userId, () => hub.schoolRoundTrip(student.userId)),
            logger,
          ),
      )
      .inSingletonScope();
    bind(PORTS.whiteboard)
      .toDynamicValue(() => new LocalWhiteboard(hub))
      .inSingletonScope();
    bind(PORTS.devicePermissions)
      .toDynamicValue(() => new LocalDevicePermissions())
      .inSingletonScope();
    bind(PORTS.appLifecycle)
      .toDynamicValue(() => new LocalAppLifecycle())
      .inSingletonScope();
    bind(PORTS.networkStatus)
      .toDynamicValue(() => new LocalNetworkStatus())
      .inSingletonScope();
    bind(PORTS.screen)
      .toDynamicValue(() => new LocalScreen())
      .inSingletonScope();
  });
}
