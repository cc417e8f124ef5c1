package org.exchangeatlas.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.exchangeatlas.cli.AtlasCommand;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit extension that builds two notices (written here) through {@code atlas build} into a
 * store and serves it on a free loopback port, once for the whole test run; test classes that
 * extend with it receive the {@link Running} server as a parameter. The two notices:
 * <ul>
 *   <li>{@link #POLICE}: organizer 公安部 (MPS), the countries stated: Kazakhstan and Uzbekistan;
 *   <li>{@link #DIGITAL}: 2023, the Shanghai Cooperation Organization named, no country: the
 *       build infers its members of 2023 (China left out): India, Iran (from 4 July 2023),
 *       Kazakhstan, Kyrgyzstan, Pakistan, Russia, Tajikistan, Uzbekistan.
 * </ul>
 */
final class SmallAtlas implements ParameterResolver {
    static final String POLICE = """
            2022年哈萨克斯坦、乌兹别克斯坦警务执法研修班

            一、项目名称
            2022年哈萨克斯坦、乌兹别克斯坦警务执法研修班

            二、主办单位
            公安部

            三、承办单位
            中国人民警察大学

            四、研修时间
            2022年6月6日至6月19日

            五、研修方式
            线上

            六、参训国家
            哈萨克斯坦、乌兹别克斯坦

            七、学员人数
            25人
            """;
    static final String POLICE_TITLE = "2022年哈萨克斯坦、乌兹别克斯坦警务执法研修班";

    static final String DIGITAL = """
            关于举办2023年上海合作组织成员国数字经济研修班的通知

            各有关单位：
            受商务部委托，我院将于2023年9月5日至9月25日举办上海合作组织成员国数字经济研修班。
            研修内容包括数字经济政策、跨境电子商务等。请学员提交本国与其他国家交流合作情况报告。
            """;
    static final String DIGITAL_TITLE = "2023年上海合作组织成员国数字经济研修班";

    /** The server's result limit in these tests: fewer rows than the store has triples. */
    static final long RESULT_LIMIT = 1000;

    /** The running server, its store and where it listens. */
    record Running(AtlasStore store, AtlasServer server, URI url, Path folder) implements ExtensionContext.Store.CloseableResource {
        URI resolve(String path) {
            return url.resolve(path.startsWith("/") ? path.substring(1) : path);
        }

        @Override
        public void close() throws IOException {
            server.close();
            store.close();
            deleteTree(folder);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(SmallAtlas.class))
                .getOrComputeIfAbsent(Running.class, k -> start(), Running.class);
    }

    private static Running start() {
        try {
            Path folder = Files.createTempDirectory("atlas-server-test");
            Path police = Files.writeString(folder.resolve("police.txt"), POLICE, StandardCharsets.UTF_8);
            Path digital = Files.writeString(folder.resolve("digital.txt"), DIGITAL, StandardCharsets.UTF_8);
            Path storeDir = folder.resolve("store");
            build(storeDir, police, digital);
            AtlasStore store = AtlasStore.openExisting(storeDir);
            AtlasServer server = AtlasServer.start(store, ServerSettings.defaults().withPort(freePort())
                    .withResultLimit(RESULT_LIMIT));
            return new Running(store, server, server.url(), folder);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test server: " + e.getMessage(), e);
        }
    }

    /** Runs {@code atlas build} in-process; fails with its output when it does not exit 0. */
    static void build(Path storeDir, Path... inputs) {
        build(0, storeDir, inputs);
    }

    /**
     * Runs {@code atlas build} in-process; fails with its output when it exits other than with
     * {@code expectedExit} (1 for {@code samples/}, whose broken files are skipped on purpose).
     */
    static void build(int expectedExit, Path storeDir, Path... inputs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = new String[3 + inputs.length];
        args[0] = "build";
        args[1] = "--store";
        args[2] = storeDir.toString();
        for (int i = 0; i < inputs.length; i++) {
            args[3 + i] = inputs[i].toString();
        }
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = AtlasCommand.run(ps, ps, args);
        if (exit != expectedExit) {
            throw new IllegalStateException("atlas build exited " + exit + ":\n" + out.toString(StandardCharsets.UTF_8));
        }
    }

    /** A port nothing listens on now (the server binds it right after). */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Closes each that is not null, in order (a browser, then its server, then its store). */
    static void closeAll(AutoCloseable... resources) throws Exception {
        for (AutoCloseable r : resources) {
            if (r != null) {
                r.close();
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
