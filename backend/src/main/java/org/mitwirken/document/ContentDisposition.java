package org.mitwirken.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Download headers for file names such as "Präsentation_13.11.2024.pdf" (RFC 6266 with an RFC 5987 name). */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        String asciiFallback = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encoded;
    }

    /** Keeps the name a person gave the file, without any path or control characters. */
    static String sanitise(String uploadedName) {
        String name = uploadedName == null ? "" : uploadedName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "dokument" : name;
    }
}
