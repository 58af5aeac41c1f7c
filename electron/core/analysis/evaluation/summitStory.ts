/**
 * Test fixture: one invented story (a fisheries summit; people, places and outlets all made up
 * for Copydesk) told by four outlets in their own words, all agreeing. The planted-change test
 * plants errors in it when the real corpus is absent, and always for venues, which the corpus
 * rarely names.
 */
import type { SourceInput } from '../analyzeSources';

const OUTLETS = [
  'Fisheries ministers from Norland and Vestmark met at Calder House in Port Arlen on Thursday for talks on the herring quota.\n\n' +
    'The talks lasted four hours, and Norland fisheries minister Helga Rasmussen said 14 boats had been impounded since March.\n\n' +
    'Vestmark minister Oskar Lindqvist said the two countries would sign a new agreement at Brennick Palace on Saturday.\n\n' +
    'About 300 fishermen protested outside the Harbour Exchange Building while the ministers met.',
  'The fisheries ministers of Norland and Vestmark held talks at Calder House in Port Arlen on Thursday over the herring quota.\n\n' +
    'After four hours of talks, Norland fisheries minister Helga Rasmussen said 14 boats had been impounded since March.\n\n' +
    'Her Vestmark counterpart Oskar Lindqvist said a new agreement would be signed at Brennick Palace on Saturday.\n\n' +
    'Some 300 fishermen demonstrated outside the Harbour Exchange Building during the meeting.',
  'Norland and Vestmark fisheries ministers gathered at Calder House in Port Arlen on Thursday to discuss the herring quota.\n\n' +
    'Norland fisheries minister Helga Rasmussen said after the four-hour talks that 14 boats had been impounded since March.\n\n' +
    'Oskar Lindqvist, the Vestmark minister, said both countries would sign a new agreement at Brennick Palace on Saturday.\n\n' +
    'Around 300 fishermen rallied outside the Harbour Exchange Building as the ministers talked.',
  'Ministers for fisheries from Norland and Vestmark met on Thursday at Calder House in Port Arlen about the herring quota.\n\n' +
    'The meeting lasted four hours; Norland fisheries minister Helga Rasmussen said 14 boats had been impounded since March.\n\n' +
    'Vestmark minister Oskar Lindqvist said the agreement would be signed at Brennick Palace on Saturday.\n\n' +
    'Roughly 300 fishermen protested outside the Harbour Exchange Building while the ministers met.',
];

export function summitSources(): SourceInput[] {
  return OUTLETS.map((text, i) => ({ id: i + 1, title: `Summit outlet ${i + 1}`, text, nearDuplicateOf: null }));
}
