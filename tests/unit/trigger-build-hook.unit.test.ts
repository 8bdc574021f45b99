import { afterEach, describe, expect, it, vi } from 'vitest';
import scheduledRebuild, { config } from '../../netlify/functions/scheduled-rebuild/scheduled-rebuild.ts';
import { type Fetch, triggerBuildHook } from '../../netlify/functions/scheduled-rebuild/trigger-build-hook.ts';

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
  const SITE = 'https://trygg.example.se';
  const context = { site: { url: SITE } };
  /** A fetch that serves `schedule` at /byggschema.json (404 when undefined) and answers the hook. */
  const site = (schedule: unknown, hookStatus = 200) =>
    vi.fn<(url: string, init?: { method?: string }) => Promise<Response>>(async (url) => {
      if (url === `${SITE}/byggschema.json`) {
        return schedule === undefined ? new Response('', { status: 404 }) : Response.json(schedule);
      }
      return new Response('', { status: hookStatus });
    });
  const hookCalls = (fetch: ReturnType<typeof site>) => fetch.mock.calls.filter(([url]) => url.startsWith(HOOK));

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('runs every hour', () => {
    expect(config).toEqual({ schedule: '@hourly' });
  });

  it('calls the hook, once, when the schedule says a build has fallen due', async () => {
    vi.stubEnv('BUILD_HOOK_URL', HOOK);
    vi.useFakeTimers({ now: new Date('2026-12-03T10:00:05Z'), toFake: ['Date'] });
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const fetch = site({ builtAt: '2026-12-03T08:12:00Z', nextBuildAt: '2026-12-03T10:00:00.000Z' });
    vi.stubGlobal('fetch', fetch);
    const response = await scheduledRebuild(new Request(`${SITE}/`), context);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/Build hook called \(200\): due at 2026-12-03T10:00/);
    expect(hookCalls(fetch)).toHaveLength(1);
    expect(hookCalls(fetch)[0]?.[1]).toEqual({ method: 'POST' });
  });

  it('calls nothing when nothing is due yet, or nothing is scheduled', async () => {
    vi.stubEnv('BUILD_HOOK_URL', HOOK);
    vi.useFakeTimers({ now: new Date('2026-12-03T09:00:02Z'), toFake: ['Date'] });
    const logged = vi.spyOn(console, 'log').mockImplementation(() => {});
    for (const nextBuildAt of ['2026-12-03T10:00:00.000Z', null]) {
      const fetch = site({ builtAt: '2026-12-03T08:12:00Z', nextBuildAt });
      vi.stubGlobal('fetch', fetch);
      const response = await scheduledRebuild(new Request(`${SITE}/`), context);
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/^No build: (next build due at 2026-12-03T10:00|nothing scheduled)/);
      expect(hookCalls(fetch)).toHaveLength(0);
    }
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/nothing scheduled/));
  });

  it('builds to be safe when the site serves no schedule', async () => {
    vi.stubEnv('BUILD_HOOK_URL', HOOK);
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const fetch = site(undefined);
    vi.stubGlobal('fetch', fetch);
    const response = await scheduledRebuild(new Request(`${SITE}/`), context);
    expect(await response.text()).toMatch(/could not be fetched: building to be safe/);
    expect(hookCalls(fetch)).toHaveLength(1);
  });

  it('reads the site address from URL when the context has none', async () => {
    vi.stubEnv('BUILD_HOOK_URL', HOOK);
    vi.stubEnv('URL', SITE);
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const fetch = site({ builtAt: '2026-12-03T08:12:00Z', nextBuildAt: null });
    vi.stubGlobal('fetch', fetch);
    const response = await scheduledRebuild();
    expect(await response.text()).toMatch(/nothing scheduled/);
    expect(fetch).toHaveBeenCalledWith(`${SITE}/byggschema.json`, expect.anything());
  });

  it('fails the run with the clear message when a build is due and BUILD_HOOK_URL is missing', async () => {
    vi.stubEnv('BUILD_HOOK_URL', '');
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const fetch = site({ builtAt: '2026-12-03T08:12:00Z', nextBuildAt: '2020-01-01T10:00:00.000Z' });
    vi.stubGlobal('fetch', fetch);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await scheduledRebuild(new Request(`${SITE}/`), context);
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(/BUILD_HOOK_URL is not set/);
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/BUILD_HOOK_URL is not set/));
    expect(hookCalls(fetch)).toHaveLength(0);
  });
});
