// A view's filters into the address bar without asking the server to render
// the page again: the App Router follows history.replaceState (with a null
// state) and useSearchParams updates, and the view's own query fetches the
// data once. router.replace would also re-run the page on the server, the
// same query twice for every filter change.
export function replaceAddress(url: string): void {
  window.history.replaceState(null, "", url);
}
