// Meridian: Tasklist's "Create task" (in the header) only for those who may create a task, the administrators as the
// installation comes: to a team member the button only led to "does not have 'CREATE' permission on resource 'Task'".
//
// The button is Camunda's own (the "tasklist.navbar.action" plugin "create-task-action"); Tasklist has no setting that hides
// it for some users, and its plugin exclusion (cam-exclude-plugins) would hide it for everyone. So it stays hidden until
// the engine says the signed-in user holds CREATE on tasks (GET .../authorization/check, the grant Admin shows under
// "Authorizations" > "Task"): a grant given in Admin shows it at the next sign-in or change of address, one taken hides it.
const HIDDEN = 'meridian-no-create-task';

const style = document.createElement('style');
style.textContent = 'html.' + HIDDEN + ' li.create-task-action { display: none !important; }';
document.head.appendChild(style);
document.documentElement.classList.add(HIDDEN);

/** The engine API's address as Tasklist's page names it (its base's engine-api and the engine in the page's path). */
function authorizationCheck() {
  const api = document.querySelector('base').getAttribute('engine-api');
  const engine = (/\/app\/tasklist\/([^/]+)\//.exec(window.location.pathname) || [null, 'default'])[1];
  return api + 'engine/' + encodeURIComponent(engine)
    + '/authorization/check?permissionName=CREATE&resourceName=Task&resourceType=7';
}

let asked = 0;

function showCreateTaskToThoseWhoMay() {
  const question = ++asked;
  fetch(authorizationCheck(), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(answer => answer.ok ? answer.json() : {authorized: false}) // signed out: 401
    .catch(() => ({authorized: false}))
    .then(check => {
      if (question === asked) { // the latest question only: a sign-out and a sign-in in quick succession
        document.documentElement.classList.toggle(HIDDEN, check.authorized !== true);
      }
    });
}

// at once (a page opened signed in), then on every change of address: a sign-in or sign-out moves Tasklist to another one
showCreateTaskToThoseWhoMay();
window.addEventListener('hashchange', showCreateTaskToThoseWhoMay);
