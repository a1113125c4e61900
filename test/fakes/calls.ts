/**
 * Counting the calls a script makes into the fake services: every fake object the
 * script receives is a Proxy that counts each method call as "Class.method".
 * The fakes themselves work on the raw objects, so their own calls are not counted.
 */

export class Calls {
  readonly counts = new Map<string, number>();
  /** Run before each counted call: a test acts there as a person would while the script runs (types a score, say). */
  readonly before: ((name: string) => void)[] = [];

  hit(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    for (const hook of this.before) hook(name);
  }

  total(prefix = ''): number {
    let n = 0;
    for (const [name, c] of this.counts) if (name.startsWith(prefix)) n += c;
    return n;
  }

  of(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  reset(): void {
    this.counts.clear();
  }

  /** Sorted "name: count" lines, for readable failures. */
  list(): string[] {
    return [...this.counts].sort(([a], [b]) => a.localeCompare(b)).map(([name, c]) => `${name}: ${c}`);
  }
}

/** Base of every fake object the script may hold; `kind` names it in the counts. */
export abstract class Fake {
  constructor(readonly calls: Calls) {}
  abstract get kind(): string;
}

const RAW = Symbol('raw');
const proxies = new WeakMap<object, object>();

export function unwrap<T>(value: T): T {
  if (value && typeof value === 'object' && RAW in (value as object)) return (value as unknown as Record<symbol, T>)[RAW];
  return value;
}

function unwrapArg(value: unknown): unknown {
  return Array.isArray(value) ? value.map(unwrap) : unwrap(value);
}

function exposeOut(value: unknown): unknown {
  if (value instanceof Fake) return expose(value);
  if (Array.isArray(value) && value.some((v) => v instanceof Fake)) return value.map((v) => (v instanceof Fake ? expose(v) : v));
  return value;
}

/** The counting view of a fake, the same Proxy every time for the same object. */
export function expose<T extends Fake>(target: T): T {
  const known = proxies.get(target);
  if (known) return known as T;
  const proxy = new Proxy(target, {
    get(t, prop) {
      if (prop === RAW) return t;
      const value = Reflect.get(t, prop, t) as unknown;
      if (typeof value !== 'function' || typeof prop === 'symbol' || prop === 'constructor') return value;
      return (...args: unknown[]) => {
        t.calls.hit(`${t.kind}.${prop}`);
        return exposeOut((value as (...a: unknown[]) => unknown).apply(t, args.map(unwrapArg)));
      };
    },
    has(t, prop) {
      return prop === RAW || Reflect.has(t, prop);
    },
  });
  proxies.set(target, proxy);
  return proxy;
}
