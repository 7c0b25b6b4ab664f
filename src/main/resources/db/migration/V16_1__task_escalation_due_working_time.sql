-- The escalation sweep counts a task's share of its time in the working time of the team that works its client
-- (README "A task's time is the team's working time"). The plans kept before counted the hours as they pass, and
-- may lie later than the moment a task now reaches its next level. Dropping them makes the next run check and plan
-- every open task again: task_escalation_due is a cache of decisions; task_escalation, the record of the levels
-- reached, is untouched.
delete from task_escalation_due;
