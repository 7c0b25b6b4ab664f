/**
 * The OpenAPI description of {@code /api} (served at {@code /api/openapi}) and Swagger UI (at {@code
 * /api/docs}), both behind the same HTTP Basic sign-in as the API. {@link io.meridian.apidocs.ApiDescription}
 * adds what every operation shares: the security scheme and the problem+json answers for a client's mistakes.
 *
 * <p>Public surface: none.
 */
package io.meridian.apidocs;
