// The landing page is a list of links and a drawing: it needs no JavaScript in the browser, so it ships
// none, and a room of phones loads it at once.
export const csr = false;
