import { Unsubscribe } from '../../application/ports/Unsubscribe';

/** A small event source; a listener removed while events are delivered gets no more of them. */
export class Listeners<E> {
  private readonly set = new Set<(event: E) => void>();

  add(listener: (event: E) => void): Unsubscribe {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }

  emit(event: E): void {
    for (const listener of [...this.set]) if (this.set.has(listener)) listener(event);
  }

  get size(): number {
    return this.set.size;
  }
}
