package org.meldcode.examples.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Request bodies are UTF-8 or refused: each body is read as bytes and decoded strictly (as the
 * library's readers decode a case document) before Spring's mapper reads it, so a malformed
 * sequence is a 400 problem ("the input is not UTF-8 text") instead of replacement characters
 * stored inside a case's hash chain. Duplicate keys are refused by the mapper itself
 * ({@link WebApp#meldcodeJson()}).
 */
@ControllerAdvice
class StrictBodies extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        byte[] bytes;
        try (InputStream in = input.getBody()) {
            bytes = in.readNBytes(Api.MAX_BODY + 1);
        }
        if (bytes.length > Api.MAX_BODY) {
            throw new Problem(
                    413,
                    "too-large",
                    Texts.get(LocaleContextHolder.getLocale(), "problem.too-large.detail", Api.MAX_BODY));
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw Problem.invalid("", "the input is not UTF-8 text");
        }
        HttpHeaders headers = input.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
