/**
 * One change at a time per class, in arrival order: a class's numbers are given out by one queue
 * in this process, so two staff members never get one number (another process is caught by the
 * store's rev check).
 */
export class ClassLocks {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(classId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(classId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    this.tails.set(classId, tail);
    void tail.then(() => {
      if (this.tails.get(classId) === tail) this.tails.delete(classId);
    });
    return next;
  }
}
