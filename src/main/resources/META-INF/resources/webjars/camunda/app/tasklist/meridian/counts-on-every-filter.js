// Meridian: every filter in Tasklist's list shows how many tasks it holds, "Sales: overdue (2)" too, where Tasklist counts
// only the filter open: a team member saw on the start page whether anything is late only by opening "overdue".
//
// One call to the engine API lists the user's filters with their counts (GET .../filter?itemCount=true, each filter's
// query as the user runs it, their grants applied); the count goes beside each filter's name but the open one's, which
// Tasklist counts itself. Again every 30 seconds, on every change of address (a task done, a filter opened) and when
// Tasklist draws its list anew.
const REFRESH_MILLIS = 30000;
const COUNT = 'meridian-filter-count';

const style = document.createElement('style');
style.textContent = '.task-filter.active .' + COUNT + ' { display: none; }';
document.head.appendChild(style);

let counts = new Map(); // filter name -> number of tasks

function filterList() {
  const api = document.querySelector('base').getAttribute('engine-api');
  const engine = (/\/app\/tasklist\/([^/]+)\//.exec(window.location.pathname) || [null, 'default'])[1];
  return api + 'engine/' + encodeURIComponent(engine) + '/filter?resourceType=Task&itemCount=true&firstResult=0&maxResults=2000';
}

/** The filter's name as Tasklist writes it: the link's own text, without the counters. */
function nameOf(link) {
  return Array.from(link.childNodes).filter(node => node.nodeType === Node.TEXT_NODE)
    .map(node => node.textContent).join('').trim();
}

function paint() {
  document.querySelectorAll('.task-filter h4.name a').forEach(link => {
    const count = counts.get(nameOf(link));
    let span = link.querySelector('.' + COUNT);
    if (count === undefined) {
      if (span) {
        span.remove();
      }
      return;
    }
    if (!span) {
      span = document.createElement('span');
      span.className = 'counter ' + COUNT;
      link.appendChild(span);
    }
    if (span.textContent !== String(count)) {
      span.textContent = String(count);
    }
  });
}

let asked = 0;

function countEveryFilter() {
  if (!document.querySelector('.task-filter')) {
    return; // signed out, or the list not drawn yet: the observer below counts once it is
  }
  const question = ++asked;
  fetch(filterList(), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(answer => answer.ok ? answer.json() : []) // signed out: 401
    .catch(() => [])
    .then(filters => {
      if (question === asked) {
        counts = new Map(filters.filter(f => typeof f.itemCount === 'number').map(f => [f.name, f.itemCount]));
        paint();
      }
    });
}

countEveryFilter();
window.setInterval(countEveryFilter, REFRESH_MILLIS);
window.addEventListener('hashchange', countEveryFilter);
// Tasklist draws the list after its sign-in and again when its filters change: paint what is known, then count anew
new MutationObserver(mutations => {
  if (mutations.some(m => Array.from(m.addedNodes).some(n => n.nodeType === Node.ELEMENT_NODE
      && (n.matches('.task-filter') || n.querySelector('.task-filter'))))) {
    paint();
    countEveryFilter();
  }
}).observe(document.documentElement, {childList: true, subtree: true});
