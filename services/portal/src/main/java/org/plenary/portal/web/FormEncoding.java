package org.plenary.portal.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Whether a body is well-formed {@code application/x-www-form-urlencoded} text: percent-encoding of UTF-8. */
final class FormEncoding {

    private FormEncoding() {}

    /** The first fault of a body: a {@code %} at {@code position} (from 1) without two hex digits, or not UTF-8. */
    record Fault(int position) {
        boolean notUtf8() {
            return position == 0;
        }
    }

    /**
     * What is wrong with the body, or null where it is well-formed: every {@code %} followed by two hexadecimal
     * digits, and the bytes they stand for, with the rest, UTF-8.
     */
    static Fault malformation(byte[] body) {
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(body.length);
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (b == '%') {
                if (i + 2 >= body.length) {
                    return new Fault(i + 1);
                }
                int high = Character.digit(body[i + 1], 16);
                int low = Character.digit(body[i + 2], 16);
                if (high < 0 || low < 0) {
                    return new Fault(i + 1);
                }
                decoded.write(high * 16 + low);
                i += 2;
            } else {
                decoded.write(b);
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(decoded.toByteArray()));
            return null;
        } catch (CharacterCodingException e) {
            return new Fault(0);
        }
    }
}
