import { Container } from 'inversify';
import { PersonInfo } from '../../application/ports/ClassroomBackendPort';
import { Clock, Logger } from '../../application/ports/PlatformPorts';
import { PORTS } from '../../application/ports/tokens';
import { LocalChat } from './LocalChat';
import { LocalClassControl } from './LocalClassControl';
import { LocalClassroomBackend } from './LocalClassroomBackend';
import { LocalClassroomHub } from './LocalClassroomHub';
import { LocalImSession } from './LocalImSession';
import { LocalMediaRoom } from './LocalMediaRoom';
import { LocalAppLifecycle, LocalDevicePermissions, LocalNetworkStatus, LocalScreen } from './LocalPlatform';
import { LocalWhiteboard } from './LocalWhiteboard';

export interface LocalFamilyConfig {
  readonly family: 'local';
  readonly hub: LocalClassroomHub;
  readonly student: PersonInfo;
  readonly logger: Logger;
}

/** Binds every port to the in-process services of one hub, for the student named in the config. */
export function bindLocalFamily(container: Container, config: LocalFamilyConfig): void {
  const { hub } = config;
  const im = new LocalImSession(hub);
  container.bind<Clock>(PORTS.clock).toConstantValue(hub.clock);
  container.bind<Logger>(PORTS.logger).toConstantValue(config.logger);
  container.bind(PORTS.backend).toConstantValue(new LocalClassroomBackend(hub, config.student));
  container.bind(PORTS.media).toConstantValue(new LocalMediaRoom(hub));
  container.bind(PORTS.chat).toConstantValue(new LocalChat(hub, im));
  container.bind(PORTS.control).toConstantValue(new LocalClassControl(hub, im, config.logger));
  container.bind(PORTS.whiteboard).toConstantValue(new LocalWhiteboard(hub));
  container.bind(PORTS.devicePermissions).toConstantValue(new LocalDevicePermissions());
  container.bind(PORTS.appLifecycle).toConstantValue(new LocalAppLifecycle());
  container.bind(PORTS.networkStatus).toConstantValue(new LocalNetworkStatus());
  container.bind(PORTS.screen).toConstantValue(new LocalScreen());
}
