import type { SourceSummary } from '../../../shared/domain/source';

/** How a source is named in prose (the standfirst, the corrections): its outlet, else its title, shortened. */
export function sourceShortName(source: Pick<SourceSummary, 'id' | 'outlet' | 'title'> | undefined, id: number): string {
  const name = source?.outlet?.trim() || source?.title.trim() || `Source ${id}`;
  return name.length > 28 ? `${name.slice(0, 27).trimEnd()}…` : name;
}

/**
 * A citation chip's label: the sources' numbers in the brief's Sources list ("[1, 3]"); hovering
 * the chip names them and shows the excerpts.
 */
export function citationLabel(sourceIds: readonly number[], numberOf: ReadonlyMap<number, number>): string {
  const numbers = sourceIds.map((id) => numberOf.get(id)).filter((n): n is number => n !== undefined);
  return `[${[...new Set(numbers)].sort((a, b) => a - b).join(', ')}]`;
}
