package org.villageplanner.cli;

import java.nio.charset.Charset;
import java.util.function.Supplier;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks of option values. A bad value is bad usage (exit 2, CLI.md): these throw picocli's
 * {@link ParameterException}, whose handler prints the message and the command's usage.
 */
final class Usage {
    private Usage() {
    }

    /** Runs {@code parse}; a {@link PlannerException} from it becomes a usage error with the same message. */
    static <T> T option(CommandSpec spec, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (PlannerException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** {@code value}, when given, must lie in {@code min..max}. */
    static void range(CommandSpec spec, String option, Number value, long min, long max) {
        if (value != null && (value.longValue() < min || value.longValue() > max)) {
            String bound = max == Long.MAX_VALUE ? Messages.get("cli.option.atLeast", option, min, String.valueOf(value))
                    : Messages.get("cli.option.range", option, min, max, String.valueOf(value));
            throw new ParameterException(spec.commandLine(), bound);
        }
    }

    /** A usage error with the message {@code key}. */
    static ParameterException error(CommandSpec spec, String key, Object... args) {
        return new ParameterException(spec.commandLine(), Messages.get(key, args));
    }

    /** Converts {@code --encoding} values, naming the option and common encodings when a name is unknown. */
    static final class CharsetConverter implements CommandLine.ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            try {
                return Charset.forName(value.trim());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(Messages.get("cli.option.encoding", value));
            }
        }
    }
}
