/**
 * Organisations (councils sharing one installation), users, roles, sign-in and the tenancy that
 * keeps each organisation's data to itself.
 */
package org.tgov.identity;
