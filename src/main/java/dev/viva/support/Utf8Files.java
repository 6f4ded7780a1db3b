package dev.viva.support;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Uploaded files read as UTF-8 text, strictly: a byte that is not UTF-8 refuses the file instead of becoming "?". */
public final class Utf8Files {

    private Utf8Files() {
    }

    /** The text of the file, without a leading byte-order mark; an empty body is empty text. */
    public static String text(byte[] body) {
        if (body == null) {
            return "";
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw DomainException.invalidInput("The file is not UTF-8 text. Nothing was stored.");
        }
    }
}
