/** Governance bodies: boards, committees and Cabinet, with their chair, cadence, remit and members. */
package org.tgov.boards;
