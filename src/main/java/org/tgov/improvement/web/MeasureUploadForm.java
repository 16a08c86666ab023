package org.tgov.improvement.web;

import java.io.IOException;
import java.util.Locale;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** The "import measure values" upload: a CSV file or an Excel workbook. */
public class MeasureUploadForm {

    private MultipartFile file;

    /** The file's bytes, or null after adding a GOV.UK-style error to the file field. */
    byte[] content(BindingResult binding) {
        if (file == null || file.isEmpty()) {
            binding.rejectValue("file", file == null || file.getOriginalFilename() == null
                    || file.getOriginalFilename().isBlank() ? "improvement.upload.required" : "spend.upload.empty");
            return null;
        }
        String name = fileName().toLowerCase(Locale.UK);
        if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
            binding.rejectValue("file", "improvement.upload.notCsvOrXlsx");
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            binding.rejectValue("file", "spend.upload.unreadable");
            return null;
        }
    }

    /** The name without any folder a browser may have sent with it, and without control characters. */
    String fileName() {
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
