/** Message ids already taken in, so a redelivered signal is dropped; the oldest are forgotten first. */
export class SeenIds {
  private readonly ids = new Set<string>();

  constructor(private readonly limit = 1_000) {}

  /** True the first time an id is seen. */
  firstTime(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.limit) this.ids.delete(this.ids.values().next().value as string);
    return true;
  }
}
