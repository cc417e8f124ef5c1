package org.exchangeatlas.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code atlas} command line. The only place that calls {@link System#exit}; everything else
 * runs through {@link #run}, which tests call in-process.
 * <pre>
 * args -> picocli parse -> subcommand.call() -> exit code
 *           | usage error: one line + usage, 2
 *           | CliException / other exception: "atlas: message" (stack trace with --debug), 1
 * </pre>
 * Standard output carries results only (tables, RDF, summaries); messages and errors go to
 * standard error.
 */
@Command(name = "atlas", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = "Exchange Atlas: a cited knowledge graph of training programs, read from notices.",
        subcommands = {BuildCommand.class, QueryCommand.class, ExportCommand.class, StatsCommand.class,
                DemoCommand.class, VocabGenCommand.class, ValidateCommand.class, GenerateCommand.class,
                BenchCommand.class, ServeCommand.class, PushCommand.class, EvalCommand.class, CompactCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  done in part (files skipped) or failed (bad query, no store, ...)",
                "  2  usage error"},
        commandListHeading = "%nCommands:%n")
public final class AtlasCommand implements Callable<Integer> {
    /** Exit code: usage error (picocli's {@code ExitCode.USAGE}). */
    public static final int USAGE = 2;
    /** Exit code: failed, or done in part. */
    public static final int FAILED = 1;

    final PrintStream out;
    final PrintStream err;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    boolean debug;

    AtlasCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        AtlasCommand top = new AtlasCommand(out, err);
        CommandLine cl = new CommandLine(top);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        cl.setOut(outWriter);
        cl.setErr(errWriter);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(AtlasCommand::usageError);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> failure(top, e));
        cl.setExitCodeExceptionMapper(e -> e instanceof ParameterException ? USAGE : FAILED);
        try {
            return cl.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
            out.flush();
            err.flush();
        }
    }

    /** No command given: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command (build, query, export, stats, validate, serve, demo, eval, vocab-gen)");
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter w = cmd.getErr();
        w.println("atlas: " + Messages.firstLine(e.getMessage()));
        if (!UnmatchedArgumentException.printSuggestions(e, w)) {
            cmd.usage(w);
        }
        w.flush();
        return USAGE;
    }

    private static int failure(AtlasCommand top, Exception e) {
        if (e instanceof CliException c) {
            top.err.println("atlas: " + c.getMessage());
        } else {
            top.err.println("atlas: " + Messages.describe(e)
                    + (top.debug ? "" : " (run again with --debug for the stack trace)"));
        }
        if (top.debug) {
            e.printStackTrace(top.err);
        }
        return FAILED;
    }
}
