package org.exchangeatlas.eval;

import java.util.List;

/**
 * What {@code atlas eval} was given is wrong (a gold file that is not JSON, a field not known, a
 * document missing): one line per problem, each {@code PATH: reason}, all of them at once so that
 * an analyst fixes their files in one round.
 */
public final class EvalException extends Exception {
    private final List<String> problems;

    public EvalException(String problem) {
        this(List.of(problem));
    }

    public EvalException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, one line each. */
    public List<String> problems() {
        return problems;
    }
}
