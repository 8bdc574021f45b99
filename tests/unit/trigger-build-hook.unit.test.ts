import { afterEach, describe, expect, it, vi } from 'vitest';
import scheduledRebuild, { config } from '../../netlify/functions/scheduled-rebuild.ts';
import { type Fetch, triggerBuildHook } from '../../src/utils/trigger-build-hook.ts';

const HOOK = 'https://api.netlify.com/build_hooks/abc123';
const answering = (status: number) => vi.fn<Fetch>(async () => ({ ok: status >= 200 && status < 300, status }));

describe('triggerBuildHook (the scheduled rebuild)', () => {
  it('POSTs to the build hook from BUILD_HOOK_URL, once, with a reason Netlify shows', async () => {
    const fetch = answering(200);
    await expect(triggerBuildHook({ BUILD_HOOK_URL: HOOK }, fetch)).resolves.toEqual({ status: 200 });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(init).toEqual({ method: 'POST' });
    const called = new URL(url as string);
    expect(`${called.origin}${called.pathname}`).toBe(HOOK);
    expect(called.searchParams.get('trigger_title')).toMatch(/embargo/);
  });

  it('fails with a clear error, and calls nothing, when BUILD_HOOK_URL is missing or blank', async () => {
    for (const env of [{}, { BUILD_HOOK_URL: '' }, { BUILD_HOOK_URL: '  ' }]) {
      const fetch = answering(200);
      await expect(triggerBuildHook(env, fetch)).rejects.toThrow(/BUILD_HOOK_URL is not set.*build hook/);
      expect(fetch).not.toHaveBeenCalled();
    }
  });

  it('refuses a value that is not an https URL', async () => {
    const fetch = answering(200);
    await expect(triggerBuildHook({ BUILD_HOOK_URL: 'not a url' }, fetch)).rejects.toThrow(/not a URL/);
    await expect(triggerBuildHook({ BUILD_HOOK_URL: 'http://example.com/hook' }, fetch)).rejects.toThrow(/https/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fails when the hook answers with an error status', async () => {
    await expect(triggerBuildHook({ BUILD_HOOK_URL: HOOK }, answering(404))).rejects.toThrow(/answered 404/);
  });
});

describe('the Netlify scheduled function', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  it('runs every hour', () => {
    expect(config).toEqual({ schedule: '@hourly' });
  });

  it('POSTs to the hook from the environment and reports success', async () => {
    vi.stubEnv('BUILD_HOOK_URL', HOOK);
    const fetch = answering(200);
    vi.stubGlobal('fetch', fetch);
    const response = await scheduledRebuild();
    expect(response.status).toBe(200);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[1]).toEqual({ method: 'POST' });
  });

  it('fails the run with the clear message when BUILD_HOOK_URL is missing', async () => {
    vi.stubEnv('BUILD_HOOK_URL', '');
    const fetch = answering(200);
    vi.stubGlobal('fetch', fetch);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await scheduledRebuild();
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(/BUILD_HOOK_URL is not set/);
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/BUILD_HOOK_URL is not set/));
    expect(fetch).not.toHaveBeenCalled();
  });
});
