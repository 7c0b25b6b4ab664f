/** Cross-cutting configuration: security, identity, error answers. */
package io.meridian.system;
