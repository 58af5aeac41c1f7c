import type { Handlers } from '../handler';

export const annotationHandlers = {
  'annotations.list': ({ sourceId }, ctx) => ctx.session().listAnnotations(sourceId),
  'annotations.create': ({ discrepancyId, ...input }, ctx) => {
    const annotation = ctx.session().createAnnotation({ ...input, discrepancyId: discrepancyId ?? null });
    ctx.emit({ name: 'annotations.changed', payload: { sourceIds: [annotation.sourceId] } });
    return annotation;
  },
  'annotations.update': ({ id, ...patch }, ctx) => {
    const annotation = ctx.session().updateAnnotation(id, patch);
    ctx.emit({ name: 'annotations.changed', payload: { sourceIds: [annotation.sourceId] } });
    return annotation;
  },
  'annotations.delete': ({ id }, ctx) => {
    const annotation = ctx.session().deleteAnnotation(id);
    ctx.emit({ name: 'annotations.changed', payload: { sourceIds: [annotation.sourceId] } });
    return annotation;
  },
  'discrepancies.createManual': ({ annotationId, kind, summary }, ctx) => {
    const discrepancy = ctx.session().createManualDiscrepancy(annotationId, kind, summary);
    ctx.emit({ name: 'annotations.changed', payload: { sourceIds: discrepancy.variants.flatMap((v) => v.sourceIds) } });
    return discrepancy;
  },
} satisfies Partial<Handlers>;
