/**
 * Shared kernel: value types (financial years), rule violations, the audit revision and web
 * support used by every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tgov.shared;
