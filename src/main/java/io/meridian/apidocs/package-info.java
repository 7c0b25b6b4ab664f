/**
 * The OpenAPI description of {@code /api} (served at {@code /api/openapi}) and Swagger UI (at {@code
 * /api/docs}), both behind the same HTTP Basic sign-in as the API. {@link io.meridian.apidocs.ApiDescription}
 * adds what every operation shares: the security scheme and the problem+json answers for a client's mistakes, and
 * orders the operations as a journey meets them ({@link io.meridian.apidocs.JourneyPathItem} within a path);
 * {@link io.meridian.apidocs.RequestConstraints} what the server checks in a request's fields;
 * {@link io.meridian.apidocs.AnswerFields} which fields of an answer may be null (records' {@code jakarta.annotation.Nullable})
 * and which it always carries ({@code required}: those Jackson writes whatever their value, on schemas only answers use;
 * what each field means is its record's {@code @Schema(description)}); springdoc's usual addresses ({@code /v3/api-docs},
 * {@code /swagger-ui.html}) redirect to both.
 *
 * <p>Public surface: none.
 */
package io.meridian.apidocs;
