package org.villageplanner.domain;

import java.util.Arrays;

/**
 * A problem a planner can act on: bad input, an invalid value, a failed run.
 *
 * <p>Carries an i18n key and its arguments rather than a fixed string, so that the CLI and the app
 * show it in the user's language. The message must say which file, row or village, which field, and
 * what is allowed. Never wrap a stack trace into the text.
 */
public class PlannerException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public PlannerException(String key, Object... args) {
        this(null, key, args);
    }

    public PlannerException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the current locale ({@link Messages#locale()}). */
    @Override
    public String getMessage() {
        return Messages.get(key, args);
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + key + " " + Arrays.toString(args) + "]";
    }
}
