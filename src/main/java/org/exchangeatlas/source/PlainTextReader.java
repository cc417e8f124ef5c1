package org.exchangeatlas.source;

/** Reads {@code .txt} files: UTF-8 or GB18030/GBK, decoded by {@link TextDecoder}. */
public final class PlainTextReader implements TextReader {
    private final TextDecoder decoder = new TextDecoder();

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public String read(byte[] bytes) throws UnreadableFileException {
        return decoder.decode(bytes).text();
    }
}
