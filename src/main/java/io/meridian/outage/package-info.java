/**
 * The database out of reach while the server runs (PostgreSQL restarted or down, the network to it broken): every
 * request that needs it is answered 503 with {@code Retry-After} and a sentence saying so, logged in one line, where it
 * was a 500 with a stack trace in the log for every request. The server recovers by itself once the database answers
 * again: the connection pool opens new connections (README "Running on PostgreSQL"). {@link DatabaseOutage} tells such
 * a failure from any other, for the answers of {@code /api} and engine-rest; {@link OutageFilter} answers whatever
 * reaches it from any path, and once it met the outage answers the requests that need the database at once until
 * {@link OutageWatch} finds a connection answering; {@link OutageLogFilter} turns the framework's stack traces of the
 * outage into one log line a minute per kind.
 *
 * <p>Public surface: {@link DatabaseOutage}.
 */
package io.meridian.outage;
