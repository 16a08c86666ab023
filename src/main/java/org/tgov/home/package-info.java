/** The page a user lands on after signing in: their programmes and the bodies they sit on. */
package org.tgov.home;
