/**
 * Library calls newer than ES2017 that the core makes, for WeChat runtimes on older phones
 * (iOS 11/12 JavaScriptCore lacks them). esbuild lowers syntax to ES2017 but not library calls.
 * Imported first by core.ts; the sandbox test deletes the built-ins to prove these are enough.
 */
/* eslint-disable no-extend-native -- adding what older runtimes lack is what a polyfill is for */
if (typeof Promise.prototype.finally !== 'function') {
  // eslint-disable-next-line @typescript-eslint/no-floating-promises -- defineProperty returns Promise.prototype itself, which never settles
  Object.defineProperty(Promise.prototype, 'finally', {
    configurable: true,
    writable: true,
    value: function <T>(this: Promise<T>, onFinally?: (() => void) | null) {
      const run = () => (typeof onFinally === 'function' ? Promise.resolve(onFinally()) : Promise.resolve());
      return this.then(
        (value) => run().then(() => value),
        (reason) => run().then(() => Promise.reject(reason)),
      );
    },
  });
}

if (typeof Promise.allSettled !== 'function') {
  Object.defineProperty(Promise, 'allSettled', {
    configurable: true,
    writable: true,
    value: <T>(promises: Iterable<T | PromiseLike<T>>) =>
      Promise.all(
        Array.from(promises, (promise) =>
          Promise.resolve(promise).then(
            (value) => ({ status: 'fulfilled' as const, value }),
            (reason: unknown) => ({ status: 'rejected' as const, reason }),
          ),
        ),
      ),
  });
}

if (typeof Array.prototype.flatMap !== 'function') {
  Object.defineProperty(Array.prototype, 'flatMap', {
    configurable: true,
    writable: true,
    value: function <T, U>(this: T[], map: (value: T, index: number, array: T[]) => U | readonly U[]) {
      const out: U[] = [];
      this.forEach((value, index, array) => {
        const mapped = map(value, index, array);
        if (Array.isArray(mapped)) out.push(...(mapped as U[]));
        else out.push(mapped as U);
      });
      return out;
    },
  });
}

export {};
