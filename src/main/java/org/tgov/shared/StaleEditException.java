package org.tgov.shared;

/**
 * Someone else saved a newer version of a record after the editor opened it; the edit is refused
 * so that nothing they saved is overwritten.
 */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String what) {
        super(what + " was changed by someone else while you were editing it. Your changes have not been saved.");
    }
}
