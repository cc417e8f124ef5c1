package org.exchangeatlas;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The string constants of a compiled class, read from its constant pool. ArchUnit sees which
 * fields a class reads, but javac copies a {@code static final String} constant into every class
 * that uses it (and folds {@code ID + "document/"} into one string), so a use of such a constant
 * shows only as a string in the user's constant pool.
 */
final class ClassConstants {
    private ClassConstants() {}

    /** The {@code CONSTANT_String} entries of {@code c}'s class file (string-concatenation recipes included). */
    static List<String> strings(JavaClass c) {
        URI uri = c.getSource().orElseThrow(() -> new IllegalStateException("no class file for " + c.getName())).getUri();
        try (InputStream raw = uri.toURL().openStream(); DataInputStream in = new DataInputStream(raw)) {
            return strings(in);
        } catch (IOException e) {
            throw new UncheckedIOException(uri.toString(), e);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        in.readInt(); // magic
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        Map<Integer, String> utf8 = new HashMap<>();
        List<Integer> stringIndexes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8.put(i, in.readUTF());
                case 8 -> stringIndexes.add(in.readUnsignedShort());
                case 7, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // a long or a double takes two entries
                }
                default -> throw new IOException("unknown constant-pool tag " + tag + " at entry " + i);
            }
        }
        List<String> out = new ArrayList<>();
        stringIndexes.forEach(i -> out.add(utf8.get(i)));
        return out;
    }
}
