import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { compileModel } from '$lib/engine/model';
import { Reporter } from '$lib/engine/report';
import { cardedModel } from '$lib/ui/testing/carded-model';
import Outcome from './Outcome.svelte';

const report = new Reporter(compileModel(cardedModel)).report({}, { samples: 2000, seed: 1 });
const colors = new Map(cardedModel.options.map((o, k) => [o.id, `var(--option-${k})`]));

describe('the outcome slide', () => {
	it('points to no scale “below” that it keeps folded: its uncertainty sentence says the band itself', () => {
		const { container } = render(Outcome, { model: cardedModel, report, colors });
		const sentence = screen.getByTestId('uncertainty').textContent!;
		const scale = container.querySelector<HTMLDetailsElement>('details.scale');
		// The scale under the verdict is folded on a slide, where a room cannot open it.
		expect(scale).not.toBeNull();
		expect(scale!.open).toBe(false);
		expect(sentence).not.toMatch(/below/);
		expect(sentence).toMatch(/\(on the verdict’s scale, [^)]*\d\s% is [a-z ]+\)/);
	});
});
