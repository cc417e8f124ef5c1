package org.exchangeatlas.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small input files for the command-line tests. */
final class Samples {
    private Samples() {}

    static final String NOTICE = """
            关于举办2023年上海合作组织成员国数字经济研修班的通知

            各有关单位：
            受商务部委托，我院将于2023年9月5日至9月25日举办上海合作组织成员国数字经济研修班。
            研修内容包括数字经济政策、跨境电子商务等。请学员提交本国与其他国家交流合作情况报告。
            """;

    static Path notice(Path dir) throws IOException {
        Path p = dir.resolve("notice.txt");
        Files.writeString(p, NOTICE, StandardCharsets.UTF_8);
        return p;
    }

    static Path empty(Path dir) throws IOException {
        Path p = dir.resolve("empty.txt");
        Files.write(p, new byte[0]);
        return p;
    }

    /** Builds the notice into a store in {@code dir}/store and returns the store's path. */
    static Path builtStore(Path dir) throws IOException {
        Path store = dir.resolve("store");
        Cli.Result r = Cli.run("build", "--store", store.toString(), notice(dir).toString());
        if (r.code() != 0) {
            throw new AssertionError("build failed: " + r);
        }
        return store;
    }

    static final String COUNT_DOCUMENTS = "PREFIX atlas: <https://w3id.org/exchange-atlas/ontology#>\n"
            + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a atlas:Document }";
}
