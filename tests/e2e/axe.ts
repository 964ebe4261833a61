/** axe in the browser tests: a page has no violations, or the failure lists each one readably. */
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

type Results = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** The violations, readable in a failure message: rule, impact, help, and each node with its summary. */
function describe(violations: Results['violations']): string {
	return violations
		.map((v) =>
			[
				`${v.id} (${v.impact ?? 'unknown impact'}): ${v.help} — ${v.helpUrl}`,
				...v.nodes.map(
					(n) =>
						`  ${n.target.join(' ')}\n    ${n.html}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`
				)
			].join('\n')
		)
		.join('\n\n');
}

export async function expectNoViolations(page: Page): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations,
		`axe found ${violations.length} violation(s) on ${page.url()}:\n${describe(violations)}`
	).toEqual([]);
}
