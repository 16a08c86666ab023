/**
 * The organisation administrator's pages: the organisation's user accounts, their roles, their
 * governance body memberships, disabling and enabling them and resetting passwords. Works through
 * the identity and boards APIs; no other module depends on it.
 */
package org.tgov.administration;
