package bd.gov.cleancare.platform.web;

import bd.gov.cleancare.platform.errors.RuleViolated;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Reads an uploaded file: the named part, or else the only file part a client sent. */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] read(MultipartHttpServletRequest request, String field) {
        var file = request.getFile(field);
        if (file == null) {
            file = request.getFileMap().values().stream().findFirst()
                    .orElseThrow(() -> RuleViolated.onField(field, "problem.field.required"));
        }
        return bytes(file);
    }

    /** A file part as the service sees it: its label and its bytes. */
    public record File(String name, byte[] content) {
    }

    /** Every file part of the request, in the order sent. */
    public static java.util.List<File> all(MultipartHttpServletRequest request) {
        return request.getMultiFileMap().values().stream().flatMap(java.util.List::stream)
                .map(file -> new File(file.getOriginalFilename(), bytes(file))).toList();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("an upload could not be read", e);
        }
    }
}
