/**
 * The demo programme from the council papers in shared/seeds: Herefordshire Council, its
 * Children's Services Transformation Programme and governance bodies, and a demo user per role.
 * Loaded once, in the demo profile only.
 */
package org.tgov.demo;
