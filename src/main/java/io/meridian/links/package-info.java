/**
 * Links into the server's own pages for what the server writes to people (staff emails, task forms): made
 * from the address the team opens the server at ({@code meridian.public-url}).
 *
 * <p>Public surface: {@link WebappLinks}.
 */
package io.meridian.links;
