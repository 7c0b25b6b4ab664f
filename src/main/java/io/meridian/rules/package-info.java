/**
 * The analysts' decision tables: building workbooks into rules, keeping the active versions, running them.
 *
 * <p>Public surface: {@link CellFormat}, {@link CheckReport}, {@link CheckedWorkbook}, {@link CompiledTable},
 * {@link DecisionPreview}, {@link DecisionTableCompiler}, {@link FiredRule}, {@link GroupCells}, {@link PreviewSource},
 * {@link RuleBook}, {@link RuleBookException}, {@link RuleCell}, {@link RuleBookListener}, {@link RuleProblem}, {@link RuleRun},
 * {@link RuleVersionRepository}, {@link RuleVersions}, {@link RulesPrecompiler} (spring.factories creates it),
 * {@link RulesSettings}, {@link ScenarioResult}, {@link ScenarioRow}, {@link ShippedBuilds} (the Maven build runs its main),
 * {@link ScenarioRunner}, {@link SheetRendering}, {@link WorkbookDiff}, {@link WorkbookValidator}.
 */
package io.meridian.rules;
