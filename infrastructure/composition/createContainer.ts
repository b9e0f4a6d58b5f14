import 'reflect-metadata';
import { Container, ContainerModule } from 'inversify';
import { LessonUseCases } from '../../application/LessonUseCases';
import { applicationModule } from './applicationModule';
import { APP } from './appTokens';

/**
 * The composition root: the family's module (chosen by the build, docs/architecture.md) binds
 * the ports, the application module binds the use cases over them. One container per lesson.
 */
export function createContainer(family: ContainerModule): Container {
  const container = new Container();
  container.load(family, applicationModule);
  return container;
}

export function lessonUseCases(container: Container): LessonUseCases {
  return container.get<LessonUseCases>(APP.useCases);
}
