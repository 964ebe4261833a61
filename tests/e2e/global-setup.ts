import { accessSync, constants } from 'node:fs';

/** The Chromium the tests drive: Playwright cannot download its own browsers here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the tests cannot run a browser, or null when they can. */
export function chromiumProblem(): string | null {
	try {
		accessSync(chromiumPath, constants.X_OK);
		return null;
	} catch {
		const what = process.env.CHROMIUM_PATH
			? `CHROMIUM_PATH is set to "${chromiumPath}", but there is no executable there.`
			: `No Chromium at ${chromiumPath}.`;
		return (
			`${what} Install it with \`apt-get install -y chromium\` (Debian/Ubuntu), or set CHROMIUM_PATH ` +
			'to a Chromium or Chrome executable, e.g. `CHROMIUM_PATH=/opt/chrome/chrome npm run test:e2e`.'
		);
	}
}

/** Fails before any test runs, with a way out, when there is no Chromium to drive. */
export default function globalSetup(): void {
	const problem = chromiumProblem();
	if (problem) throw new Error(problem);
}
