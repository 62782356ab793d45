package io.xingzhi.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A byte stream ready to be read line by line: its charset decided (explicit, or detected from the
 * first {@value EncodingDetector#SAMPLE_BYTES} bytes), a UTF-8 byte-order mark skipped, and the
 * sample kept as the start of the line reader's buffer, so the stream is read once.
 *
 * @param lines the physical lines, after the byte-order mark
 * @param decoder a strict decoder in the source's charset
 * @param head the first bytes of the stream (the sample); valid until {@code lines} reads on
 * @param headLength how many bytes of {@code head} were read
 * @param bomLength 3 when a UTF-8 byte-order mark was skipped, else 0
 */
record TextInput(ByteLineReader lines, LineDecoder decoder, byte[] head, int headLength, int bomLength) {

    static TextInput open(InputStream in, Decoding decoding) throws IOException {
        byte[] head = in.readNBytes(EncodingDetector.SAMPLE_BYTES);
        int n = head.length;
        boolean complete = n < EncodingDetector.SAMPLE_BYTES;
        Charset charset;
        boolean bom;
        if (decoding.charset().isPresent()) {
            charset = decoding.charset().get();
            bom = charset.equals(StandardCharsets.UTF_8) && EncodingDetector.startsWithBom(head, n);
        } else {
            EncodingDetector.Detected detected = EncodingDetector.detect(head, n);
            charset = detected.charset();
            bom = detected.bom();
        }
        ByteLineReader lines = new ByteLineReader(in, head, n, complete);
        int skip = bom ? 3 : 0;
        lines.skipPrefix(skip);
        return new TextInput(lines, new LineDecoder(charset), head, n, skip);
    }

    /** The charset's name as rejection reasons give it. */
    String charsetName() {
        return decoder.charset().name();
    }
}
