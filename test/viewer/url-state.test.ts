import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState, EMPTY_URL_STATE, type UrlState } from '../../viewer/src/url-state.ts';

describe('URL state', () => {
  it('round-trips selection, filters, camera and graph source', () => {
    const state: UrlState = {
      graph: 'https://example.org/g.ttl?x=1&y=2',
      node: 'https://w3id.org/actorgraph/id/country/pakistan',
      edge: null,
      filters: { hiddenTypes: ['Person', 'City'], hiddenKinds: ['met'], status: 'former', doc: 'https://w3id.org/actorgraph/id/doc/a1', from: '1999', to: '2011-06' },
      camera: { x: 0.5, y: 0.25, ratio: 0.35 },
      corpus: { showUnconnected: true, top: 120, rankBy: 'documents', colorBy: 'community' },
    };
    expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
  });

  it('keeps an edge selection (IRIs joined by spaces)', () => {
    const edge = 'https://w3id.org/a https://w3id.org/ns#visited https://w3id.org/b';
    expect(decodeUrlState(encodeUrlState({ ...EMPTY_URL_STATE, edge })).edge).toBe(edge);
  });

  it('writes nothing for the default view', () => {
    expect(encodeUrlState(EMPTY_URL_STATE)).toBe('');
  });

  it('rounds the camera so that links stay short', () => {
    expect(encodeUrlState({ ...EMPTY_URL_STATE, camera: { x: 0.123456789, y: 1, ratio: 2 } })).toBe('?cam=0.1235%2C1%2C2');
  });

  it('ignores values it cannot trust instead of failing', () => {
    const s = decodeUrlState('?status=bogus&from=<script>&to=2020-13-99x&cam=1,2,-3&hideTypes=,,Person');
    expect(s.filters).toMatchObject({ status: 'all', from: null, to: null, hiddenTypes: ['Person'] });
    expect(s.camera).toBeNull();
  });

  it('carries the corpus view: "all" for no top-N cut, nothing it cannot read', () => {
    expect(decodeUrlState('?top=all&unconnected=hide').corpus).toEqual({ top: null, showUnconnected: false });
    expect(decodeUrlState('?top=-3&unconnected=maybe&rank=size&color=red').corpus).toEqual({});
    expect(encodeUrlState({ ...EMPTY_URL_STATE, corpus: { top: null } })).toBe('?top=all');
  });
});
