/**
 * What `schedule add --site` means: an edition id as it is, or a start URL of any site: the discover job
 * then starts from that URL (its feeds and sitemaps are found from it) and goes two listing levels deep,
 * since without a profile an article can sit one or two links from the home page.
 */
export function siteSchedule(
  site: string,
  editions: readonly string[],
): { id: string; site: string; depth: number; startUrls?: string[] } | undefined {
  if (editions.includes(site)) return { id: `discover-${site}`, site, depth: 0 };
  if (!/^https?:\/\//i.test(site)) return undefined;
  let u: URL;
  try {
    u = new URL(site);
  } catch {
    return undefined;
  }
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  return { id: `discover-${host}${u.port ? `-${u.port}` : ''}`, site: host, depth: 2, startUrls: [u.href] };
}
