// Meridian's Tasklist configuration (Camunda 7.24 reads it from app/tasklist/scripts/config.js, this file
// taking the place of the webapp's own). The keyboard shortcuts are Camunda's, so that its documentation
// holds; the custom scripts list each filter's tasks soonest due first, show "Create task" only to those who may
// create a task (the administrators) and show every filter's count, where Tasklist counts the open one only.
export default {
  customScripts: ['meridian/soonest-due-first.js', 'meridian/create-task-for-those-who-may.js', 'meridian/counts-on-every-filter.js'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claim the selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'move to the first filter'},
    focusList: {key: 'ctrl+alt+l', description: 'move to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'move to the first field of the task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'open the dialog that starts a process'}
  }
};
