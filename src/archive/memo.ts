/**
 * Memoise a pure function of one object, by identity. Records and their arrays are never
 * changed after ingestion, so when the dev server builds the site data again from mostly the
 * same record objects, the per-article work (summaries, reading times, export text) is done
 * once per article instead of once per build. Entries go when their object is collected.
 * @example const words = memoByObject((body: readonly string[]) => countWords(body));
 */
export function memoByObject<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key: K): V => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

/**
 * A cache of one value per object that also depends on something outside the object (the
 * site's URL, the taxonomy's labels), given as a `context` string: the value is computed
 * again when the context differs from the one it was computed in.
 * @example const jsonLd = contextMemo<ArticleRecord, string>(); jsonLd(record, origin, () => build(record));
 */
export function contextMemo<K extends object, V>(): (key: K, context: string, compute: () => V) => V {
  const cache = new WeakMap<K, { readonly context: string; readonly value: V }>();
  return (key, context, compute) => {
    const hit = cache.get(key);
    if (hit !== undefined && hit.context === context) return hit.value;
    const value = compute();
    cache.set(key, { context, value });
    return value;
  };
}

const ids = new WeakMap<object, number>();
let lastId = 0;

/**
 * A number naming an object for as long as it lives, so a {@link contextMemo} context can say
 * "these very objects" (e.g. the list items of an article's related articles).
 * @example objectId(item) === objectId(item) //=> true
 */
export function objectId(object: object): number {
  let id = ids.get(object);
  if (id === undefined) {
    id = ++lastId;
    ids.set(object, id);
  }
  return id;
}

/**
 * One value per key, made on first use and then shared: views take the links and lists they
 * have in common (the navigation, a topic's link, a month's breadcrumbs) from one of these
 * instead of each holding a copy (about 0.3 GB at 100,000 articles, kept through rendering).
 * Shared values must not be changed; views are never changed after they are built.
 * @example const nav = sharedByKey((section: string) => navLinks(section)); nav("home") === nav("home") //=> true
 */
export function sharedByKey<V>(make: (key: string) => V): (key: string) => V {
  const values = new Map<string, V>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined) {
      value = make(key);
      values.set(key, value);
    }
    return value;
  };
}
