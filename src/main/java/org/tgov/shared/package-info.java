/**
 * Shared kernel: value types (money, financial years), refusals and the names they use, the audit revision and web
 * support used by every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tgov.shared;
