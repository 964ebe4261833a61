/**
 * A block of text the server renders and the browser does not carry: the sources' quotes and the teaching
 * context of a decision page, which are most of a model's weight and which few visits open. On the server
 * (Rendered) it renders `children(now)` from the whole data; in the browser (Kept) it hydrates an empty
 * element onto the server's, so the text in it stays as the server wrote it and no script needs it. Where
 * the browser renders the block itself (a page it opens without the server, by a link inside the app), it
 * loads the data with `later()` when the block is first shown, and renders `children` from that.
 *
 * Both variants have the same markup around the text (one if-block, its first branch an element), so a
 * server page hydrates with either; the bundle of each side has only its own.
 */
import Kept from './Kept.svelte';
import Rendered from './Rendered.svelte';

export const ServerText = import.meta.env.SSR ? Rendered : Kept;
