import type { SourceSummary } from '../../../shared/domain/source';

/** How a source is named on a citation chip: its outlet, else its title, shortened. */
export function sourceShortName(source: Pick<SourceSummary, 'id' | 'outlet' | 'title'> | undefined, id: number): string {
  const name = source?.outlet?.trim() || source?.title.trim() || `Source ${id}`;
  return name.length > 28 ? `${name.slice(0, 27).trimEnd()}…` : name;
}

export function citationLabel(sourceIds: readonly number[], byId: ReadonlyMap<number, Pick<SourceSummary, 'id' | 'outlet' | 'title'>>): string {
  return `[${sourceIds.map((id) => sourceShortName(byId.get(id), id)).join('; ')}]`;
}
