package dev.viva.question.importer;

import dev.viva.support.DomainException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns uploaded bytes into document text, refusing anything that is not UTF-8 text. */
public final class DocumentText {

    private DocumentText() {
    }

    public static String decode(byte[] content) {
        if (content == null || content.length == 0) {
            throw empty();
        }
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 0) {
                throw notText("it contains NUL bytes (at byte " + i + "), so it is binary, not text");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw notText("it is not valid UTF-8 text; save it as UTF-8 and upload it again");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw empty();
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static DomainException empty() {
        return new DomainException(DomainException.Kind.INVALID_INPUT, "Empty document", "The document is empty; there is nothing to import.");
    }

    private static DomainException notText(String why) {
        return new DomainException(DomainException.Kind.UNSUPPORTED_TYPE, "Not a text document", "The document cannot be imported: " + why + ".");
    }
}
