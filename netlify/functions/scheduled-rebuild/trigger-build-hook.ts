/**
 * The logic of the scheduled rebuild (`netlify/functions/scheduled-rebuild/scheduled-rebuild.ts`): POST to the
 * Netlify build hook named by `BUILD_HOOK_URL`, so an embargoed press release goes live within
 * the hour after its publish time. Pure apart from the `fetch` it is given.
 */
export const BUILD_HOOK_ENV = 'BUILD_HOOK_URL';

export type Fetch = (
  url: string,
  init: { method: string },
) => Promise<{
  ok: boolean;
  status: number;
}>;

export async function triggerBuildHook(
  env: Record<string, string | undefined>,
  fetchImpl: Fetch,
  reason = 'Schemalagd ombyggnad: publicerar pressmeddelanden vars embargo har gått ut',
): Promise<{ status: number }> {
  const hook = env[BUILD_HOOK_ENV]?.trim();
  if (!hook) {
    throw new Error(
      `${BUILD_HOOK_ENV} is not set: create a build hook (Site configuration → Build & deploy → Build hooks) and set ${BUILD_HOOK_ENV} to its URL in the site's environment variables`,
    );
  }
  let url: URL;
  try {
    url = new URL(hook);
  } catch {
    throw new Error(`${BUILD_HOOK_ENV} is not a URL: ${hook}`);
  }
  if (url.protocol !== 'https:') throw new Error(`${BUILD_HOOK_ENV} must be an https URL: ${hook}`);
  // Netlify shows `trigger_title` as the reason of the deploy.
  url.searchParams.set('trigger_title', reason);
  const response = await fetchImpl(url.href, { method: 'POST' });
  if (!response.ok) throw new Error(`The build hook answered ${response.status}`);
  return { status: response.status };
}
