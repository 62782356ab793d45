package io.xingzhi.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A byte stream ready to be read line by line: its charset decided (explicit, or detected from the
 * first {@value EncodingDetector#SAMPLE_BYTES} bytes), a UTF-8 byte-order mark skipped, and the
 * sample kept as the start of the line reader's buffer, so the stream is read once. A UTF-16 source
 * (detected, with or without its byte-order mark) is read through {@link Utf16Transcoder} as UTF-8,
 * and rejections name UTF-16 as its charset.
 *
 * @param lines the physical lines, after the byte-order mark
 * @param decoder a strict decoder in the source's charset
 * @param head the first bytes of the stream (the sample); valid until {@code lines} reads on
 * @param headLength how many bytes of {@code head} were read
 * @param bomLength 3 when a UTF-8 byte-order mark was skipped, else 0
 * @param rest the stream the bytes after {@code head} come from (the caller's, or its UTF-8 transcoding)
 */
record TextInput(ByteLineReader lines, LineDecoder decoder, byte[] head, int headLength, int bomLength, InputStream rest) {

    static TextInput open(InputStream in, Decoding decoding) throws IOException {
        byte[] head = in.readNBytes(EncodingDetector.SAMPLE_BYTES);
        int n = head.length;
        String label = null;
        if (decoding.charset().isEmpty()) {
            Optional<EncodingDetector.Utf16> utf16 = EncodingDetector.utf16(head, n);
            if (utf16.isPresent()) {
                Charset cs = utf16.get().charset();
                int skip = utf16.get().bomLength();
                in = new Utf16Transcoder(new SequenceInputStream(new ByteArrayInputStream(head, skip, n - skip), in), cs);
                head = in.readNBytes(EncodingDetector.SAMPLE_BYTES);
                n = head.length;
                label = cs.name();
            }
        }
        boolean complete = n < EncodingDetector.SAMPLE_BYTES;
        Charset charset;
        boolean bom;
        if (label != null) {
            charset = StandardCharsets.UTF_8;
            bom = false;
        } else if (decoding.charset().isPresent()) {
            charset = decoding.charset().get();
            // a UTF-8 byte-order mark is never text, whatever charset the source is read in
            bom = EncodingDetector.startsWithBom(head, n);
        } else {
            EncodingDetector.Detected detected = EncodingDetector.detect(head, n);
            charset = detected.charset();
            bom = detected.bom();
        }
        ByteLineReader lines = new ByteLineReader(in, head, n, complete);
        int skip = bom ? 3 : 0;
        lines.skipPrefix(skip);
        return new TextInput(lines, new LineDecoder(charset, label == null ? charset.name() : label), head, n, skip, in);
    }

    /** The charset's name as rejection reasons give it (the source's own: UTF-16LE for a transcoded one). */
    String charsetName() {
        return decoder.label();
    }
}
