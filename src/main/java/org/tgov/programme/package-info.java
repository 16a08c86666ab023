/** Transformation programmes: name, senior responsible owner, period, aims and status. */
package org.tgov.programme;
