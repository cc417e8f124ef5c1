package org.exchangeatlas.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.exchangeatlas.pipeline.BuildListener;

/**
 * Draws a build's progress as a bar on standard error, one step per file. Used only when a
 * terminal is attached; skipped files are reported after the bar is closed, so lines do not tear.
 */
final class ProgressListener implements BuildListener, AutoCloseable {
    private final PrintStream err;
    private ProgressBar bar;

    ProgressListener(PrintStream err) {
        this.err = err;
    }

    @Override
    public void started(int files) {
        bar = new ProgressBarBuilder()
                .setTaskName("Reading")
                .setInitialMax(files)
                .setUnit(" files", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .setUpdateIntervalMillis(200)
                .build();
    }

    @Override
    public void fileDone(String sourcePath) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void writing() {
        if (bar != null) {
            bar.setExtraMessage("merging programs, inferring, committing");
            bar.refresh();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
