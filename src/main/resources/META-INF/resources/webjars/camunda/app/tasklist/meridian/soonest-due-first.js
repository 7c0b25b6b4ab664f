// Meridian: Tasklist lists a filter's tasks soonest due first, so that what is late or about to be is on top.
//
// Tasklist keeps the list's sorting in its address (#/?...&sorting=[{"sortBy":...,"sortOrder":...}]) and sorts by
// creation, newest first, when the address names none. This script gives a task-list address without a sorting
// "due date, soonest first", and among tasks due at the same moment (the inquiries of a weekend, all due when the
// team's Monday ends) the one made first; a sorting chosen in the list's header is in the address and stays.
const SOONEST_DUE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}, {sortBy: 'created', sortOrder: 'asc'}]);

/** The address with the default sorting, or null when it is not the task list or names a sorting already. */
function withSoonestDueFirst(hash) {
  const list = /^#?\/?(?:\?(.*))?$/.exec(hash || '');
  if (!list) {
    return null; // another view: the sign-in form, a start form
  }
  const query = new URLSearchParams(list[1] || '');
  if (query.has('sorting')) {
    return null;
  }
  query.set('sorting', SOONEST_DUE_FIRST);
  return '#/?' + query.toString();
}

function sortSoonestDueFirst() {
  const hash = withSoonestDueFirst(window.location.hash);
  if (hash !== null) {
    // in place of the address without a sorting (no extra step back), then told to the app as any change of address
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search + hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }
}

// at once, before the app reads its first address; then on every change of address within the page (a link to a task,
// the back button), on popstate, which the browser fires before hashchange and the app listens to as well: this
// script's listeners come first, so the app reads the address with the sorting
sortSoonestDueFirst();
window.addEventListener('popstate', sortSoonestDueFirst);
window.addEventListener('hashchange', sortSoonestDueFirst);
