package org.meldcode.examples.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.meldcode.json.error.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * Every error as a problem document (RFC 9457, Spring's {@link ProblemDetail}) of the kind
 * {@code urn:meldcode:problem:KIND}, its title in the language asked for: a refusal 422, a stale
 * version 409, bad input 400 (invalid JSON, {@link InvalidInputException} from the library's
 * readers, Jackson's own exceptions), a wrong media type 415, a wrong method 405, an unknown place
 * 404, a body too large 413, and 500 for a stored history that does not verify or anything
 * unexpected. Never a stack trace; the log gets no message that may quote input.
 */
@RestControllerAdvice
class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> problem(Problem p, Locale locale, HttpServletRequest request) {
        return answer(p, locale, request);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e, Locale locale, HttpServletRequest request) {
        return answer(Problem.invalid(e.location(), e.problem()), locale, request);
    }

    @ExceptionHandler(JacksonException.class)
    ResponseEntity<ProblemDetail> jackson(JacksonException e, Locale locale, HttpServletRequest request) {
        return answer(invalid(e), locale, request);
    }

    /** The body could not be read: empty, not JSON, or refused by a deserializer. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(
            HttpMessageNotReadableException e, Locale locale, HttpServletRequest request) {
        Problem p;
        if (cause(e, InvalidInputException.class) instanceof InvalidInputException invalid) {
            p = Problem.invalid(invalid.location(), invalid.problem());
        } else if (cause(e, JacksonException.class) instanceof JacksonException jackson) {
            p = invalid(jackson);
        } else {
            p = Problem.invalid("", "the request body is empty; send a JSON object");
        }
        return answer(p, locale, request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(
            HttpMediaTypeNotSupportedException e, Locale locale, HttpServletRequest request) {
        return answer(new Problem(415, "media-type", Texts.get(locale, "problem.media-type.detail")), locale, request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(
            HttpRequestMethodNotSupportedException e, Locale locale, HttpServletRequest request) {
        Set<HttpMethod> allowed = e.getSupportedHttpMethods() == null ? Set.of() : e.getSupportedHttpMethods();
        String list = allowed.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "));
        Problem p = new Problem(405, "method", Texts.get(locale, "problem.method.detail", e.getMethod(), list));
        return ResponseEntity.status(405)
                .header(HttpHeaders.ALLOW, list)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p.document(locale, request.getRequestURI()));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ProblemDetail> notFound(Exception e, Locale locale, HttpServletRequest request) {
        return answer(
                new Problem(404, "not-found", Texts.get(locale, "problem.not-found.path", request.getRequestURI())),
                locale,
                request);
    }

    @ExceptionHandler(CaseStore.StoreException.class)
    ResponseEntity<ProblemDetail> store(CaseStore.StoreException e, Locale locale, HttpServletRequest request) {
        LOG.error("{} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage()); // no pupil data in it
        Problem p = e.tampered
                ? new Problem(500, "tampered", Texts.get(locale, "problem.tampered.detail", caseId(request)))
                : new Problem(500, "internal", Texts.get(locale, "problem.internal.detail"));
        return answer(p, locale, request);
    }

    /** Any other error: Spring's own 4xx keep their status; the rest is a 500 logged by class alone. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale, HttpServletRequest request) {
        if (e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
            Problem p = new Problem(
                            spring.getStatusCode().value(),
                            "invalid",
                            spring.getBody().getDetail() == null
                                    ? ""
                                    : spring.getBody().getDetail())
                    .with("pointer", "");
            return answer(p, locale, request);
        }
        // The message of an unexpected error may quote input: log only its class.
        LOG.error(
                "{} {}: unexpected {}",
                request.getMethod(),
                request.getRequestURI(),
                e.getClass().getName());
        return answer(new Problem(500, "internal", Texts.get(locale, "problem.internal.detail")), locale, request);
    }

    private static ResponseEntity<ProblemDetail> answer(Problem p, Locale locale, HttpServletRequest request) {
        return ResponseEntity.status(p.status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p.document(locale, request.getRequestURI()));
    }

    /**
     * Bad input Jackson found: the place as a JSON pointer when it knows the path, else as
     * {@code line:column}; its message without the source excerpt.
     */
    private static Problem invalid(JacksonException e) {
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) { // STRICT_DUPLICATE_DETECTION (WebApp): the place is where the parser stood
            String pointer = e.processor() instanceof JsonParser parser
                    ? parser.streamReadContext().pathAsPointer().toString()
                    : "";
            return Problem.invalid(pointer, "duplicate field '" + duplicate.group(1) + "'");
        }
        if (!e.getPath().isEmpty()) { // a value refused where the path is known
            StringBuilder pointer = new StringBuilder();
            for (JacksonException.Reference r : e.getPath()) {
                pointer.append('/').append(r.getPropertyName() != null ? r.getPropertyName() : r.getIndex());
            }
            return Problem.invalid(pointer.toString(), e.getOriginalMessage());
        }
        TokenStreamLocation where = e.getLocation();
        String at = where == null ? "" : where.getLineNr() + ":" + where.getColumnNr();
        return Problem.invalid(at, "the request body is not valid JSON: " + e.getOriginalMessage());
    }

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"(.*)\"");

    private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static String caseId(HttpServletRequest request) {
        String[] parts = request.getRequestURI().split("/");
        return parts.length > 3 ? parts[3] : "";
    }
}
