/** The client journey from inquiry to after-sales: its process, REST start and events, and task guidance. */
package io.meridian.inquiry;
