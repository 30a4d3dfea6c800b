package org.plenary.portal.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Whether a body is well-formed {@code application/x-www-form-urlencoded} text: percent-encoding of UTF-8, or of
 * the charset its {@code Content-Type} names (as Quarkus REST then decodes it).
 */
final class FormEncoding {

    private FormEncoding() {}

    /** The charset a form's {@code Content-Type} names ({@code ; charset=ISO-8859-1}), else UTF-8. */
    static Charset charset(String contentType) {
        if (contentType != null) {
            for (String parameter : contentType.split(";")) {
                String[] pair = parameter.trim().split("=", 2);
                if (pair.length == 2 && pair[0].trim().toLowerCase(Locale.ROOT).equals("charset")) {
                    try {
                        return Charset.forName(pair[1].trim().replace("\"", ""));
                    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The first fault of a body: a {@code %} at {@code position} (from 1) without two hex digits, or (0) not text. */
    record Fault(int position) {
        boolean notText() {
            return position == 0;
        }
    }

    /**
     * What is wrong with the body, or null where it is well-formed: every {@code %} followed by two hexadecimal
     * digits, and the bytes they stand for, with the rest, text in {@code charset}.
     */
    static Fault malformation(byte[] body, Charset charset) {
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
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(decoded.toByteArray()));
            return null;
        } catch (CharacterCodingException e) {
            return new Fault(0);
        }
    }
}
