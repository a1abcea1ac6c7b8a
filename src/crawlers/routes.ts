import { createBasicRouter } from '@crawlee/cheerio';
import { profileFor } from '../sites/index.js';
import type { RequestLabel } from './crawl-plan.js';
import type { CrawlContext, CrawlState, UserData } from './crawl-state.js';
import { classifyUrl, parseFeedDocument, type DiscoveredLinks } from './discover.js';
import { readPage, type ReadPage } from './read-page.js';
import { canonicalizeUrl, contentHash } from './seen-store.js';

/** `?trang=1` is the listing itself. */
function withoutFirstPage(url: string, param: string): string {
  const u = new URL(url);
  if (u.searchParams.get(param) !== '1') return url;
  u.searchParams.delete(param);
  return u.href;
}

/** An article page: new facts to the sinks unless its text is already stored; its URLs marked seen. */
async function storeArticle(state: CrawlState, ctx: CrawlContext, page: ReadPage): Promise<void> {
  const { summary, sinks } = state;
  const { article, method } = page;
  const hash = contentHash(article.text);
  // Claimed before any await: two copies fetched at the same time must not both pass.
  const claimed = state.claimedHashes.has(hash);
  state.claimedHashes.add(hash);
  summary.byLabel.article++;
  if (claimed || (await sinks.seen.hasContent(hash))) {
    summary.duplicates++;
    state.log(`duplicate ${ctx.request.url}: same text as an article already stored`);
  } else {
    summary.newArticles++;
    summary.facts += article.facts.length;
    await sinks.onArticle?.(article, { method, warcRecordId: ctx.page.warcRecordId });
    state.log(`article ${ctx.request.url} (${page.why}): ${article.facts.length} facts`);
  }
  const fetchedUrl = ctx.page.fetched.snapshot.finalUrl ?? ctx.page.fetched.snapshot.url;
  for (const k of new Set([ctx.request.uniqueKey, canonicalizeUrl(fetchedUrl)])) await sinks.seen.add(k, hash);
}

/**
 * A page that is not an article: its links are queued, article-looking ones first. Listing-looking links
 * count against --max-depth only when a profile says what a listing is; without one any link may be an
 * article, so pages one hop beyond the depth are fetched but not followed.
 */
async function followLinks(
  state: CrawlState,
  ctx: CrawlContext,
  links: DiscoveredLinks,
  pageUrl: string,
): Promise<void> {
  const { opts, plan, summary } = state;
  const data = ctx.request.userData as UserData;
  summary.byLabel.listing++;
  if (data.depth > opts.maxDepth) {
    state.log(`page ${pageUrl}: not an article, beyond --max-depth: links not followed`);
    return;
  }
  const profile = plan.generic ? undefined : profileFor(pageUrl);
  const next: UserData = { depth: data.depth + 1 };
  if (profile?.pagination) links.listings = links.listings.map((u) => withoutFirstPage(u, profile.pagination!.param));
  const before = summary.skipped.seen;
  const add = ctx.addRequests;
  const articles = await state.admit(
    links.articles.map((u) => state.toFetch(u)),
    'article',
    next,
    add,
  );
  const inScope = links.listings.filter(
    (u) => plan.listingScopes.length === 0 || plan.listingScopes.some((p) => u.startsWith(p)),
  );
  summary.skipped.scope += links.listings.length - inScope.length;
  if (plan.generic || data.depth + 1 <= opts.maxDepth) {
    await state.admit(
      [...inScope, ...links.others].map((u) => state.toFetch(u)),
      'listing',
      next,
      add,
    );
  } else {
    summary.skipped.depth += inScope.length;
  }
  if (plan.generic && data.depth === 0) await state.admit(links.feeds, 'feed', { depth: 1 }, add);
  const pagination = profile?.pagination;
  const pageNo = data.page ?? 1;
  if (pagination && pageNo < pagination.maxPages && articles > 0) {
    const u = new URL(pageUrl);
    u.searchParams.set(pagination.param, String(pageNo + 1));
    await state.admit([state.toFetch(u.href)], 'listing', { depth: data.depth, page: pageNo + 1 }, add);
  }
  const found = links.articles.length + links.listings.length + links.others.length;
  state.log(`listing ${pageUrl}: ${found} links (${articles} article-like new, ${summary.skipped.seen - before} seen)`);
}

/** Any HTML page, whatever its label said: the page decides whether it is an article or a listing. */
async function handleHtml(state: CrawlState, ctx: CrawlContext): Promise<void> {
  const page = readPage(ctx.page.snapshot, { generic: state.plan.generic });
  const pageUrl = ctx.page.snapshot.finalUrl ?? ctx.page.snapshot.url;
  if (page.isArticle) await storeArticle(state, ctx, page);
  else await followLinks(state, ctx, page.links, pageUrl);
}

/** An RSS/Atom feed, a sitemap or a sitemap index: its pages are queued as likely articles. */
async function handleFeed(state: CrawlState, ctx: CrawlContext): Promise<void> {
  const { opts, plan, summary } = state;
  const data = ctx.request.userData as UserData;
  summary.byLabel.feed++;
  const feedUrl = ctx.page.snapshot.finalUrl ?? ctx.page.snapshot.url;
  const doc = parseFeedDocument(Buffer.from(ctx.page.snapshot.body).toString('utf8'), feedUrl);
  const profile = plan.generic ? undefined : profileFor(feedUrl);
  // A profile knows its listings; without one every entry of a feed is taken for an article.
  const pages = (profile ? doc.pages.filter((u) => classifyUrl(u, profile) !== 'listing') : doc.pages).slice(
    0,
    opts.maxPages,
  );
  const n = await state.admit(
    pages.map((u) => state.toFetch(u)),
    'article',
    { depth: data.depth + 1 },
    ctx.addRequests,
  );
  if (data.depth + 1 <= opts.maxDepth) {
    await state.admit(
      doc.sitemaps.slice(0, 5).map((u) => state.toFetch(u)),
      'feed',
      { depth: data.depth + 1 },
      ctx.addRequests,
    );
  }
  state.log(`${doc.kind} ${feedUrl}: ${doc.pages.length} pages (${n} new), ${doc.sitemaps.length} sitemaps`);
}

/** crawlee's router of labelled handlers; the label is only a hint for HTML pages (see handleHtml). */
export function createRoutes(state: CrawlState) {
  const router = createBasicRouter<CrawlContext>();
  const labels: Record<RequestLabel, (ctx: CrawlContext) => Promise<void>> = {
    listing: (ctx) => handleHtml(state, ctx),
    article: (ctx) => handleHtml(state, ctx),
    feed: (ctx) => handleFeed(state, ctx),
  };
  for (const [label, handler] of Object.entries(labels)) router.addHandler(label, handler);
  return router;
}
