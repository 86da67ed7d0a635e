// Record ids in an audit row's details, compact: ascending, each run of consecutive ids written
// as "first-last", runs joined by commas ("3,7-4910,4912"). An import that creates 50,000
// contacts (consecutive ids) writes "1-50000", not 50,000 numbers. docs/architecture.md ("The
// audit log") describes the form; idsInRanges / rangesInclude read it back.

/** The ids as ranges: sorted, duplicates dropped. Empty text for no ids. */
export function idRanges(ids: Iterable<number>): string {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    const first = sorted[i] as number;
    let last = first;
    while (i + 1 < sorted.length && sorted[i + 1] === last + 1) last = sorted[++i] as number;
    parts.push(first === last ? String(first) : `${first}-${last}`);
    i++;
  }
  return parts.join(',');
}

/** The [first, last] pairs of a ranges text; what is not a range or an id is left out. */
function rangesOf(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const part of text.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (m) ranges.push([Number(m[1]), Number(m[2] ?? m[1])]);
  }
  return ranges;
}

/** Every id a ranges text names, ascending. */
export function idsInRanges(text: string): number[] {
  return rangesOf(text).flatMap(([first, last]) => Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k));
}

/** Whether a ranges text names `id`, without expanding it. */
export function rangesInclude(text: string, id: number): boolean {
  return rangesOf(text).some(([first, last]) => id >= first && id <= last);
}
