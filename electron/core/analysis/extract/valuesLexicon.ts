/** Word lists for value extraction: number words, months, weekdays, currencies, units. */

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Multipliers that may follow a number ("two hundred", "1.2 million"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

/** Short multipliers of money amounts ("€3bn", "$48m", "£5k"). */
export const SHORT_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['bn', 1e9], ['tn', 1e12],
]);

const MONTH_LIST = [
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
  ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'],
  ['november', 'nov'], ['december', 'dec'],
];

/** Month names and abbreviations → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_LIST.flatMap((names, i) => names.map((name): [string, number] => [name, i + 1])),
);

export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Duration units → minutes. Months and years use 30 and 365 days: news speaks in round terms. */
export const DURATION_UNITS: ReadonlyMap<string, number> = new Map([
  ['second', 1 / 60], ['seconds', 1 / 60], ['sec', 1 / 60], ['secs', 1 / 60],
  ['minute', 1], ['minutes', 1], ['min', 1], ['mins', 1],
  ['hour', 60], ['hours', 60], ['hr', 60], ['hrs', 60], ['h', 60],
  ['day', 1440], ['days', 1440],
  ['week', 10080], ['weeks', 10080], ['fortnight', 20160], ['fortnights', 20160],
  ['month', 43200], ['months', 43200],
  ['year', 525600], ['years', 525600], ['yr', 525600], ['yrs', 525600],
]);

/** Currency symbols and codes written before the amount. */
export const CURRENCY_PREFIXES: ReadonlyMap<string, string | undefined> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['u.s.$', 'USD'], ['hk$', 'HKD'], ['a$', 'AUD'], ['c$', 'CAD'],
  ['nz$', 'NZD'], ['s$', 'SGD'], ['€', 'EUR'], ['£', 'GBP'], ['₹', 'INR'], ['₩', 'KRW'], ['₽', 'RUB'],
  // ¥ is both yen and yuan: better no code than a wrong one.
  ['¥', undefined],
  ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['cny', 'CNY'], ['rmb', 'CNY'], ['jpy', 'JPY'],
  ['hkd', 'HKD'],
]);

/** Currency words written after the amount. "dollars" alone is taken as US dollars. */
export const CURRENCY_WORDS: ReadonlyMap<string, string | undefined> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['us dollar', 'USD'], ['us dollars', 'USD'],
  ['pound', 'GBP'], ['pounds', 'GBP'], ['pounds sterling', 'GBP'], ['sterling', 'GBP'],
  ['euro', 'EUR'], ['euros', 'EUR'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rmb', 'CNY'],
  ['yen', 'JPY'], ['rupee', 'INR'], ['rupees', 'INR'], ['rouble', 'RUB'], ['roubles', 'RUB'],
  ['ruble', 'RUB'], ['rubles', 'RUB'], ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'],
  ['cny', 'CNY'], ['jpy', 'JPY'],
]);

/** Unit symbols a figure may carry; they become its `counts` as written ("90 km/h" → "km/h"). */
export const UNIT_SYMBOLS: ReadonlySet<string> = new Set([
  'km/h', 'kph', 'mph', 'km', 'm', 'cm', 'mm', 'mi', 'ft', 'kg', 'g', 'lb', 'lbs', 't', 'mw', 'gw',
  'kw', 'kwh', 'gwh', 'ha', 'sq km', 'km2', 'm2', 'nm', '°c', '°f', 'knots',
]);

/** Irregular plurals the model lemmatises to themselves. */
export const IRREGULAR_LEMMAS: ReadonlyMap<string, string> = new Map([
  ['people', 'person'], ['persons', 'person'], ['men', 'man'], ['women', 'woman'],
  ['children', 'child'],
]);

/** Words before a figure that make it approximate. Longest first so "more than" wins over "over". */
export const APPROXIMATE_BEFORE =
  /(?:^|[^\p{L}])(?:about|around|almost|nearly|some|roughly|approximately|approx\.|more than|less than|fewer than|just over|just under|well over|over|under|up to|at least|at most|close to|upwards of|in excess of|an estimated|estimated|circa|~)\s*$/iu;

/** Words after a figure that make it approximate ("35 minutes or so"). */
export const APPROXIMATE_AFTER = /^(?:\s+or\s+(?:so|more|less|fewer)(?![\p{L}])|\s*-\s*odd(?![\p{L}])|\+)/iu;
