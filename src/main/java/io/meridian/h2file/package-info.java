/**
 * Upkeep of the default H2 file database while the server runs. The default URL carries
 * {@code WRITE_DELAY=0}, so that every commit is in the file before the client gets its answer;
 * with that setting H2 starts no background writer, and its background writer is also what
 * rewrites the half-empty chunks of the file. Without it a chunk that keeps one live page stays
 * until H2 closes, and the file only grows: about 95 MB per 30 s burst of 8 inquiries a second,
 * never taken back in the quiet between bursts. {@link H2FileHousekeeping} does that part of H2's
 * housekeeping on a thread of its own, in H2's two modes (little while the file is busy, more once
 * it is quiet): the same bursts leave 32–63 MB after the quiet (README "What survives a crash").
 * {@link H2DataSourceUrl} gives an own H2 URL the settings the server's promises need ({@link H2UrlSettings}).
 *
 * <p>Public surface: none.
 */
package io.meridian.h2file;
