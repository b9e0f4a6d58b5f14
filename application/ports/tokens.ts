/** Container keys for the ports; each adapter family binds all of them. */
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

export const APP = {
  useCases: Symbol.for('LessonUseCases'),
} as const;
