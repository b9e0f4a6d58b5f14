/** A box on screen, in CSS pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Placed {
  readonly name: string;
  readonly box: Box;
}

/** Sub-pixel rounding in layout: boxes that share an edge are not overlapping. */
const TOLERANCE = 0.5;

export function overlaps(a: Box, b: Box): boolean {
  return (
    a.x + a.width - TOLERANCE > b.x &&
    b.x + b.width - TOLERANCE > a.x &&
    a.y + a.height - TOLERANCE > b.y &&
    b.y + b.height - TOLERANCE > a.y
  );
}

export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - TOLERANCE &&
    inner.y >= outer.y - TOLERANCE &&
    inner.x + inner.width <= outer.x + outer.width + TOLERANCE &&
    inner.y + inner.height <= outer.y + outer.height + TOLERANCE
  );
}

/** Every pair of parts that overlap, and every part not wholly inside the phone, in words. */
export function overlapProblems(parts: readonly Placed[], phone: Placed | undefined): string[] {
  const problems: string[] = [];
  parts.forEach((part, i) => {
    if (phone && !inside(part.box, phone.box)) problems.push(`${part.name} is not inside the phone`);
    for (const other of parts.slice(i + 1)) if (overlaps(part.box, other.box)) problems.push(`${part.name} overlaps ${other.name}`);
  });
  return problems;
}
