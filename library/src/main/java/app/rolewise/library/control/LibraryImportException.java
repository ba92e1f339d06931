package app.rolewise.library.control;

import app.rolewise.content.RefusedException;

/**
 * A library file that cannot be imported, with a key naming the problem. Nothing of the file is kept: the
 * whole import rolls back.
 */
public class LibraryImportException extends RefusedException {

    public LibraryImportException(String key, Object... arguments) {
        super(key, arguments);
    }
}
