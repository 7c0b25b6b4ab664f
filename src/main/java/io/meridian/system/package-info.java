/**
 * Cross-cutting configuration: security, identity, error answers.
 *
 * <p>Public surface: {@link AdminSettings}, {@link AllowedGroups}, {@link CachedBodyRequest}, {@link Caller},
 * {@link CompletionCheck}, {@link ConflictException}, {@link CountryCodes}, {@link EngineReads},
 * {@link Groups}, {@link Inputs}, {@link InvalidInputException}, {@link ListQuery}, {@link LoginSettings},
 * {@link NotFoundException}, {@link Page}, {@link ReadsRecords}, {@link SecuritySettings},
 * {@link StaffDirectory}.
 */
package io.meridian.system;
