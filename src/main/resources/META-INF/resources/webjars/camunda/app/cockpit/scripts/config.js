// Meridian's Cockpit configuration (Camunda 7.24 reads it from app/cockpit/scripts/config.js, this file taking the
// place of the webapp's own; everything not set here is Camunda's default). Cancelling a process instance runs the
// process's listeners unless the administrator ticks "Skip custom listeners" (Camunda ticks it by default): an order's
// fulfilment or journey cancelled here withdraws the order's key milestones, as README "An order that ends without a
// delivery" says, and stops its progress reports, rather than leaving them to run until the server's next start.
export default {
  skipCustomListeners: {default: false, hidden: false}
};
