/**
 * Money: funding decisions and their tranches, funding streams, cost lines and budgets, actual
 * spend (entered or imported), commitments, forecast outturn, savings, establishment and change
 * requests. Amounts are pounds and pence; financial years run April to March.
 */
package org.tgov.finance;
