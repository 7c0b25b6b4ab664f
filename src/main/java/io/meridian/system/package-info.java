/**
 * Cross-cutting configuration: security, identity, error answers, and the request constraints that name the field
 * in their message ({@link Text}, {@link OneOf}, {@link CountryCode}, ...), answered like every other refusal.
 *
 * <p>Public surface: {@link AdminSettings}, {@link AllowedGroups}, {@link CachedBodyRequest}, {@link Caller}, {@link CallerDesks},
 * {@link CompletionCheck}, {@link ConfiguredTeams}, {@link ConflictException}, {@link CountryCode}, {@link CountryCodes},
 * {@link EmailAddress}, {@link EngineReads}, {@link ForbiddenException}, {@link Groups}, {@link Inputs}, {@link InvalidInputException}, {@link IsoDate},
 * {@link IsoInstant}, {@link LanguageTag}, {@link LanguageTags}, {@link ListQuery}, {@link LoginSettings}, {@link NotFoundException}, {@link OneOf}, {@link OpenToDesks},
 * {@link Page}, {@link ProblemErrorReportValve}, {@link ReadsRecords}, {@link RepeatingTimerConflictLogInstaller}, {@link SecuritySettings},
 * {@link StaffDirectory}, {@link Text}, {@link TimeZoneId}, {@link TimeZones}, {@link ZeroOrMore}.
 */
package io.meridian.system;
