/**
 * What each governance body reads before a meeting, built from the other modules' APIs. Nothing
 * depends on this module.
 */
package org.tgov.reporting;
