/** Typed listeners by event name; a listener that throws costs only itself. */
export class Listeners<Events extends { [name: string]: unknown }> {
  private readonly byName = new Map<keyof Events, Set<(value: never) => void>>();

  on<Name extends keyof Events>(name: Name, listener: (value: Events[Name]) => void): () => void {
    let set = this.byName.get(name);
    if (!set) this.byName.set(name, (set = new Set()));
    set.add(listener as (value: never) => void);
    return () => set.delete(listener as (value: never) => void);
  }

  has(name: keyof Events): boolean {
    return (this.byName.get(name)?.size ?? 0) > 0;
  }

  emit<Name extends keyof Events>(name: Name, value: Events[Name]): void {
    for (const listener of [...(this.byName.get(name) ?? [])]) {
      try {
        (listener as (value: Events[Name]) => void)(value);
      } catch {
        // The host's listener failed; the kit and the other listeners carry on.
      }
    }
  }
}
