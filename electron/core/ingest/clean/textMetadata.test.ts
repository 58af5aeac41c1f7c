import { describe, expect, it } from 'vitest';
import { classifyBlocks } from './classifyBlocks';
import { textMetadata } from './textMetadata';

function metadataOf(text: string) {
  return textMetadata(classifyBlocks(text));
}

describe('textMetadata', () => {
  it('reads the title and the byline names, without "By"', () => {
    expect(metadataOf('Pier reopens after repairs\n\nBy Jane Doe and John Roe\n\nThe pier reopened on Saturday after a year of work.')).toEqual({
      title: 'Pier reopens after repairs',
      author: 'Jane Doe and John Roe',
    });
  });

  it('reads the outlet from a dateline agency', () => {
    expect(metadataOf('Pier reopens\n\nHALDEN, May 2 (Fjord Wire) – The pier reopened on Saturday.').outlet).toBe('Fjord Wire');
  });

  it('reads the outlet from a leading "Outlet –" but not from a place in capitals', () => {
    expect(metadataOf('Pier reopens\n\nCoast Daily – The pier reopened on Saturday.').outlet).toBe('Coast Daily');
    expect(metadataOf('Pier reopens\n\nHALDEN — The pier reopened on Saturday.')).toEqual({ title: 'Pier reopens' });
  });

  it('reads author and outlet from a "Name | Outlet" byline', () => {
    expect(metadataOf('Pier reopens\n\nJane Doe | Coast Daily\n\nThe pier reopened on Saturday.')).toEqual({
      title: 'Pier reopens',
      author: 'Jane Doe',
      outlet: 'Coast Daily',
    });
  });

  it('invents nothing when the text names nothing', () => {
    expect(metadataOf('The pier reopened on Saturday after a year of work.\n\nCrowds came.')).toEqual({});
  });
});
