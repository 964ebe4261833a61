/** For the tests: a server-sent event stream read event by event. */
export interface SseEvent {
	id?: string;
	event?: string;
	data: string;
}

export function readEvents(response: Response) {
	const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = '';
	/** The next event for which `wanted` holds (comments and retry lines skipped). */
	async function next(wanted: (e: SseEvent) => boolean = () => true): Promise<SseEvent> {
		for (;;) {
			let cut: number;
			while ((cut = buffer.indexOf('\n\n')) >= 0) {
				const block = buffer.slice(0, cut);
				buffer = buffer.slice(cut + 2);
				const e: SseEvent = { data: '' };
				for (const line of block.split('\n')) {
					const at = line.indexOf(': ');
					if (line.startsWith(':') || at < 0) continue;
					const [field, value] = [line.slice(0, at), line.slice(at + 2)];
					if (field === 'id') e.id = value;
					else if (field === 'event') e.event = value;
					else if (field === 'data') e.data += value;
				}
				if (e.event && wanted(e)) return e;
			}
			const { done, value } = await reader.read();
			if (done) throw new Error('The stream ended.');
			buffer += value;
		}
	}
	return { next, close: () => reader.cancel() };
}
