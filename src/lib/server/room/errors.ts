/** An error a person can meet: its HTTP status and a sentence saying what to do. */
export class RoomError extends Error {
	constructor(
		readonly status: number,
		message: string,
		/** Seconds to wait before trying again (429). */
		readonly retryAfter?: number
	) {
		super(message);
	}
}

/** The same answer for every code that names no room, so a guess learns nothing from it. */
export const NO_SUCH_ROOM =
	'There is no room with that code. Check the code on the screen and type it again.';
export const noSuchRoom = () => new RoomError(404, NO_SUCH_ROOM);
