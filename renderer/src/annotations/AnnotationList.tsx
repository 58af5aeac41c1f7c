import { ANNOTATION_KIND_LABEL, type Annotation } from '../../../shared/domain/annotation';

interface Props {
  placed: Annotation[];
  orphaned: Annotation[];
  fromRemoved: Annotation[];
  readOnly: boolean;
  discrepancyName(id: string): string | null;
  onEdit(annotation: Annotation): void;
  onDelete(annotation: Annotation): void;
  onShow(annotation: Annotation): void;
}

function Item({ annotation: a, readOnly, discrepancyName, onEdit, onDelete, onShow }: Omit<Props, 'placed' | 'orphaned' | 'fromRemoved'> & { annotation: Annotation }) {
  const linked = a.discrepancyId ? (discrepancyName(a.discrepancyId) ?? a.discrepancyId) : null;
  const quote = a.anchor.quote.length > 160 ? `${a.anchor.quote.slice(0, 160)}…` : a.anchor.quote;
  return (
    <li className={`annotation-item note-${a.kind}`} aria-label={`${ANNOTATION_KIND_LABEL[a.kind]}: ${a.anchor.quote.slice(0, 60)}`}>
      <div className="annotation-head">
        <span className={`annotation-kind note-${a.kind}`}>{ANNOTATION_KIND_LABEL[a.kind]}</span>
        {a.state === 'anchored' ? (
          <button type="button" className="annotation-quote-button" onClick={() => onShow(a)} title="Show in the text">
            “{quote}”
          </button>
        ) : (
          <span className="annotation-quote-text">“{quote}”</span>
        )}
      </div>
      {a.comment && <p className="annotation-comment">{a.comment}</p>}
      {linked && <p className="hint">Linked to: {linked}</p>}
      {a.state === 'source-removed' && <p className="hint">From “{a.removedSourceTitle}”, which was removed from the project.</p>}
      {!readOnly && (
        <div className="annotation-actions">
          {a.state !== 'source-removed' && (
            <button type="button" className="small-button" onClick={() => onEdit(a)}>
              Edit<span className="visually-hidden"> annotation</span>
            </button>
          )}
          <button type="button" className="small-button" onClick={() => onDelete(a)}>
            Delete<span className="visually-hidden"> annotation</span>
          </button>
        </div>
      )}
    </li>
  );
}

/** The source's annotations under its text; orphaned ones, and those of removed sources, listed apart. */
export function AnnotationList(props: Props) {
  const { placed, orphaned, fromRemoved, readOnly } = props;
  return (
    <section className="annotations" aria-labelledby="annotations-heading">
      <h3 id="annotations-heading" className="annotations-heading">
        Annotations <span className="count">{placed.length + orphaned.length}</span>
      </h3>
      {placed.length === 0 && orphaned.length === 0 ? (
        <p className="hint">{readOnly ? 'No annotations on this source.' : 'None yet. Select words in the text and press A (or Annotate) to flag an error, note a check, or make a discrepancy.'}</p>
      ) : (
        <ul className="annotation-list" aria-label="Annotations on this source">
          {placed.map((a) => (
            <Item key={a.id} annotation={a} {...props} />
          ))}
        </ul>
      )}
      {orphaned.length > 0 && (
        <>
          <h4 className="annotations-subheading">Could not be placed ({orphaned.length})</h4>
          <p className="hint">The text these were on has changed (a block was removed or the article re-cleaned). They are kept here and never moved to similar words; restoring the text brings them back.</p>
          <ul className="annotation-list orphaned" aria-label="Orphaned annotations">
            {orphaned.map((a) => (
              <Item key={a.id} annotation={a} {...props} />
            ))}
          </ul>
        </>
      )}
      {fromRemoved.length > 0 && (
        <details className="annotations-removed">
          <summary>
            {fromRemoved.length} annotation{fromRemoved.length === 1 ? '' : 's'} from removed sources (kept)
          </summary>
          <ul className="annotation-list orphaned" aria-label="Annotations from removed sources">
            {fromRemoved.map((a) => (
              <Item key={a.id} annotation={a} {...props} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
