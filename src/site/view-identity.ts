/**
 * Values kept from one build of the site data to the next, looked up by what they are built
 * from. The dev server builds the site data again after every save, from mostly the same
 * record objects (an unchanged file keeps its record), and compares every page with the last
 * build's: a view kept from that build is the very same object, which the comparison passes
 * at once, and is not built again.
 *
 * A value is kept only as the result of a *builder*: a function made once, at module level,
 * that reads nothing but its arguments. The value is found again by the builder itself and by
 * every argument it receives, compared automatically:
 * - strings, numbers, booleans, null and undefined by value;
 * - arrays element by element (a list made afresh in each build is the same list when its
 *   elements are);
 * - any other object by identity: records, and values a builder made, are never changed after
 *   they are made, so the same object holds the same content.
 *
 * There is no key to write by hand, and so none to forget: a builder that starts reading a new
 * input has to be given it as an argument, and a change of that input then builds the value
 * again. A builder made afresh in each build (a closure over a build's locals) is a new
 * function each time and never finds a kept value, so it cannot hand back a stale one; it is
 * only slower. What a builder may not do is read state that changes between builds, such as a
 * module-level variable; the tables themselves belong to a {@link ViewCache} that the caller
 * holds (the dev session keeps one for its whole run; a single build makes its own).
 */

interface Kept {
  readonly args: readonly unknown[];
  readonly value: unknown;
}

/** Builders are looked up by identity, whatever their signature. */
type AnyBuilder = (...args: never[]) => unknown;

/**
 * One step of a path of arguments: its children by the next argument (a value, an object, or
 * an array's bounds), and the value kept at the end of the path.
 */
class Step {
  next: Map<unknown, Step> | undefined;
  /** The build that last asked for the value; -1 while there is none. */
  used = -1;
  value: unknown;
}

// An array is walked as its bounds around its elements, so `[a, b], c` and `[a], b, c` differ.
const ARRAY_START = Symbol("[");
const ARRAY_END = Symbol("]");
// Maps take -0 for 0; the comparison of arguments does not.
const MINUS_ZERO = Symbol("-0");

/**
 * The kept values of a series of builds. The dev server holds one for its session and hands it
 * to every build; a single build uses a fresh one, which still makes each shared value once.
 * Builds using one cache must not overlap (the site data is built synchronously).
 */
export class ViewCache {
  /** Per builder, per first argument: the other arguments and the value of the last call. */
  readonly #byObject = new WeakMap<AnyBuilder, WeakMap<object, Kept>>();
  /** Per builder: the arguments and value of its last call. */
  readonly #latest = new WeakMap<AnyBuilder, Kept>();
  /** Per builder: values by the path of their arguments. */
  readonly #shared = new Map<AnyBuilder, Step>();
  /** Builds begun so far. */
  #build = 0;

  /**
   * Begin a build: shared values the last build did not ask for are let go from now on, so
   * the cache holds what two builds use, not everything ever built.
   */
  startBuild(): void {
    this.#build++;
    for (const [builder, root] of this.#shared) if (sweep(root, this.#build - 1)) this.#shared.delete(builder);
  }

  /**
   * `builder(object, ...args)`, or the value of the last call with the same builder and object
   * when every other argument is the same as then. One value is kept per builder and object
   * (typically a record), for as long as the object lives.
   * @example cache.perObject(listItem, record, prefix, topics) === cache.perObject(listItem, record, prefix, topics) //=> true
   */
  perObject<O extends object, A extends readonly unknown[], V>(builder: (object: O, ...args: A) => V, object: O, ...args: A): V {
    let table = this.#byObject.get(builder);
    if (table === undefined) {
      table = new WeakMap();
      this.#byObject.set(builder, table);
    }
    const kept = table.get(object);
    if (kept !== undefined && sameArguments(kept.args, args)) return kept.value as V;
    const value = builder(object, ...args);
    table.set(object, { args, value });
    return value;
  }

  /**
   * `builder(...args)`, or the value of the builder's last call when every argument is the same
   * as then: for what is made once per build from the whole site (the ranking of related
   * articles), whose arguments are long lists compared element by element.
   * @example cache.latest(rank, slugs, dates) === cache.latest(rank, [...slugs], dates) //=> true
   */
  latest<A extends readonly unknown[], V>(builder: (...args: A) => V, ...args: A): V {
    const kept = this.#latest.get(builder);
    if (kept !== undefined && sameArguments(kept.args, args)) return kept.value as V;
    const value = builder(...args);
    this.#latest.set(builder, { args, value });
    return value;
  }

  /**
   * `builder(...args)`, made once per distinct argument list and then handed out to every
   * caller: views take the links and lists they have in common (the navigation, a topic's
   * links, a month's breadcrumbs) from here instead of each holding a copy, and keep them
   * from one build to the next. Shared values must not be changed.
   * @example cache.shared(dateCrumbs, scaffold, "2024-01") === cache.shared(dateCrumbs, scaffold, "2024-01") //=> true
   */
  shared<A extends readonly unknown[], V>(builder: (...args: A) => V, ...args: A): V {
    let root = this.#shared.get(builder);
    if (root === undefined) {
      root = new Step();
      this.#shared.set(builder, root);
    }
    const step = walk(root, args);
    if (step.used === -1) step.value = builder(...args);
    step.used = this.#build;
    return step.value as V;
  }
}

/**
 * Let go of the values under `step` last asked for before build `since`.
 * @returns whether nothing is left under `step`.
 */
function sweep(step: Step, since: number): boolean {
  if (step.used < since) {
    step.used = -1;
    step.value = undefined;
  }
  if (step.next !== undefined) {
    for (const [key, child] of step.next) if (sweep(child, since)) step.next.delete(key);
    if (step.next.size === 0) step.next = undefined;
  }
  return step.used === -1 && step.next === undefined;
}

/** The step at the end of the path of `args` from `step`, made on the way. */
function walk(step: Step, args: readonly unknown[]): Step {
  let at = step;
  for (const arg of args) {
    if (Array.isArray(arg)) {
      at = childOf(walk(childOf(at, ARRAY_START), arg), ARRAY_END);
    } else {
      if (typeof arg === "symbol") throw new TypeError("A symbol cannot be a builder's argument");
      at = childOf(at, Object.is(arg, -0) ? MINUS_ZERO : arg);
    }
  }
  return at;
}

function childOf(step: Step, key: unknown): Step {
  let child = step.next?.get(key);
  if (child === undefined) {
    child = new Step();
    step.next ??= new Map();
    step.next.set(key, child);
  }
  return child;
}

/**
 * Whether two argument lists are the same as {@link ViewCache} compares them: values by value,
 * arrays element by element, other objects by identity.
 * @example sameArguments(["a", [1, 2]], ["a", [1, 2]]) //=> true
 * @example sameArguments([{}], [{}]) //=> false
 */
export function sameArguments(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i], b[i]];
    if (Object.is(x, y)) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || !sameArguments(x, y)) return false;
  }
  return true;
}
