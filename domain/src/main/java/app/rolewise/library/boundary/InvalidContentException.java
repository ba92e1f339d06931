package app.rolewise.library.boundary;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * Content that breaks the library's rules, with the rules' messages. Nothing was stored.
 */
@ApplicationException(rollback = true)
public class InvalidContentException extends RuntimeException {

    private final List<String> problems;

    public InvalidContentException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
