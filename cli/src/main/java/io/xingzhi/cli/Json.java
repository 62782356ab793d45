package io.xingzhi.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;

/** JSON for the command line's {@code --json}: records as objects, Optional as its value or null, dates ISO. */
final class Json {
    private static final ObjectMapper MAPPER = mapper();

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static ObjectMapper mapper() {
        SimpleModule m = new SimpleModule("xingzhi-cli");
        m.addSerializer((Class) Optional.class, new JsonSerializer<Optional<?>>() {
            @Override
            public void serialize(Optional<?> v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v.isPresent()) {
                    p.defaultSerializeValue(v.get(), g);
                } else {
                    g.writeNull();
                }
            }
        });
        m.addSerializer(LocalDate.class, new JsonSerializer<LocalDate>() {
            @Override
            public void serialize(LocalDate v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(v.toString());
            }
        });
        // snake_case like leads.jsonl, so every JSON the command line writes reads the same way
        return new ObjectMapper().registerModule(m).enable(SerializationFeature.INDENT_OUTPUT)
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);
    }
}
