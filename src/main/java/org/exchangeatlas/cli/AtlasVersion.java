package org.exchangeatlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code atlas --version}: the versions of Exchange Atlas and Apache Jena, from the
 * {@code pom.properties} files Maven puts in the jars ("development build" when run from classes),
 * and of Java.
 */
final class AtlasVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "Exchange Atlas " + mavenVersion("org.exchangeatlas", "exchange-atlas"),
            "Apache Jena " + mavenVersion("org.apache.jena", "jena-arq"),
            "Java " + Runtime.version()
        };
    }

    static String mavenVersion(String groupId, String artifactId) {
        String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = AtlasVersion.class.getResourceAsStream(resource)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "development build");
            }
        } catch (IOException e) {
            // fall through: a version line is not worth failing for
        }
        return "development build";
    }
}
