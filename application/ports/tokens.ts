/**
 * Keys for the ports: each adapter family's container module binds all of them, and the
 * composition root builds the application from them. Plain symbols, so the application needs no
 * container; registered (`Symbol.for`) so that code bundled apart (the demo subpackage) names the same ports.
 */
export const PORTS = {
  backend: Symbol.for('ClassroomBackendPort'),
  media: Symbol.for('MediaRoomPort'),
  chat: Symbol.for('ChatPort'),
  control: Symbol.for('ClassControlPort'),
  whiteboard: Symbol.for('WhiteboardPort'),
  devicePermissions: Symbol.for('DevicePermissionPort'),
  appLifecycle: Symbol.for('AppLifecyclePort'),
  networkStatus: Symbol.for('NetworkStatusPort'),
  screen: Symbol.for('ScreenPort'),
  clock: Symbol.for('Clock'),
  logger: Symbol.for('Logger'),
} as const;
