import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteVocabulary } from '../../src/search/site-vocabulary.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const file = { words: ['klotter', 'polisen'], forms: { klottret: 'klotter' } };

describe('siteVocabulary', () => {
  it('fetches the file once, however often it is asked for, and reads its words when a search needs them', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(file)));
    vi.stubGlobal('fetch', fetch);
    const { fetchVocabulary, loadVocabulary } = siteVocabulary('/sok/ordlista.json');
    expect(await fetchVocabulary()).toEqual(file);
    const words = await loadVocabulary();
    await loadVocabulary();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('/sok/ordlista.json');
    expect(words.words).toEqual(['klotter', 'polisen']);
    expect(words.forms.get('klottret')).toBe('klotter');
  });

  it('forgets a failed fetch, so the next search tries again', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response('', { status: 503 }))
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValueOnce(new Response(JSON.stringify(file)));
    vi.stubGlobal('fetch', fetch);
    const { loadVocabulary } = siteVocabulary('/sok/ordlista.json');
    await expect(loadVocabulary()).rejects.toThrow('/sok/ordlista.json: HTTP 503');
    await expect(loadVocabulary()).rejects.toThrow('offline');
    expect((await loadVocabulary()).words).toEqual(['klotter', 'polisen']);
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
