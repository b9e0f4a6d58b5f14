/** A flat item of a rendered list: primitives only, so a field can be compared and sent alone. */
export type ListItem = { readonly id: string } & Readonly<Record<string, string | number | boolean>>;

export type Primitive = string | number | boolean;

/** One top-level page data field: a primitive, a flat object, or a list of flat items. */
export type PageValue = Primitive | readonly ListItem[] | Readonly<Record<string, Primitive>>;

/**
 * The smallest setData payload that turns `prev` into `next` for one data key. A primitive is sent
 * when it changed. A list whose existing places mostly keep their items gets per-field paths
 * (`coHosts[2].speaking`, `chat[7]`) and appended items (listUpdates). An object gets
 * one path per changed field, or is re-sent whole when it lost a field. This is the page's one diff:
 * the media room's <live-pusher>/<live-player> attributes go through it too.
 */
export function pathUpdates(key: string, prev: PageValue | undefined, next: PageValue): Record<string, unknown> {
  if (prev === undefined) return { [key]: next };
  if (isPrimitive(next) || isPrimitive(prev)) return prev === next ? {} : { [key]: next };
  if (isList(next)) return isList(prev) ? listUpdates(key, prev, next) : { [key]: next };
  // A field that went away (the SDK resets the pusher on leaving) cannot be deleted by path.
  if (isList(prev) || Object.keys(prev).some((field) => !(field in next))) return { [key]: next };
  const updates: Record<string, unknown> = {};
  for (const field of Object.keys(next)) {
    if (prev[field] !== next[field]) updates[`${key}.${field}`] = next[field];
  }
  return updates;
}

/**
 * A list is sent as its changed places: a place that holds another item than before (another id,
 * or a field gone) is sent whole, `chat[7]`; a place whose item only changed a field is sent as
 * that field, `coHosts[2].speaking`; places past the old end are appended. A list that got shorter,
 * or whose every place changed, is sent whole: paths would cost more than the list.
 */
function listUpdates(key: string, prev: readonly ListItem[], next: readonly ListItem[]): Record<string, unknown> {
  if (prev === next) return {};
  if (next.length < prev.length) return { [key]: next };
  const replaced = (old: ListItem, item: ListItem) => old.id !== item.id || Object.keys(old).some((field) => !(field in item));
  if (prev.length > 0 && prev.every((old, index) => replaced(old, next[index]))) return { [key]: next };
  const updates: Record<string, unknown> = {};
  next.forEach((item, index) => {
    const old = prev[index];
    if (old === item) return;
    if (!old || replaced(old, item)) {
      updates[`${key}[${index}]`] = item;
      return;
    }
    for (const field of Object.keys(item)) {
      if (old[field] !== item[field]) updates[`${key}[${index}].${field}`] = item[field];
    }
  });
  return updates;
}

function isPrimitive(value: PageValue): value is Primitive {
  return typeof value !== 'object';
}

function isList(value: PageValue): value is readonly ListItem[] {
  return Array.isArray(value);
}
