package org.tgov.finance.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * A file over the upload limit is refused while the request is read, before any controller runs,
 * so only advice can answer it. Upload forms post to the page they are on: send the user back
 * there with the reason, shown on the file field, instead of an error page.
 */
@ControllerAdvice
class UploadTooLarge {

    private final DataSize limit;

    UploadTooLarge(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit) {
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("uploadError", message());
        return "redirect:" + UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    }

    String message() {
        return "The selected file must be smaller than " + limit.toMegabytes() + "MB";
    }
}
