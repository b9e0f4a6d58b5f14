import { interfaces } from 'inversify';

/** Reads another binding of the same container, by its token. */
export type Get = <T>(token: symbol) => T;

/**
 * Binds `token` to one instance for the container's life, made by `make` from the other
 * bindings when first asked for: how every module binds its parts (one container per lesson).
 */
export function bindOne(bind: interfaces.Bind): <T>(token: symbol, make: (get: Get) => T) => void {
  return <T>(token: symbol, make: (get: Get) => T) => {
    bind<T>(token)
      .toDynamicValue((context) => make((key) => context.container.get(key)))
      .inSingletonScope();
  };
}
