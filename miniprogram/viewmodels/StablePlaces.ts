import { ListItem } from './pathUpdates';

/**
 * Keeps each item of a list where it first went, so the page's diff sends only what changed: an
 * item that leaves leaves a vacant place (`{ id: 'vacant-3' }`, which the page draws as nothing)
 * and the next item to come takes the first vacant place; the list never gets shorter, as a
 * shorter list is sent whole. Without it, one `<live-player>` going
 * (the board switched off) shifts every player after it and re-sends all their attributes, 4 KB.
 */
export class StablePlaces {
  private ids: (string | undefined)[] = [];

  place(items: readonly ListItem[]): ListItem[] {
    const byId = new Map(items.map((item) => [item.id, item]));
    this.ids = this.ids.map((id) => (id !== undefined && byId.has(id) ? id : undefined));
    const placed = new Set(this.ids);
    for (const item of items) {
      if (placed.has(item.id)) continue;
      const vacant = this.ids.indexOf(undefined);
      if (vacant >= 0) this.ids[vacant] = item.id;
      else this.ids.push(item.id);
    }
    return this.ids.map((id, index) => (id === undefined ? { id: `vacant-${index}` } : byId.get(id)!));
  }
}
