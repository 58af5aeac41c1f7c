/** The desk's own preferences (pane widths, the open view): per user, not per project. JSON only. */
import { z } from 'zod';

export const MAIN_VIEWS = ['reader', 'compare', 'brief'] as const;
export type MainView = (typeof MAIN_VIEWS)[number];

/** Pane widths in CSS pixels; the renderer clamps them to the window. */
const width = z.number().int().min(120).max(2000);

/**
 * Every key optional, so a file written by an older or newer build still reads; add a key here
 * (with its own small schema) when another part of the desk needs to remember something.
 */
export const uiPrefsSchema = z.strictObject({
  panes: z.strictObject({ sources: width.optional(), discrepancies: width.optional() }).optional(),
  view: z.enum(MAIN_VIEWS).optional(),
});

export type UiPrefs = z.infer<typeof uiPrefsSchema>;
