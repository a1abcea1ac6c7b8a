/** The most bytes a page may have: a fetched body, and a stored page after decompression. */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;
