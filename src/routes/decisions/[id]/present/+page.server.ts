import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { findDecision, loadGuide } from '$lib/decisions/registry';
import { presentSteps } from '$lib/present/steps';
import type { PageServerLoad } from './$types';

// Presenter mode's address without a step (typed, or cut short) opens its first step, on the same
// scenario. The address is built from the decision's own id, never from the one asked for.
export const load: PageServerLoad = async ({ params, url }) => {
	const decision = findDecision(params.id);
	if (!decision) error(404, `There is no decision called “${params.id.slice(0, 40)}”.`);
	const [first] = presentSteps(await loadGuide(decision.id));
	if (!first) error(404, `Presenter mode has no steps for “${decision.id}”.`);
	redirect(
		307,
		`${resolve('/decisions/[id]/present/[step]', { id: decision.id, step: first.id })}${url.search}`
	);
};
