/**
 * The process plumbing every client process shares (journey, order fulfilment, complaint): typed reads of
 * process variables, the client's clocks and emails for a step, task due times from the rules each capability
 * contributes ({@link io.meridian.process.TaskDueRule}), task names, the briefing and guidance a task form
 * shows, email previews, where an instance stands, and who deleted one. It names no capability: capabilities plug in through its
 * interfaces.
 *
 * <p>Public surface: {@link BriefingSection}, {@link CallWindowDue}, {@link ClientBackAt}, {@link ClientClocks}, {@link ClientClosedDue}, {@link ClientMail},
 * {@link ClientRaisedAt}, {@link ClientToday},
 * {@link ClientVariables}, {@link CrisisChannel}, {@link CurrentStep}, {@link CurrentSteps}, {@link EmailPreview}, {@link InstanceVariables}, {@link ManagersAlerted},
 * {@link ProcessDeletions}, {@link ProcessValues}, {@link RoundTheClock}, {@link RunningInstances}, {@link TaskClocks}, {@link TaskDueRule}, {@link TaskGuidance}, {@link TaskLabels},
 * {@link VariableReader}.
 */
package io.meridian.process;
