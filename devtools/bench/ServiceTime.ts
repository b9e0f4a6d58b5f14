/**
 * Splits logic-thread time between the app and the simulated services around it (the in-memory
 * IM fanning a message out to thousands of members is no cost of the student's app). A service's
 * methods run as service time; the service calling back into the app (delivering to the student's
 * inbox) runs as app time again, however deeply nested. Work in promise continuations a service
 * schedules counts as the app's: it is small (resolving a call's result) next to the fan-out.
 */
export class ServiceTime {
  private readonly stack: ('app' | 'service')[] = [];
  private since = performance.now();
  private serviceTotal = 0;

  /** Service time so far, ms, up to this moment. */
  ms(): number {
    this.charge();
    return this.serviceTotal;
  }

  run<T>(side: 'app' | 'service', work: () => T): T {
    this.charge();
    this.stack.push(side);
    try {
      return work();
    } finally {
      this.charge();
      this.stack.pop();
    }
  }

  /** Every method of `service` (its own and its prototypes') now runs as service time. */
  wrapService(service: object): void {
    const target = service as Record<string, unknown>;
    for (const name of methodNames(service)) {
      const method = target[name] as (...args: unknown[]) => unknown;
      target[name] = (...args: unknown[]) => this.run('service', () => method.apply(service, args));
    }
  }

  /** A listener source the service delivers the student's events through: delivering runs as app time. */
  wrapDelivery(source: { emit(...event: never[]): void }): void {
    const emit = source.emit.bind(source) as (...event: unknown[]) => void;
    (source as { emit(...event: unknown[]): void }).emit = (...event) => this.run('app', () => emit(...event));
  }

  private charge(): void {
    const now = performance.now();
    if (this.stack[this.stack.length - 1] === 'service') this.serviceTotal += now - this.since;
    this.since = now;
  }
}

function methodNames(object: object): string[] {
  const names = new Set<string>();
  for (let proto = Object.getPrototypeOf(object); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (name !== 'constructor' && typeof descriptor?.value === 'function') names.add(name);
    }
  }
  return [...names];
}
