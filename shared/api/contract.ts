/**
 * The API contract: every method `domain.verb` with its input schema and output type, and every
 * event `domain.pastTense` with its payload. The backend registers one handler per method; the
 * dispatcher validates each input against the schema here before a handler sees it.
 * Payloads are JSON only (no Date, Map or Buffer) so that IPC, HTTP and the in-memory transport
 * carry them identically.
 */
import { z } from 'zod';
import type { AppInfo, ProjectInfo } from '../domain/project';
import type { SourceDetail, SourceSummary } from '../domain/source';

/** Declares a method: the input schema now, the output type as a phantom. */
function method<Out>() {
  return <In extends z.ZodType>(input: In) => ({ input, output: undefined as unknown as Out });
}

const noInput = z.strictObject({});
const sourceId = z.number().int().positive();

export const methods = {
  'app.info': method<AppInfo>()(noInput),
  'project.get': method<ProjectInfo | null>()(noInput),
  'project.rename': method<ProjectInfo>()(
    z.strictObject({ title: z.string().trim().min(1, 'A project needs a title.').max(200) }),
  ),
  'sources.list': method<SourceSummary[]>()(noInput),
  'sources.get': method<SourceDetail>()(z.strictObject({ id: sourceId })),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller passes (before defaults and trimming). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives (validated, trimmed). */
export type HandlerInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = Methods[M]['output'];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}

export interface Events {
  'project.updated': ProjectInfo;
  'sources.changed': { ids: number[] };
}

export type EventName = keyof Events;
export type AppEvent = { [E in EventName]: { name: E; payload: Events[E] } }[EventName];

export const EVENT_NAMES: readonly EventName[] = ['project.updated', 'sources.changed'];
