package app.rolewise.library.control;

import jakarta.ejb.ApplicationException;

/**
 * A library file that cannot be imported, with a message naming the problem. Nothing of the file is
 * kept: the whole import rolls back.
 */
@ApplicationException(rollback = true)
public class LibraryImportException extends RuntimeException {

    public LibraryImportException(String message) {
        super(message);
    }
}
