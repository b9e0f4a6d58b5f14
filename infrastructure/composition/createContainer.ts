import 'reflect-metadata';
import { Container } from 'inversify';
import { LessonUseCases } from '../../application/LessonUseCases';
import { bindLocalFamily, LocalFamilyConfig } from '../local/bindLocalFamily';
import { bindTencentFamily, TencentFamilyConfig } from '../tencent/bindTencentFamily';
import { bindTicFamily, TicFamilyConfig } from '../tic/bindTicFamily';
import { bindApplication } from './bindApplication';
import { APP } from '../../application/ports/tokens';

/** The adapter families this build knows; the config's `family` picks one (see docs/architecture.md). */
export type AppConfig = LocalFamilyConfig | TencentFamilyConfig | TicFamilyConfig;

export function createContainer(config: AppConfig): Container {
  const container = new Container();
  switch (config.family) {
    case 'local':
      bindLocalFamily(container, config);
      break;
    case 'tencent':
      bindTencentFamily(container, config);
      break;
    case 'tic':
      bindTicFamily(container, config);
      break;
    default:
      throw new Error(`unknown adapter family: ${(config as { family: string }).family}`);
  }
  bindApplication(container);
  return container;
}

export function lessonUseCases(container: Container): LessonUseCases {
  return container.get<LessonUseCases>(APP.useCases);
}
