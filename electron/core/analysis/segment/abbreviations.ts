/**
 * Abbreviations after which a full stop does not end a sentence. wink-nlp knows many of them, but
 * it occasionally splits after titles and initials in news copy, so its cuts are checked here.
 */

/** Titles and the like: always followed by a name or number, never the end of a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'mx.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'capt.', 'cpt.', 'maj.', 'sgt.',
  'adm.', 'cmdr.', 'brig.', 'cpl.', 'pvt.', 'sen.', 'rep.', 'gov.', 'pres.', 'supt.', 'insp.',
  'rev.', 'fr.', 'hon.', 'amb.', 'sec.', 'st.', 'mt.', 'ft.', 'no.', 'nos.', 'vs.', 'v.', 'messrs.',
  'e.g.', 'i.e.', 'cf.', 'approx.', 'ca.',
]);

/**
 * Abbreviations that can also end a sentence ("…based in the U.S. The…"): a cut after them is kept
 * when a capitalised word follows and dropped when the sentence plainly goes on.
 */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'corp.', 'inc.', 'co.', 'ltd.', 'plc.', 'bros.', 'jr.', 'sr.', 'etc.', 'dept.', 'univ.', 'est.',
  'a.m.', 'p.m.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.',
  'nov.', 'dec.', 'mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thur.', 'thurs.', 'fri.', 'sat.', 'sun.',
  'ave.', 'blvd.', 'rd.', 'km.', 'min.', 'hr.', 'hrs.', 'approx.', 'al.',
]);

/** "U.S.", "U.N.", "e.g.": letters each followed by a full stop. */
export const DOTTED_ACRONYM = /^(?:\p{L}\.){2,}$/u;

/** A single capital initial such as the "J." of "J. R. Smith". */
export const INITIAL = /^\p{Lu}\.$/u;
