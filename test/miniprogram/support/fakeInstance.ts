/** Sets `data` at a setData path such as `chat[3].state` or `network.level`. */
export function setPath(data: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.replace(/\[(\d+)\]/g, '.$1').split('.');
  let target = data as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) {
    if (typeof target[part] !== 'object' || target[part] === null) target[part] = /^\d+$/.test(part) ? [] : {};
    target = target[part] as Record<string, unknown>;
  }
  target[parts[parts.length - 1]] = value;
}

/**
 * `this` for a page or component definition run outside a renderer: data, a setData that applies
 * paths as WeChat does, and the definition's methods bound to it. Every setData payload is kept.
 */
export function fakeInstance(definition: Record<string, unknown>) {
  const payloads: Record<string, unknown>[] = [];
  const instance: Record<string, unknown> & { data: Record<string, unknown> } = {
    data: JSON.parse(JSON.stringify(definition.data ?? {})),
    setData(update: Record<string, unknown>) {
      payloads.push(update);
      for (const [key, value] of Object.entries(update)) setPath(instance.data, key, JSON.parse(JSON.stringify(value ?? null)));
    },
    triggerEvent: () => undefined,
    selectComponent: () => null,
  };
  const methods = (definition.methods ?? {}) as Record<string, (...args: unknown[]) => unknown>;
  for (const [name, method] of Object.entries(methods)) instance[name] = method.bind(instance);
  return { instance, payloads };
}
